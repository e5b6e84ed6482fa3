package uk.send.plan.imports.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import uk.send.plan.imports.domain.PlanCorpus.Deliverable;
import uk.send.plan.imports.domain.PlanCorpus.Person;
import uk.send.plan.imports.domain.PlanCorpus.Task;

/**
 * Writes {@link CouncilCorpus}'s plans in their councils' layouts with Apache POI and PDFBox, so that each
 * differs in shape from {@link PlanCorpus}'s documents and from the others: where the key stands, how tasks are
 * headed, what the columns are called and in what order, how items are bulleted, what furniture each page has.
 */
public final class CouncilFiles {

    private CouncilFiles() {
    }

    // ---------------------------------------------------------------------------------------- Northshire (Word)

    /**
     * The key first (Abbreviation · Full name · Role), then one table for the whole plan: its header "Deliverable ·
     * Key actions · Measures of success · Lead officer · Timescale" (lead before deadline), each task a row of one
     * cell spanning the table, actions typed with "• ", criteria as plain paragraphs, and the second action of a
     * task's first deliverable on a row of its own under a merged deliverable cell.
     */
    public static Path northshireDocx(Path dir) {
        return northshireDocx(dir, CouncilCorpus.NORTHSHIRE, "northshire-plan.docx");
    }

    /** The same document with other tasks: each task's heading is the row of one cell spanning the table. */
    public static Path northshireDocx(Path dir, List<Task> tasks, String fileName) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(CouncilCorpus.NORTHSHIRE_TITLE);
            doc.createParagraph().createRun().setText("SEND Sufficiency and Recovery Plan 2023–2026");
            doc.createParagraph().createRun().setText("Abbreviations used in this plan");
            XWPFTable key = doc.createTable(1, 3);
            String[] keyHeader = {"Abbreviation", "Full name", "Role"};
            for (int c = 0; c < 3; c++) {
                key.getRow(0).getCell(c).setText(keyHeader[c]);
            }
            for (Person p : CouncilCorpus.NORTHSHIRE_KEY) {
                XWPFTableRow row = key.createRow();
                row.getCell(0).setText(p.initials());
                row.getCell(1).setText(p.name());
                row.getCell(2).setText(p.title());
            }
            doc.createParagraph().createRun().setText("Action plan");
            XWPFTable table = doc.createTable(1, 5);
            String[] header = {"Deliverable", "Key actions", "Measures of success", "Lead officer", "Timescale"};
            for (int c = 0; c < 5; c++) {
                table.getRow(0).getCell(c).setText(header[c]);
            }
            for (Task task : tasks) {
                XWPFTableRow heading = table.createRow();
                for (int c = 4; c >= 1; c--) {
                    heading.removeCell(c);
                }
                heading.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(5));
                heading.getCell(0).setText(task.heading());
                boolean first = true;
                for (Deliverable d : task.deliverables()) {
                    XWPFTableRow row = table.createRow();
                    boolean split = first && d.actions().size() > 1;
                    paragraphs(row.getCell(0), List.of(d.title()), "");
                    paragraphs(row.getCell(1), split ? d.actions().subList(0, 1) : d.actions(), "• ");
                    paragraphs(row.getCell(2), d.criteria(), "");
                    paragraphs(row.getCell(3), List.of(d.lead()), "");
                    paragraphs(row.getCell(4), List.of(d.deadline()), "");
                    if (split) {
                        row.getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                        XWPFTableRow more = table.createRow();
                        more.getCell(0).getCTTc().addNewTcPr().addNewVMerge();
                        paragraphs(more.getCell(1), d.actions().subList(1, d.actions().size()), "• ");
                    }
                    first = false;
                }
            }
            return PlanCorpus.write(dir, fileName, doc::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraphs(XWPFTableCell cell, List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            (i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph()).createRun().setText(prefix + lines.get(i));
        }
    }

    // ---------------------------------------------------------------------------------------- Westborough (Excel)

    private static final DateTimeFormatter MODEL_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /**
     * A title row, then "Workstream · Milestone · Key actions · Measure of success · Target date · Responsible
     * officer · RAG status · Comments"; workstream and milestone cells merged down over their rows; target dates
     * as Excel dates; the first milestone's actions in one cell as bullets on separate lines (Alt+Enter), the rest
     * one per row; the key of abbreviations below the tracker on the same sheet.
     */
    public static Path westboroughXlsx(Path dir) {
        try (XSSFWorkbook wb = westborough()) {
            return PlanCorpus.write(dir, "westborough-tracker.xlsx", wb::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tracker selected in Excel and pasted as text: cells as Excel shows them, tab-separated, cells with line breaks quoted. */
    public static String westboroughText() {
        try (XSSFWorkbook wb = westborough()) {
            DataFormatter shown = new DataFormatter(Locale.UK);
            XSSFSheet sheet = wb.getSheetAt(0);
            StringBuilder text = new StringBuilder();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    String value = row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c));
                    cells.add(value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
                }
                text.append(String.join("\t", cells)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFWorkbook westborough() {
        XSSFWorkbook wb = new XSSFWorkbook();
        {
            XSSFSheet sheet = wb.createSheet("SEND improvement tracker");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue("Westborough Council - SEND Improvement Tracker (updated March 2023)");
            r++;
            String[] header = {"Workstream", "Milestone", "Key actions", "Measure of success", "Target date", "Responsible officer", "RAG status", "Comments"};
            Row h = sheet.createRow(r++);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            boolean firstMilestone = true;
            for (Task t : CouncilCorpus.WESTBOROUGH) {
                int taskStart = r;
                for (Deliverable d : t.deliverables()) {
                    int start = r;
                    List<String[]> items = new ArrayList<>();
                    if (firstMilestone) {
                        items.add(new String[] {"• " + String.join("\n• ", d.actions()), ""});
                    } else {
                        d.actions().forEach(a -> items.add(new String[] {a, ""}));
                    }
                    d.criteria().forEach(c -> items.add(new String[] {"", c}));
                    for (String[] item : items) {
                        Row row = sheet.createRow(r);
                        if (r == taskStart) {
                            row.createCell(0).setCellValue(t.heading());
                        }
                        if (r == start) {
                            row.createCell(1).setCellValue(d.title());
                        }
                        row.createCell(2).setCellValue(item[0]);
                        row.createCell(3).setCellValue(item[1]);
                        row.createCell(4).setCellValue(LocalDate.parse(d.deadline(), MODEL_DATE));
                        row.getCell(4).setCellStyle(date);
                        row.createCell(5).setCellValue(d.lead());
                        row.createCell(6).setCellValue(r % 3 == 0 ? "Amber" : "Green");
                        if (r % 4 == 0) {
                            row.createCell(7).setCellValue("Reported to the SEND board");
                        }
                        r++;
                    }
                    if (r - start > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(start, r - 1, 1, 1));
                    }
                    firstMilestone = false;
                }
                if (r - taskStart > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(taskStart, r - 1, 0, 0));
                }
            }
            r += 2;
            sheet.createRow(r++).createCell(0).setCellValue("Key to abbreviations");
            Row keyHeader = sheet.createRow(r++);
            keyHeader.createCell(0).setCellValue("Initials");
            keyHeader.createCell(1).setCellValue("Name");
            keyHeader.createCell(2).setCellValue("Job title");
            for (Person p : CouncilCorpus.WESTBOROUGH_KEY) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(p.initials());
                row.createCell(1).setCellValue(p.name());
                row.createCell(2).setCellValue(p.title());
            }
        }
        return wb;
    }

    // ---------------------------------------------------------------------------------------- Eastmere (PDF)

    private static final float[] X = {30, 190, 370, 560, 680};
    private static final float[] KEY_X = {30, 110, 300};
    private static final int LINES_PER_PAGE = 15;
    private static final int WRAP = 32;

    /**
     * Council papers: the title, the key of lead officers first, then each task under its own unnumbered heading
     * with the standard header (not repeated on later pages); every page carries "OFFICIAL" and the committee's
     * running title at its top and "Page N of M" at its foot; tables run on over page breaks.
     */
    public static Path eastmerePdf(Path dir) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {CouncilCorpus.EASTMERE_TITLE});
        lines.add(new String[] {"Key to lead officers"});
        lines.add(new String[] {"Initials", "Name", "Job title"});
        CouncilCorpus.EASTMERE_KEY.forEach(p -> lines.add(new String[] {p.initials(), p.name(), p.title()}));
        for (Task t : CouncilCorpus.EASTMERE) {
            lines.add(new String[] {t.heading()});
            lines.add(PlanCorpus.HEADER);
            for (Deliverable d : t.deliverables()) {
                List<List<String>> cols = List.of(wrap(List.of(d.title()), ""), wrap(d.actions(), "• "), wrap(d.criteria(), "• "),
                        wrap(DatePhrases.split(d.deadline()), ""), wrap(List.of(d.lead()), ""));
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
        int pages = (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").toFile());
            for (int page = 1; page <= pages; page++) {
                PDPage p = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                doc.addPage(p);
                try (PDPageContentStream s = new PDPageContentStream(doc, p)) {
                    PlanCorpus.text(s, font, 30, 575, "OFFICIAL");
                    PlanCorpus.text(s, font, 30, 560, "Children and Young People Scrutiny Committee - 14 March 2023");
                    float y = 530;
                    for (String[] line : lines.subList((page - 1) * LINES_PER_PAGE, Math.min(lines.size(), page * LINES_PER_PAGE))) {
                        float[] xs = line.length == 3 ? KEY_X : X;
                        for (int c = 0; c < line.length; c++) {
                            if (!line[c].isEmpty()) {
                                PlanCorpus.text(s, font, xs[c], y, line[c]);
                            }
                        }
                        y -= 14;
                    }
                    PlanCorpus.text(s, font, 380, 25, "Page " + page + " of " + pages);
                }
            }
            return PlanCorpus.write(dir, "eastmere-papers.pdf", doc::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each item wrapped at about {@link #WRAP} characters, its first line after {@code bullet}. */
    private static List<String> wrap(List<String> items, String bullet) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            StringBuilder line = new StringBuilder(bullet);
            for (String word : item.split(" ")) {
                if (line.length() + word.length() > WRAP && line.length() > bullet.length()) {
                    out.add(line.toString().strip());
                    line = new StringBuilder();
                }
                line.append(word).append(' ');
            }
            out.add(line.toString().strip());
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------- Southvale (pasted text)

    /**
     * Tab-separated text as pasted from a Word plan: the title, "TASK N - title" lines in capitals, each cell's
     * bullets run together on one line ("• one • two"), and the lead officer key between the first task and the second.
     */
    public static String southvaleText() {
        StringBuilder sb = new StringBuilder(CouncilCorpus.SOUTHVALE_TITLE).append('\n');
        boolean keyWritten = false;
        for (Task t : CouncilCorpus.SOUTHVALE) {
            PlanCorpus.Matchers m = PlanCorpus.Matchers.of(t.heading());
            sb.append(m.ref().toUpperCase(Locale.ROOT)).append(" - ").append(m.title()).append('\n');
            sb.append(String.join("\t", PlanCorpus.HEADER)).append('\n');
            for (Deliverable d : t.deliverables()) {
                sb.append(d.title()).append('\t').append("• ").append(String.join(" • ", d.actions())).append('\t')
                        .append("• ").append(String.join(" • ", d.criteria())).append('\t').append(d.deadline()).append('\t')
                        .append(d.lead()).append('\n');
            }
            if (!keyWritten) {
                sb.append("\nLead officer key\n");
                CouncilCorpus.SOUTHVALE_KEY.forEach(p -> sb.append(p.initials()).append('\t').append(p.name()).append('\t').append(p.title()).append('\n'));
                sb.append('\n');
                keyWritten = true;
            }
        }
        return sb.toString();
    }
}
