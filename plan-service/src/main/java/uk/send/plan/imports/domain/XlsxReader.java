package uk.send.plan.imports.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads every visible sheet of an Excel workbook, streamed row by row (fastexcel-reader), as rows of cell
 * texts. A cell formatted as a date becomes "1 Mar 2022", so the deadline parser reads it like a typed date;
 * other numbers are written without trailing zeros. Columns missing from a row are empty cells, so every
 * cell keeps its column. Each sheet's rows are contiguous, in sheet order.
 */
final class XlsxReader {

    /** One sheet: its name and its rows' lines, {@code first} to {@code last} inclusive (empty when first > last). */
    record SheetRange(String name, int first, int last) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final int MAX_COLUMNS = 64;

    private XlsxReader() {
    }

    static List<SheetRange> read(Path file, DocumentRows out) {
        List<SheetRange> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    continue;
                }
                int first = out.rows.size() + 1;
                try (Stream<Row> rows = sheet.openStream()) {
                    Iterator<Row> it = rows.iterator();
                    while (it.hasNext()) {
                        Row row = it.next();
                        out.add(cells(row), "sheet '" + sheet.getName() + "', row " + row.getRowNum());
                    }
                }
                sheets.add(new SheetRange(sheet.getName(), first, out.rows.size()));
            }
        } catch (UnreadableDocument e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
            throw new UnreadableDocument(UnreadableDocument.Reason.CORRUPT, "the Excel workbook is damaged and cannot be read", e);
        }
        return sheets;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.min(row.getCellCount(), MAX_COLUMNS); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? "" : text(cell));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && isDateFormat(format)) {
                LocalDateTime date = cell.asDate();
                return date == null ? "" : DATE.format(date);
            }
            BigDecimal n = cell.asNumber();
            return n == null ? "" : n.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.EMPTY) {
            return "";
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    /** A number format that shows a date: it has day, month or year letters outside quoted text and colours. */
    static boolean isDateFormat(String format) {
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(Locale.ROOT);
        return bare.contains("d") || bare.contains("yy") || (bare.contains("m") && !bare.contains("h") && !bare.contains("s"));
    }
}
