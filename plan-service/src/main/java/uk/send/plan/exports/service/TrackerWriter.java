package uk.send.plan.exports.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import uk.send.plan.exports.domain.ExportRow;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a programme as an Excel tracker (Apache POI, streamed 100 rows at a time): a header row the import
 * recognises, one row per item, RAG cells coloured, and a Key sheet of the lead officers' initials, names and
 * titles. Importing the file again changes nothing: its columns, texts and deadlines are the import's own.
 */
public final class TrackerWriter {

    /** The tracker's columns, named as the import's tracker reader recognises them. */
    public static final String[] COLUMNS = {"Phase", "Ref", "Task", "Deliverable", "Specific action", "Success criterion", "Deadline",
            "Lead officer", "Lead name", "RAG", "Status"};

    /** A lead officer for the Key sheet. */
    public record KeyEntry(String initials, String name, String title) {
    }

    private TrackerWriter() {
    }

    public static void write(String title, List<ExportRow> rows, List<KeyEntry> key, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Map<String, CellStyle> rag = Map.of(
                    "RED", fill(wb, IndexedColors.RED), "AMBER", fill(wb, IndexedColors.GOLD), "GREEN", fill(wb, IndexedColors.BRIGHT_GREEN));
            Sheet sheet = wb.createSheet("Tracker");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                header.createCell(c).setCellValue(COLUMNS[c]);
                header.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (ExportRow e : rows) {
                Row row = sheet.createRow(r++);
                String[] values = {e.phase(), e.ref(), e.task(), e.deliverable(), e.action(), e.criterion(), e.deadline(), e.lead(),
                        e.leadName(), e.rag(), e.status()};
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null && !values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
                if (e.rag() != null && rag.containsKey(e.rag())) {
                    row.getCell(9).setCellStyle(rag.get(e.rag()));
                }
            }
            sheet.createFreezePane(0, 1);
            Sheet people = wb.createSheet("Key");
            Row h = people.createRow(0);
            String[] keyColumns = {"Initials", "Name", "Title"};
            for (int c = 0; c < keyColumns.length; c++) {
                h.createCell(c).setCellValue(keyColumns[c]);
                h.getCell(c).setCellStyle(bold);
            }
            int k = 1;
            for (KeyEntry p : key) {
                Row row = people.createRow(k++);
                row.createCell(0).setCellValue(p.initials());
                row.createCell(1).setCellValue(p.name() == null ? "" : p.name());
                row.createCell(2).setCellValue(p.title() == null ? "" : p.title());
            }
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
            wb.write(out);
            wb.dispose();
        }
    }

    private static CellStyle fill(SXSSFWorkbook wb, IndexedColors colour) {
        CellStyle style = wb.createCellStyle();
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
