package uk.send.plan.imports.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.send.plan.text.Homoglyphs;

/**
 * The pasted text as records with their source line numbers, read with Commons CSV so that quoted fields
 * (commas, tabs and line breaks inside a cell, doubled quotes) work for both commas and tabs.
 */
final class SourceTable {

    /**
     * One record: {@code line} is the 1-based line it starts on, {@code raw} its exact source text;
     * {@code spansTable} when it is a Word table row of one cell merged across the whole table (a heading row).
     * <p>
     * The readers ask every row the same questions many times over (is it blank, its joined text, its Latin form,
     * is it a header): a row is immutable, so each answer is worked out once, on first use, and kept.
     */
    static final class Row {

        private final int line;
        private final List<String> cells;
        private final String raw;
        private final boolean spansTable;
        private String[] cleanCells;
        private String[] joinedCells;
        private int filled = -1;
        private int firstFilled = -2;
        private String joined;
        private String latin;
        private List<String> words;
        private Optional<TableLayout> layout;
        private Boolean headerRow;

        Row(int line, List<String> cells, String raw, boolean spansTable) {
            this.line = line;
            this.cells = Collections.unmodifiableList(new ArrayList<>(cells));
            this.raw = raw;
            this.spansTable = spansTable;
        }

        Row(int line, List<String> cells, String raw) {
            this(line, cells, raw, false);
        }

        int line() {
            return line;
        }

        List<String> cells() {
            return cells;
        }

        String raw() {
            return raw;
        }

        boolean spansTable() {
            return spansTable;
        }

        /** The same row with other cells (its line, source text and span kept). */
        Row withCells(List<String> newCells) {
            return new Row(line, newCells, raw, spansTable);
        }

        /** The cell, whitespace collapsed and lines re-joined; "" past the end. */
        String cell(int index) {
            if (index >= cells.size()) {
                return "";
            }
            if (joinedCells == null) {
                joinedCells = new String[cells.size()];
            }
            String c = joinedCells[index];
            if (c == null) {
                c = Cells.joinLines(cells.get(index));
                joinedCells[index] = c;
            }
            return c;
        }

        /** The cell as read, line breaks kept, so bullets on separate lines can still be told apart. */
        String rawCell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        private String[] cleanCells() {
            if (cleanCells == null) {
                String[] cleaned = new String[cells.size()];
                for (int i = 0; i < cleaned.length; i++) {
                    cleaned[i] = Cells.clean(cells.get(i));
                }
                cleanCells = cleaned;
            }
            return cleanCells;
        }

        int filled() {
            if (filled < 0) {
                int n = 0;
                for (String c : cleanCells()) {
                    if (!c.isEmpty()) {
                        n++;
                    }
                }
                filled = n;
            }
            return filled;
        }

        int firstFilled() {
            if (firstFilled == -2) {
                String[] cleaned = cleanCells();
                int first = -1;
                for (int i = 0; i < cleaned.length && first < 0; i++) {
                    if (!cleaned[i].isEmpty()) {
                        first = i;
                    }
                }
                firstFilled = first;
            }
            return firstFilled;
        }

        boolean blank() {
            return filled() == 0;
        }

        /** The filled cells joined by spaces. */
        String joined() {
            if (joined == null) {
                joined = filledCells().collect(Collectors.joining(" "));
            }
            return joined;
        }

        /** {@link #joined()} with look-alike letters made Latin (see {@link Homoglyphs}): same length, same indexes. */
        String latin() {
            if (latin == null) {
                latin = Homoglyphs.toLatin(joined());
            }
            return latin;
        }

        /** {@link Cells#words} of the joined text. */
        List<String> words() {
            if (words == null) {
                words = Cells.words(joined());
            }
            return words;
        }

        /** The filled cells joined by " | ", for problem reports, where the column boundaries help. */
        String display() {
            return filledCells().collect(Collectors.joining(" | "));
        }

        private java.util.stream.Stream<String> filledCells() {
            return java.util.stream.IntStream.range(0, cells.size()).mapToObj(this::cell).filter(c -> !c.isEmpty());
        }

        /** The table layout this row names as a header row, worked out once by {@code compute}. */
        Optional<TableLayout> layout(java.util.function.Supplier<Optional<TableLayout>> compute) {
            if (layout == null) {
                layout = compute.get();
            }
            return layout;
        }

        /** Whether this is a header row, worked out once by {@code compute}. */
        boolean headerRow(java.util.function.BooleanSupplier compute) {
            if (headerRow == null) {
                headerRow = compute.getAsBoolean();
            }
            return headerRow;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && line == r.line && spansTable == r.spansTable && cells.equals(r.cells) && Objects.equals(raw, r.raw);
        }

        @Override
        public int hashCode() {
            return Objects.hash(line, cells, raw, spansTable);
        }

        @Override
        public String toString() {
            return "Row[line=" + line + ", cells=" + cells + ", raw=" + raw + ", spansTable=" + spansTable + "]";
        }
    }

    private static final Pattern START_LINE = Pattern.compile("(?:startline|line:) (\\d+)");

    final List<Row> rows;
    final List<ImportProblem> problems;

    private SourceTable(List<Row> rows, List<ImportProblem> problems) {
        this.rows = rows;
        this.problems = problems;
    }

    /** Rows read from a document (Word, Excel, PDF) rather than from text; {@code line} is the row's index, 1-based. */
    static SourceTable of(List<Row> rows) {
        return new SourceTable(List.copyOf(rows), new ArrayList<>());
    }

    static SourceTable read(String text, char delimiter) {
        if (delimiter != '\t' && delimiter != ',') {
            throw new IllegalArgumentException("delimiter must be a tab or a comma, not '" + delimiter + "'");
        }
        if (text == null) {
            throw new IllegalArgumentException("no text to import");
        }
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        source = source.replace("\r\n", "\n").replace('\r', '\n');
        int[] lineStarts = lineStarts(source);
        List<ImportProblem> problems = new ArrayList<>();
        CSVFormat quoted = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        List<Row> rows;
        try {
            rows = parse(source, quoted, lineStarts);
        } catch (UncheckedIOException | IllegalStateException e) {
            // Pasted Word text can open a cell with a quote that is not CSV quoting ("ordinarily available"
            // document). Read leniently, that loses the quote marks or swallows the rest of the document into
            // one cell; reading it again without quoting keeps every character, and the problem says why
            // cells may look odd.
            Matcher m = START_LINE.matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            problems.add(new ImportProblem(line, null, null,
                    "a double quote that does not open or close a cell: the text was read without treating quotes as cell boundaries"));
            rows = parse(source, quoted.builder().setQuote(null).get(), lineStarts);
        }
        return new SourceTable(rows, problems);
    }

    private static List<Row> parse(String source, CSVFormat format, int[] lineStarts) {
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(source, format)) {
            parser.forEach(records::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            int start = (int) records.get(i).getCharacterPosition();
            int end = i + 1 < records.size() ? (int) records.get(i + 1).getCharacterPosition() : source.length();
            String raw = source.substring(start, end);
            if (raw.endsWith("\n")) {
                raw = raw.substring(0, raw.length() - 1);
            }
            rows.add(new Row(lineOf(start, lineStarts), records.get(i).toList(), raw));
        }
        return rows;
    }

    private static int[] lineStarts(String source) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int position, int[] lineStarts) {
        int at = Arrays.binarySearch(lineStarts, position);
        return (at >= 0 ? at : -at - 2) + 1;
    }
}
