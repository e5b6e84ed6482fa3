package uk.send.plan.imports.domain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.send.plan.text.Homoglyphs;

/**
 * The lines of a recovery plan that are not its content, known by their wording and place: footers ("Page 3 of 9",
 * "OFFICIAL - SENSITIVE", a lone page number) and the document's own and running titles. (Furniture known by its
 * repetition alone is {@link PageFurniture}'s.)
 */
final class RecoveryPlanTitles {

    private static final Pattern PAGE = Pattern.compile("^page\\s*\\d+(?:\\s*(?:of|/)\\s*\\d+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFICIAL = Pattern.compile("^official(?:\\s*[-–—:]?\\s*sensitive)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\d{1,3}$");

    private RecoveryPlanTitles() {
    }

    static boolean isFooter(SourceTable.Row row, String latin) {
        if (row.filled() != 1) {
            return false;
        }
        return PAGE.matcher(latin).matches() || OFFICIAL.matcher(latin).matches()
                || (row.firstFilled() == 0 && LONE_NUMBER.matcher(latin).matches());
    }

    /**
     * Lines to skip as document titles: single first-column lines before the first task (a Task line or a heading
     * row spanning a Word table; outside a key),
     * and single first-column lines of three words or more, starting like a sentence, that occur twice or
     * more (running headers).
     */
    static Set<String> runningTitles(List<SourceTable.Row> rows) {
        Set<String> titles = new LinkedHashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        boolean beforeTask = true;
        boolean inKey = false;
        for (SourceTable.Row row : rows) {
            if (row.blank()) {
                continue;
            }
            String joined = row.joined();
            String latin = row.latin();
            if (RecoveryPlanReader.TASK_LINE.matcher(latin).matches() || RecoveryPlanReader.isSpanningHeading(row)) {
                // A heading row across a Word table opens a task as a Task line does: not a document title.
                beforeTask = false;
                continue;
            }
            if (row.filled() != 1 || row.firstFilled() != 0 || isFooter(row, latin)) {
                continue;
            }
            if (RecoveryPlanKey.KEY_HEADING.matcher(latin).matches()) {
                inKey = true;
                continue;
            }
            String key = Keys.text(joined);
            if (beforeTask && !inKey) {
                titles.add(key);
            }
            if (Cells.wordCount(joined) >= 3 && Cells.startsNewText(joined)) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        counts.forEach((key, count) -> {
            if (count >= 2) {
                titles.add(key);
            }
        });
        return titles;
    }
}
