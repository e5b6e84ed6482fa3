package uk.send.placement.shared;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.send.platform.export.SpreadsheetText;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a table (a header and rows) as CSV with Commons CSV or as XLSX with fastexcel, streamed to the
 * response; the exports people take into Excel and into the DfE's forms. CSV text that a spreadsheet would run as a
 * formula gets a {@code '} in front ({@link SpreadsheetText}); numbers and dates are written as they are; an XLSX
 * string cell is never a formula.
 */
public final class TableExport {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableExport() {
    }

    public record Table(String sheetName, List<String> header, List<List<Object>> rows) {
    }

    public static Response respond(String format, String baseName, Table table) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        StreamingOutput body = out -> {
            if (xlsx) {
                writeXlsx(table, out);
            } else {
                writeCsv(table, out);
            }
        };
        return Response.ok(body, xlsx ? XLSX : CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + baseName + (xlsx ? ".xlsx" : ".csv") + "\"")
                .build();
    }

    public static void writeCsv(Table table, java.io.OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(table.header().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(v -> v == null ? "" : SpreadsheetText.cell(v).toString()).toList());
            }
        }
    }

    public static void writeXlsx(Table table, java.io.OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "SEND Platform", "1.0");
        Worksheet ws = wb.newWorksheet(table.sheetName());
        for (int c = 0; c < table.header().size(); c++) {
            ws.value(0, c, table.header().get(c));
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r, c, n instanceof BigDecimal b ? b : n);
                } else if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                } else if (v != null) {
                    ws.value(r, c, v.toString());
                }
            }
            r++;
        }
        wb.finish();
    }

    /** For callers that write into memory (events, tests). */
    public static byte[] toBytes(String format, Table table) {
        var out = new java.io.ByteArrayOutputStream();
        try {
            if ("xlsx".equalsIgnoreCase(format)) {
                writeXlsx(table, out);
            } else {
                writeCsv(table, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
