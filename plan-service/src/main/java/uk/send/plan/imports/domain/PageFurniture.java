package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.send.plan.text.Homoglyphs;

/**
 * Page furniture of text extracted from a PDF: footers, page numbers and running titles, recognised by their
 * repetition across the document rather than by any wording. A line is compared by its shape: look-alike
 * letters made Latin, lower case, spacing collapsed and every number replaced by '#'. A shape is furniture
 * when
 * <ul>
 * <li>it holds a number, occurs twice or more at least three rows apart, and its numbers rise from one
 * occurrence to the next (a page number: "SEND Service Page 3 Recovery Plan: November 2021"); or</li>
 * <li>it occurs three times or more, each at least three rows apart, as the only text of its row and of two
 * words or more (a running title).</li>
 * </ul>
 * Bulleted lines, table header rows and task headings are never furniture. Furniture is removed where it
 * stands alone and where a PDF tool glued it onto the end of a cell's last line.
 */
final class PageFurniture {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final int MIN_DISTANCE = 3;

    private final List<Pattern> glued = new ArrayList<>();
    private final java.util.Set<String> shapes = new java.util.HashSet<>();

    private PageFurniture() {
    }

    /** The table without its page furniture; rows keep their line numbers. */
    static SourceTable clean(SourceTable table) {
        PageFurniture furniture = learn(table.rows);
        if (furniture.shapes.isEmpty()) {
            return table;
        }
        List<SourceTable.Row> kept = new ArrayList<>(table.rows.size());
        for (SourceTable.Row row : table.rows) {
            if (!row.blank() && furniture.shapes.contains(shape(row.joined()))) {
                continue;
            }
            List<String> cells = new ArrayList<>(row.cells().size());
            boolean changed = false;
            for (String cell : row.cells()) {
                String cleaned = furniture.cleanCell(cell);
                changed |= !cleaned.equals(cell);
                cells.add(cleaned);
            }
            kept.add(changed ? row.withCells(cells) : row);
        }
        SourceTable cleaned = SourceTable.of(kept);
        cleaned.problems.addAll(table.problems);
        return cleaned;
    }

    private static PageFurniture learn(List<SourceTable.Row> rows) {
        Map<String, List<int[]>> seen = new LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            SourceTable.Row row = rows.get(i);
            if (row.blank() || candidateExcluded(row)) {
                continue;
            }
            String joined = row.joined();
            String shape = shape(joined);
            seen.computeIfAbsent(shape, k -> new ArrayList<>()).add(numbers(i, row.filled(), joined));
            texts.putIfAbsent(shape, joined);
        }
        PageFurniture furniture = new PageFurniture();
        seen.forEach((shape, at) -> {
            if (at.size() < 2 || !apart(at)) {
                return;
            }
            boolean numbered = shape.contains("#") && rising(at);
            boolean running = at.size() >= 3 && at.stream().allMatch(a -> a[1] == 1) && shape.split(" ").length >= 2;
            if (numbered || running) {
                furniture.shapes.add(shape);
                if (shape.split(" ").length >= 3) {
                    furniture.glued.add(gluedPattern(texts.get(shape)));
                }
            }
        });
        return furniture;
    }

    private static boolean candidateExcluded(SourceTable.Row row) {
        String joined = row.joined();
        String latin = row.latin();
        return RecoveryPlanReader.isHeaderRow(row) || RecoveryPlanReader.TASK_LINE.matcher(latin).matches()
                || Cells.withoutBullet(joined) != null || Cells.hasBullet(String.join("\n", row.cells()));
    }

    private static boolean apart(List<int[]> at) {
        for (int i = 1; i < at.size(); i++) {
            if (at.get(i)[0] - at.get(i - 1)[0] < MIN_DISTANCE) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of the numbers (the page number, wherever it stands in the line) rises at every occurrence. */
    private static boolean rising(List<int[]> at) {
        int count = at.get(0).length;
        for (int n = 2; n < count; n++) {
            boolean up = true;
            for (int i = 1; i < at.size() && up; i++) {
                up = at.get(i).length == count && at.get(i)[n] > at.get(i - 1)[n];
            }
            if (up) {
                return true;
            }
        }
        return false;
    }

    private String cleanCell(String cell) {
        if (cell.isEmpty() || glued.isEmpty() && shapes.isEmpty()) {
            return cell;
        }
        String[] lines = cell.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        for (String line : lines) {
            if (!Cells.clean(line).isEmpty() && shapes.contains(shape(line))) {
                continue;
            }
            String kept = line;
            for (Pattern p : glued) {
                // Look-alike letters are swapped one for one, so the Latin form's indexes are the line's.
                Matcher m = p.matcher(Homoglyphs.toLatin(kept));
                if (m.find() && m.start() > 0) {
                    kept = kept.substring(0, m.start()).stripTrailing();
                }
            }
            out.add(kept);
        }
        return String.join("\n", out);
    }

    /** The furniture's text as a pattern that finds it at the end of a longer line, any numbers, any spacing. */
    private static Pattern gluedPattern(String text) {
        StringBuilder regex = new StringBuilder("\\s");
        for (String word : Cells.clean(Homoglyphs.toLatin(text)).split(" ")) {
            if (regex.length() > 2) {
                regex.append("\\s+");
            }
            Matcher m = NUMBER.matcher(word);
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(word.substring(last, m.start()))).append("\\d+");
                last = m.end();
            }
            regex.append(Pattern.quote(word.substring(last)));
        }
        return Pattern.compile(regex + "\\s*$", Pattern.CASE_INSENSITIVE);
    }

    static String shape(String text) {
        String latin = Cells.clean(Homoglyphs.toLatin(text)).toLowerCase(Locale.ROOT);
        return NUMBER.matcher(latin).replaceAll("#");
    }

    /** Row index, filled cells, then the line's numbers (at most six; a long number counts as -1). */
    private static int[] numbers(int index, int filled, String text) {
        List<Integer> values = new ArrayList<>();
        values.add(index);
        values.add(filled);
        Matcher m = NUMBER.matcher(text);
        while (m.find() && values.size() < 8) {
            values.add(m.group().length() > 6 ? -1 : Integer.parseInt(m.group()));
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
