package uk.send.plan.imports.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The pasted text as records with their source line numbers, read with Commons CSV so that quoted fields
 * (commas, tabs and line breaks inside a cell, doubled quotes) work for both commas and tabs.
 */
final class SourceTable {

    /**
     * One record: {@code line} is the 1-based line it starts on, {@code raw} its exact source text;
     * {@code spansTable} when it is a Word table row of one cell merged across the whole table (a heading row).
     */
    record Row(int line, List<String> cells, String raw, boolean spansTable) {

        Row(int line, List<String> cells, String raw) {
            this(line, cells, raw, false);
        }

        /** The same row with other cells (its line, source text and span kept). */
        Row withCells(List<String> newCells) {
            return new Row(line, newCells, raw, spansTable);
        }

        /** The cell, whitespace collapsed and lines re-joined; "" past the end. */
        String cell(int index) {
            return Cells.joinLines(rawCell(index));
        }

        /** The cell as read, line breaks kept, so bullets on separate lines can still be told apart. */
        String rawCell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        int filled() {
            return (int) cells.stream().filter(c -> !Cells.clean(c).isEmpty()).count();
        }

        int firstFilled() {
            for (int i = 0; i < cells.size(); i++) {
                if (!Cells.clean(cells.get(i)).isEmpty()) {
                    return i;
                }
            }
            return -1;
        }

        boolean blank() {
            return filled() == 0;
        }

        /** The filled cells joined by spaces. */
        String joined() {
            return cells.stream().map(Cells::joinLines).filter(c -> !c.isEmpty()).collect(Collectors.joining(" "));
        }

        /** The filled cells joined by " | ", for problem reports, where the column boundaries help. */
        String display() {
            return cells.stream().map(Cells::joinLines).filter(c -> !c.isEmpty()).collect(Collectors.joining(" | "));
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
