package uk.send.plan.imports.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds the test corpus's Word, Excel and PDF files from one model of a recovery plan, the way LAs' files
 * are laid out: in Word each task is a heading paragraph and a five-column table with bulleted cells and a
 * vertically merged deliverable cell; in Excel a tracker with one row per action or criterion and a key
 * sheet; in PDF each task's table drawn line by line with a footer on every page and the header repeated.
 * The model is also each document's exact expected tree.
 */
public final class PlanCorpus {

    public record Deliverable(String title, List<String> actions, List<String> criteria, String deadline, String lead) {
    }

    public record Task(String heading, List<Deliverable> deliverables) {
    }

    public record Person(String initials, String name, String title) {
    }

    public static final String[] HEADER = {"General deliverable", "Specific actions", "Success criteria", "Deadline", "Lead officer"};

    private PlanCorpus() {
    }

    // ---------------------------------------------------------------------------------------- Word

    public static Path docx(Path dir, String name, String title, List<Task> tasks, List<Person> key) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(title);
            for (Task task : tasks) {
                doc.createParagraph().createRun().setText(task.heading());
                XWPFTable table = doc.createTable(1, 5);
                for (int c = 0; c < 5; c++) {
                    table.getRow(0).getCell(c).setText(HEADER[c]);
                }
                for (Deliverable d : task.deliverables()) {
                    // The deliverable's actions after the first go on a second row whose first cell is merged with the first's.
                    XWPFTableRow row = table.createRow();
                    cellText(row.getCell(0), List.of(d.title()), false);
                    cellText(row.getCell(1), d.actions().isEmpty() ? List.of() : d.actions().subList(0, 1), true);
                    cellText(row.getCell(2), d.criteria(), true);
                    cellText(row.getCell(3), List.of(d.deadline()), false);
                    cellText(row.getCell(4), List.of(d.lead()), false);
                    if (d.actions().size() > 1) {
                        row.getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                        XWPFTableRow more = table.createRow();
                        more.getCell(0).getCTTc().addNewTcPr().addNewVMerge();
                        cellText(more.getCell(1), d.actions().subList(1, d.actions().size()), true);
                    }
                }
            }
            if (!key.isEmpty()) {
                doc.createParagraph().createRun().setText("Key to abbreviations");
                XWPFTable table = doc.createTable(1, 3);
                table.getRow(0).getCell(0).setText("Initials");
                table.getRow(0).getCell(1).setText("Name");
                table.getRow(0).getCell(2).setText("Job title");
                for (Person p : key) {
                    XWPFTableRow row = table.createRow();
                    row.getCell(0).setText(p.initials());
                    row.getCell(1).setText(p.name());
                    row.getCell(2).setText(p.title());
                }
            }
            return write(dir, name, doc::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cellText(XWPFTableCell cell, List<String> lines, boolean bullets) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            if (bullets) {
                p.getCTP().addNewPPr().addNewNumPr().addNewNumId().setVal(BigInteger.ONE);
            }
            p.createRun().setText(lines.get(i));
        }
    }

    // ---------------------------------------------------------------------------------------- Excel

    public static final String[] TRACKER = {"Ref", "Task", "Deliverable", "Specific action", "Success criterion", "Due date", "Owner", "RAG", "Notes"};

    public static Path xlsxTracker(Path dir, String name, List<Task> tasks, List<Person> key) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Tracker");
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue("SEND recovery plan tracker");
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(r++);
            for (int c = 0; c < TRACKER.length; c++) {
                header.createCell(c).setCellValue(TRACKER[c]);
            }
            for (Task t : tasks) {
                Matchers m = Matchers.of(t.heading());
                boolean firstOfTask = true;
                for (Deliverable d : t.deliverables()) {
                    boolean firstOfDeliverable = true;
                    List<String[]> items = new ArrayList<>();
                    d.actions().forEach(a -> items.add(new String[] {a, ""}));
                    d.criteria().forEach(c -> items.add(new String[] {"", c}));
                    for (String[] item : items) {
                        org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                        if (firstOfTask) {
                            row.createCell(0).setCellValue(m.ref() == null ? "" : m.ref());
                            row.createCell(1).setCellValue(m.title());
                        }
                        if (firstOfDeliverable) {
                            row.createCell(2).setCellValue(d.title());
                        }
                        row.createCell(3).setCellValue(item[0]);
                        row.createCell(4).setCellValue(item[1]);
                        row.createCell(5).setCellValue(d.deadline());
                        row.createCell(6).setCellValue(d.lead());
                        row.createCell(7).setCellValue("Amber");
                        firstOfTask = false;
                        firstOfDeliverable = false;
                    }
                }
            }
            XSSFSheet people = wb.createSheet("Key");
            org.apache.poi.ss.usermodel.Row h = people.createRow(0);
            h.createCell(0).setCellValue("Initials");
            h.createCell(1).setCellValue("Name");
            h.createCell(2).setCellValue("Role");
            int k = 1;
            for (Person p : key) {
                org.apache.poi.ss.usermodel.Row row = people.createRow(k++);
                row.createCell(0).setCellValue(p.initials());
                row.createCell(1).setCellValue(p.name());
                row.createCell(2).setCellValue(p.title());
            }
            return write(dir, name, wb::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits "Task 4: title" into ref and title; a heading without "Task N" has no ref. */
    public record Matchers(String ref, String title) {
        public static Matchers of(String heading) {
            java.util.regex.Matcher m = RecoveryPlanReader.TASK_LINE.matcher(heading);
            return m.matches() ? new Matchers("Task " + Integer.parseInt(m.group(1)), m.group(2).strip()) : new Matchers(null, heading);
        }
    }

    // ---------------------------------------------------------------------------------------- PDF

    private static final float[] X = {30, 200, 380, 560, 680};
    private static final int CHARS_PER_LINE = 34;

    /** A text-based PDF: each table drawn line by line, cells wrapped at about 34 characters, a footer and the header on every page. */
    public static Path pdf(Path dir, String name, String title, List<Task> tasks, List<Person> key, int linesPerPage) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {title});
        for (Task t : tasks) {
            lines.add(new String[] {t.heading()});
            lines.add(HEADER);
            for (Deliverable d : t.deliverables()) {
                List<List<String>> cols = List.of(wrap(List.of(d.title()), false), wrap(d.actions(), true), wrap(d.criteria(), true),
                        wrap(List.of(d.deadline()), false), wrap(List.of(d.lead()), false));
                int height = cols.stream().mapToInt(List::size).max().orElse(1);
                for (int i = 0; i < height; i++) {
                    String[] line = new String[5];
                    for (int c = 0; c < 5; c++) {
                        line[c] = i < cols.get(c).size() ? cols.get(c).get(i) : "";
                    }
                    lines.add(line);
                }
            }
        }
        if (!key.isEmpty()) {
            lines.add(new String[] {"Key to abbreviations"});
            lines.add(new String[] {"Initials", "Name", "Title"});
            for (Person p : key) {
                lines.add(new String[] {p.initials(), p.name(), p.title()});
            }
        }
        try (PDDocument doc = new PDDocument()) {
            // A Unicode font keeps the key's Cyrillic look-alikes; without one on this machine they are drawn as Latin.
            Path dejaVu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
            PDFont font = Files.exists(dejaVu) ? PDType0Font.load(doc, dejaVu.toFile()) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int page = 0;
            for (int start = 0; start < lines.size(); start += linesPerPage) {
                page++;
                PDPage p = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                doc.addPage(p);
                try (PDPageContentStream s = new PDPageContentStream(doc, p)) {
                    float y = 560;
                    List<String[]> pageLines = new ArrayList<>(lines.subList(start, Math.min(lines.size(), start + linesPerPage)));
                    if (start > 0) {
                        pageLines.add(0, HEADER);
                    }
                    for (String[] line : pageLines) {
                        for (int c = 0; c < line.length; c++) {
                            if (!line[c].isEmpty()) {
                                text(s, font, X[line.length == 3 ? c * 2 : c], y, line[c]);
                            }
                        }
                        y -= 14;
                    }
                    text(s, font, 30, 25, "SEND Service      Page " + page + "      SEND Recovery Plan: November 2021");
                }
            }
            return write(dir, name, doc::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws one line of text at (x, y), 9 pt; a font without Cyrillic gets look-alike letters as Latin. */
    static void text(PDPageContentStream s, PDFont font, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, 9);
        s.newLineAtOffset(x, y);
        s.showText(font instanceof PDType1Font ? uk.send.plan.text.Homoglyphs.toLatin(text) : text);
        s.endText();
    }

    private static List<String> wrap(List<String> items, boolean bullets) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            StringBuilder line = new StringBuilder(bullets ? "- " : "");
            for (String word : item.split(" ")) {
                if (line.length() + word.length() > CHARS_PER_LINE && line.length() > 2) {
                    out.add(line.toString().strip());
                    line = new StringBuilder();
                }
                line.append(word).append(' ');
            }
            out.add(line.toString().strip());
        }
        return out;
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static Path write(Path dir, String name, Writer writer) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out);
        }
        return file;
    }
}
