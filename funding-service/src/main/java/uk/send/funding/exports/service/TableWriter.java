package uk.send.funding.exports.service;

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
 * sheet as it goes): memory stays bounded however many lines an LA's schedule has. Amounts are written as
 * numbers with two decimals.
 */
public interface TableWriter extends AutoCloseable {

    enum Format {
        CSV("text/csv", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

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
        TableWriter w = format == Format.CSV ? new Csv(out) : new Xlsx(out, sheet);
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
                printer.printRecord(cells.stream().map(c -> c instanceof BigDecimal b ? b.toPlainString() : c).toList());
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
        private final Workbook workbook;
        private final Worksheet sheet;
        private int row;

        Xlsx(OutputStream out, String name) {
            workbook = new Workbook(out, "SEND Platform funding-service", "1.0");
            sheet = workbook.newWorksheet(name);
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
                    sheet.style(row, col).format("0.00").set();
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
