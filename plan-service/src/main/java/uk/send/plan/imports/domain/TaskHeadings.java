package uk.send.plan.imports.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.send.plan.text.Homoglyphs;

/**
 * Finds task headings written without "Task N": each task of a recovery plan is its own table, so the text
 * standing alone just above a table's header row (and below the previous table) is the next task's heading,
 * whatever it says. A heading wrapped over lines is the last line there that starts like a sentence, plus the
 * lower-case lines after it. Text under a "Task N" line is that task's title, not a heading.
 */
final class TaskHeadings {

    private static final java.util.regex.Pattern CONNECTOR_END = java.util.regex.Pattern.compile(
            "(?:\\b(?:and|or|of|to|the|a|an|for|in|on|with|by|from|at|into)|[,&/(–-])$", java.util.regex.Pattern.CASE_INSENSITIVE);

    private TaskHeadings() {
    }

    /** Heading lines: line → heading text for the first line of each heading, line → null for its wrapped lines. */
    static Map<Integer, String> find(List<SourceTable.Row> rows, Set<String> runningTitles) {
        Map<Integer, String> headings = new HashMap<>();
        for (int h = 0; h < rows.size(); h++) {
            if (!RecoveryPlanReader.isTableHeader(rows.get(h))) {
                continue;
            }
            int top = h;
            int i = h - 1;
            while (i >= 0 && rows.get(i).blank()) {
                i--;
            }
            int end = i;
            while (i >= 0 && standsAlone(rows.get(i), runningTitles)) {
                top = i;
                i--;
            }
            while (i >= 0 && rows.get(i).blank()) {
                i--;
            }
            boolean underTaskLine = i >= 0 && RecoveryPlanReader.TASK_LINE.matcher(rows.get(i).latin()).matches();
            if (top > end || underTaskLine) {
                continue;
            }
            int first = -1;
            String previous = null;
            for (int j = top; j <= end; j++) {
                SourceTable.Row row = rows.get(j);
                if (row.blank()) {
                    first = -1;
                    previous = null;
                    continue;
                }
                boolean wraps = previous != null && CONNECTOR_END.matcher(previous).find();
                if (Cells.startsNewText(row.joined()) && !wraps) {
                    first = j;
                }
                previous = row.joined();
            }
            if (first < 0) {
                continue;
            }
            String heading = "";
            for (int j = first; j <= end; j++) {
                if (!rows.get(j).blank()) {
                    heading = Cells.join(heading, rows.get(j).joined());
                    headings.put(rows.get(j).line(), null);
                }
            }
            headings.put(rows.get(first).line(), heading);
        }
        return headings;
    }

    private static boolean standsAlone(SourceTable.Row row, Set<String> runningTitles) {
        if (row.blank()) {
            return true;
        }
        if (row.filled() != 1 || row.firstFilled() != 0) {
            return false;
        }
        String joined = row.joined();
        String latin = row.latin();
        return !RecoveryPlanReader.TASK_LINE.matcher(latin).matches() && !RecoveryPlanReader.isHeaderRow(row)
                && !runningTitles.contains(Keys.text(joined)) && Cells.withoutBullet(joined) == null && Cells.wordCount(joined) <= 30;
    }
}
