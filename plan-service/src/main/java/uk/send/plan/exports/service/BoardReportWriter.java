package uk.send.plan.exports.service;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a programme's board report as a Word document (Apache POI XWPF): its overall RAG, one table per task
 * of its deliverables with lead, deadline, status and RAG as a coloured cell, and a table of KPIs with their
 * baseline, target, latest value and progress shown as a percentage and a bar.
 */
public final class BoardReportWriter {

    /** A task and its deliverables, as the report shows them. */
    public record TaskSection(String heading, String rag, List<Line> deliverables) {
    }

    /** A deliverable's line. */
    public record Line(String title, String lead, String deadline, String status, String rag) {
    }

    /** A KPI's line; null values are shown as "–". */
    public record Kpi(String name, String criterion, BigDecimal baseline, BigDecimal target, String targetDate, BigDecimal latest,
                      BigDecimal progress, Boolean onTrack) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private BoardReportWriter() {
    }

    public static void write(String title, String rag, LocalDate asOf, List<TaskSection> tasks, List<Kpi> kpis, OutputStream out)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun run = heading.createRun();
            run.setBold(true);
            run.setFontSize(18);
            run.setText(title);
            XWPFParagraph summary = doc.createParagraph();
            summary.createRun().setText("Board report as of " + DAY.format(asOf) + ". Overall RAG: ");
            XWPFRun overall = summary.createRun();
            overall.setBold(true);
            overall.setText(rag);
            for (TaskSection task : tasks) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun r = p.createRun();
                r.setBold(true);
                r.setFontSize(13);
                r.setText(task.heading() + " (" + task.rag() + ")");
                XWPFTable table = doc.createTable(1, 5);
                header(table.getRow(0), "Deliverable", "Lead officer", "Deadline", "Status", "RAG");
                for (Line d : task.deliverables()) {
                    XWPFTableRow row = table.createRow();
                    cells(row, d.title(), d.lead(), d.deadline(), d.status(), d.rag());
                    row.getCell(4).setColor(colour(d.rag()));
                }
            }
            if (!kpis.isEmpty()) {
                XWPFRun r = doc.createParagraph().createRun();
                r.setBold(true);
                r.setFontSize(13);
                r.setText("Key performance indicators");
                XWPFTable table = doc.createTable(1, 7);
                header(table.getRow(0), "Measure", "Success criterion", "Baseline", "Target", "Latest", "Progress", "On track");
                for (Kpi k : kpis) {
                    XWPFTableRow row = table.createRow();
                    cells(row, k.name(), k.criterion(), number(k.baseline()),
                            number(k.target()) + (k.targetDate() == null ? "" : " by " + k.targetDate()), number(k.latest()),
                            progress(k.progress()), k.onTrack() == null ? "–" : k.onTrack() ? "Yes" : "No");
                    if (k.onTrack() != null) {
                        row.getCell(6).setColor(k.onTrack() ? colour("GREEN") : colour("RED"));
                    }
                }
            }
            doc.write(out);
        }
    }

    /** "60% ██████░░░░": progress to target as a whole percentage and a ten-step bar. */
    static String progress(BigDecimal percent) {
        if (percent == null) {
            return "–";
        }
        int whole = percent.setScale(0, RoundingMode.HALF_UP).intValue();
        int filled = Math.max(0, Math.min(10, (whole + 5) / 10));
        return whole + "% " + "█".repeat(filled) + "░".repeat(10 - filled);
    }

    private static String number(BigDecimal n) {
        return n == null ? "–" : n.stripTrailingZeros().toPlainString();
    }

    private static String colour(String rag) {
        return switch (rag == null ? "" : rag) {
            case "RED" -> "FF0000";
            case "AMBER" -> "FFC000";
            case "GREEN" -> "00B050";
            default -> "FFFFFF";
        };
    }

    private static void header(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            XWPFRun r = row.getCell(i).getParagraphs().get(0).createRun();
            r.setBold(true);
            r.setText(texts[i]);
        }
    }

    private static void cells(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).setText(texts[i] == null ? "" : texts[i]);
        }
    }
}
