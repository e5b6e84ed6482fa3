package uk.send.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The large Word and Excel plans the plan benchmark imports, written with Apache POI. */
final class PlanFiles {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "SEPT", "Oct", "Nov", "Dec"};

    private PlanFiles() {
    }

    /**
     * A Word recovery plan of {@code rows} table rows: tasks of 30 deliverables, each three rows with its
     * first cell merged down, bulleted actions (three) and criteria (two), a deadline and a lead; a key table.
     */
    static byte[] docx(int rows) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Anytown Council SEND Recovery Plan");
            int written = 0;
            int task = 0;
            while (written < rows) {
                task++;
                doc.createParagraph().createRun().setText("Task " + task + ": Workstream " + task + " of the recovery plan");
                XWPFTable table = doc.createTable(1, 5);
                String[] header = {"General deliverable", "Specific actions", "Success criteria", "Deadline", "Lead officer"};
                for (int c = 0; c < 5; c++) {
                    table.getRow(0).getCell(c).setText(header[c]);
                }
                written++;
                for (int d = 1; d <= 30 && written < rows; d++) {
                    for (int part = 0; part < 3 && written < rows; part++) {
                        XWPFTableRow row = table.createRow();
                        if (part == 0) {
                            row.getCell(0).setText("Deliverable " + task + "." + d + " for the workstream");
                            row.getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                            row.getCell(3).setText(MONTHS[(task + d) % 12] + " " + (2027 + d % 2));
                            row.getCell(4).setText(d % 2 == 0 ? "BB" : "CD");
                        } else {
                            row.getCell(0).getCTTc().addNewTcPr().addNewVMerge();
                        }
                        bullet(row.getCell(1), "Action " + d + (char) ('a' + part) + " to deliver it across all settings");
                        if (part < 2) {
                            bullet(row.getCell(2), "Criterion " + d + (char) ('a' + part) + " is met");
                        }
                        written++;
                    }
                }
            }
            doc.createParagraph().createRun().setText("Key to lead officers");
            XWPFTable key = doc.createTable(3, 3);
            String[][] people = {{"Initials", "Name", "Title"}, {"BB", "Bob Brown", "Head of SEN"}, {"CD", "Carol Davies", "Finance Business Partner"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    key.getRow(r).getCell(c).setText(people[r][c]);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void bullet(XWPFTableCell cell, String text) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.getCTP().addNewPPr().addNewNumPr().addNewNumId().setVal(BigInteger.ONE);
        p.createRun().setText(text);
    }

    /** An Excel tracker of {@code rows} rows under a header: one row per action or criterion, 30 deliverables a task. */
    static byte[] xlsx(int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Tracker");
            String[] header = {"Ref", "Task", "Deliverable", "Specific action", "Success criterion", "Due date", "Owner", "RAG"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            int r = 1;
            for (int task = 1; r <= rows; task++) {
                for (int d = 1; d <= 30 && r <= rows; d++) {
                    for (int item = 0; item < 4 && r <= rows; item++) {
                        Row row = sheet.createRow(r++);
                        row.createCell(0).setCellValue("Task " + task);
                        row.createCell(1).setCellValue("Workstream " + task + " of the recovery plan");
                        row.createCell(2).setCellValue("Deliverable " + task + "." + d + " for the workstream");
                        row.createCell(item < 2 ? 3 : 4).setCellValue((item < 2 ? "Action " : "Criterion ") + d + (char) ('a' + item));
                        row.createCell(5).setCellValue(MONTHS[(task + d) % 12] + " " + (2027 + d % 2));
                        row.createCell(6).setCellValue(d % 2 == 0 ? "BB" : "CD");
                        row.createCell(7).setCellValue("Amber");
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }
}
