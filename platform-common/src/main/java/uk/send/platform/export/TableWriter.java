package uk.send.platform.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table row by row, streaming, as CSV (Commons CSV, RFC 4180) or XLSX (fastexcel, which writes the
 * sheet as it goes): memory stays bounded however many rows an export has (an LA's payment schedule, its statutory
 * clocks). Amounts are written as numbers with two decimals: in CSV as plain text ({@code 1234.50}, {@code -125.00}; never an exponent), in XLSX as
 * numeric cells in {@link Xlsx#MONEY_FORMAT}. Dates and months are ISO text in both ({@code 2025-04-01}, {@code 2025-04}).
 * Text that a spreadsheet would run as a formula gets a {@code '} in front in CSV ({@link SpreadsheetText}); an XLSX
 * string cell is never a formula, so XLSX keeps the text as typed.
 * CSV is UTF-8 without a byte-order mark: it is for finance systems (a BOM would reach their first column); people
 * who open a download in Excel take the XLSX, which shows {@code £} and {@code →} as written.
 */
public interface TableWriter extends AutoCloseable {

    /** The media types, as constants for {@code @Produces} and the OpenAPI annotations. */
    String CSV_TYPE = "text/csv";
    String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    enum Format {
        CSV(CSV_TYPE, "csv"), XLSX(XLSX_TYPE, "xlsx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    void row(List<?> cells);

    @Override
    void close();

    static TableWriter open(Format format, OutputStream out, String sheet, List<String> header) {
        TableWriter w = format == Format.CSV ? new Csv(out) : new Xlsx(out, sheet, header);
        w.row(header);
        return w;
    }

    /** CSV with a header row. */
    final class Csv implements TableWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<?> cells) {
            try {
                printer.printRecord(cells.stream().map(c -> c instanceof BigDecimal b ? b.toPlainString() : SpreadsheetText.cell(c)).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One worksheet; rows are flushed to the stream every few hundred. */
    final class Xlsx implements TableWriter {
        /** Amounts are numeric cells shown with two decimals and thousands separators (a negative with a minus sign). */
        public static final String MONEY_FORMAT = "#,##0.00";

        private final Workbook workbook;
        private final Worksheet sheet;
        private int row;

        Xlsx(OutputStream out, String name, List<String> header) {
            workbook = new Workbook(out, "SEND Platform", "1.0");
            sheet = workbook.newWorksheet(name);
            // Widths and the frozen header go out with the sheet's first flush, so they are set before any row.
            for (int col = 0; col < header.size(); col++) {
                sheet.width(col, width(header.get(col)));
            }
            sheet.freezePane(0, 1);
        }

        /** Readable without resizing: a free-text column wide, any other as wide as its name or an amount like 1,234,567.89. */
        static int width(String column) {
            return column.equals("reason") || column.equals("description") ? 60 : Math.max(14, column.length() + 3);
        }

        @Override
        public void row(List<?> cells) {
            for (int col = 0; col < cells.size(); col++) {
                Object c = cells.get(col);
                if (c == null) {
                    continue;
                }
                if (c instanceof BigDecimal b) {
                    sheet.value(row, col, b);
                    sheet.style(row, col).format(MONEY_FORMAT).set();
                } else if (c instanceof Number n) {
                    sheet.value(row, col, n);
                } else {
                    sheet.value(row, col, c.toString());
                }
            }
            if (row == 0) {
                sheet.range(0, 0, 0, Math.max(0, cells.size() - 1)).style().bold().set();
            }
            row++;
            if (row % 500 == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
