package uk.send.funding.ehcp.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.send.funding.ehcp.domain.BatchFormat;
import uk.send.funding.ehcp.domain.Violation;
import uk.send.funding.ehcp.repository.EhcpBatchRepository.LineSink;
import uk.send.funding.ehcp.domain.UploadTooLarge;
import uk.send.platform.domain.DomainException;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.export.SpreadsheetText;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an upload as it arrives and hands each line to a sink, holding one line at a time: NDJSON line by line
 * (a line longer than the limit is refused on its own, the rest read on), CSV record by record through Commons CSV,
 * each record turned into the JSON of one decision so that every line is judged by the same parser. Problems
 * with the upload as a whole (too large, too many lines, a CSV header naming unknown columns, a CSV record that never
 * ends) refuse the whole upload, and then nothing of it is kept.
 * <p>
 * Read as case management systems export: UTF-8 with or without a byte order mark, LF or CRLF line ends, blank
 * lines skipped. A CSV header names the JSON properties in any order, in any letter case and with or without
 * spaces, underscores, hyphens or dots between words ({@code Source ID}, {@code source_id}, {@code SOURCEID} are all
 * {@code sourceId}); an empty value is an absent optional field; a list column ({@code settingUrns},
 * {@code needTypes}) separates its entries with {@code ;}, {@code |} or {@code ,} (inside a quoted field), none of
 * which can occur in a URN or a need type code. A column without a name (an exporter that ends every line with a
 * comma) is ignored while empty; a line with a value in it is refused on its own.
 */
final class BatchUploadReader {

    private static final Set<String> REQUIRED_COLUMNS = Set.of("sourceId", "ehcpRef", "kind", "decisionDate", "ncy");

    private final EhcpIntakeConfig.BatchConfig limits;
    private final ObjectMapper mapper;

    BatchUploadReader(EhcpIntakeConfig.BatchConfig limits, ObjectMapper mapper) {
        this.limits = limits;
        this.mapper = mapper;
    }

    void read(BatchFormat format, InputStream body, LineSink sink) {
        Reader decoded = new InputStreamReader(new Capped(body, limits.maxBytes()),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        try {
            Reader reader = withoutByteOrderMark(decoded);
            if (format == BatchFormat.NDJSON) {
                ndjson(reader, sink);
            } else {
                csv(reader, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel and most Windows CMS exports begin a UTF-8 file with U+FEFF, which would otherwise glue itself to the first column name. */
    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader reader = new PushbackReader(in, 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private void ndjson(Reader reader, LineSink sink) throws IOException {
        char[] buf = new char[8192];
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int lineNo = 0;
        int n;
        while ((n = reader.read(buf)) >= 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    if (!tooLong) {
                        line.append(buf, start, i - start);
                    }
                    emit(++lineNo, line, tooLong, sink);
                    line.setLength(0);
                    tooLong = false;
                    start = i + 1;
                }
            }
            if (!tooLong) {
                line.append(buf, start, n - start);
                if (line.length() > limits.maxLineChars()) {
                    tooLong = true;
                    line.setLength(0);
                }
            }
        }
        if (tooLong || !line.isEmpty()) {
            emit(++lineNo, line, tooLong, sink);
        }
    }

    private void emit(int lineNo, StringBuilder line, boolean tooLong, LineSink sink) {
        if (lineNo > limits.maxLines()) {
            throw tooLarge("more than " + limits.maxLines() + " lines");
        }
        if (tooLong) {
            sink.line(lineNo, null, List.of(new Violation("line", "is longer than " + limits.maxLineChars() + " characters")));
            return;
        }
        String text = line.toString().strip();
        if (lineNo == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            return;
        }
        if (text.indexOf('\u0000') >= 0) {
            sink.line(lineNo, null, List.of(new Violation("line", "contains a NUL character")));
            return;
        }
        sink.line(lineNo, text, null);
    }

    private void csv(Reader reader, LineSink sink) throws IOException {
        RecordBudget budget = new RecordBudget(reader, limits.maxLineChars() * 4L);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(budget).setFormat(format).get()) {
            List<String> header = properties(parser.getHeaderNames());
            int lineNo = 1;
            int records = 0;
            for (CSVRecord record : parser) {
                budget.newRecord();
                // the line the partner's editor shows (blank lines skipped still count); the last line of a record whose quoted value spans lines
                lineNo = (int) Math.max(lineNo + 1, parser.getCurrentLineNumber());
                if (++records > limits.maxLines()) {
                    throw tooLarge("more than " + limits.maxLines() + " records");
                }
                if (record.size() != header.size()) {
                    sink.line(lineNo, null, List.of(new Violation("line", "has " + record.size() + " values; the header has " + header.size() + " columns")));
                    continue;
                }
                ObjectNode node = mapper.createObjectNode();
                List<Violation> unnamed = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = SpreadsheetText.read(record.get(i));
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    String column = header.get(i);
                    if (column == null) {
                        unnamed.add(new Violation("line", "has a value in column " + (i + 1) + ", which the header does not name"));
                        continue;
                    }
                    if (DecisionParser.LIST_FIELDS.contains(column)) {
                        node.set(column, DecisionParser.splitList(value));
                    } else {
                        node.put(column, value);
                    }
                }
                String json = node.toString();
                if (!unnamed.isEmpty()) {
                    sink.line(lineNo, null, unnamed);
                } else if (json.indexOf('\u0000') >= 0) {
                    sink.line(lineNo, null, List.of(new Violation("line", "contains a NUL character")));
                } else {
                    sink.line(lineNo, json, null);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof RecordTooLong ? new InvalidInput("body", e.getCause().getMessage()) : e;
        } catch (RecordTooLong e) {
            throw new InvalidInput("body", e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV: a duplicate or empty header name, an unterminated quoted field at the end
            throw new InvalidInput("body", "is not readable CSV: " + e.getMessage());
        }
    }

    /**
     * The header's columns as the properties they name (null for a column without a name: many exporters end every line
     * with a separator, so the header ends in one; a line that puts a value there is refused on its own); refuses the
     * upload when a named column names no property, or two name the same.
     */
    static List<String> properties(List<String> columns) {
        List<DomainException.FieldIssue> errors = new ArrayList<>();
        List<String> header = new ArrayList<>(columns.size());
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (column == null || column.isBlank()) {
                header.add(null);
                continue;
            }
            String property = DecisionParser.propertyMeant(column);
            if (property == null) {
                errors.add(new DomainException.FieldIssue("header." + column, "is not a property of an EHCP decision (columns are named as the JSON "
                        + "properties, in any letter case: " + String.join(", ", DecisionParser.FIELDS) + ")"));
            } else if (!seen.add(property)) {
                errors.add(new DomainException.FieldIssue("header." + column, "names " + property + " a second time"));
            }
            header.add(property);
        }
        for (String required : REQUIRED_COLUMNS) {
            if (!header.contains(required)) {
                errors.add(new DomainException.FieldIssue("header", "must have a column " + required));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The CSV header is not valid; nothing was stored", errors);
        }
        return header;
    }

    static UploadTooLarge tooLarge(String what) {
        return new UploadTooLarge(what);
    }

    /** Refuses the upload once more than {@code max} bytes have arrived. */
    private static final class Capped extends FilterInputStream {
        private final long max;
        private long read;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw tooLarge("more than " + max + " bytes");
            }
        }
    }

    /** Thrown when one CSV record grows past its budget: an unclosed quote would otherwise swallow the rest of the upload into memory. */
    private static final class RecordTooLong extends IOException {
        RecordTooLong(long budget) {
            super("a CSV record is longer than " + budget + " characters (an unclosed quote?)");
        }
    }

    /** Counts the characters read since the last record; the parser reads ahead a little, which the budget allows for. */
    private static final class RecordBudget extends FilterReader {
        private final long budget;
        private long used;

        RecordBudget(Reader in, long budget) {
            super(in);
            this.budget = budget;
        }

        void newRecord() {
            used = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            spend(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            spend(Math.max(n, 0));
            return n;
        }

        private void spend(int n) throws IOException {
            used += n;
            if (used > budget) {
                throw new RecordTooLong(budget);
            }
        }
    }
}
