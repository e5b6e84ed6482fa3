package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.send.plan.text.Homoglyphs;

/**
 * Reads a phased work programme: Phase · "(a) item" · Planning Timescale · Implementation, where one cell
 * may hold two items and the date cells beside it two dates each. Rules are described on
 * {@link ActionPlanParser}.
 */
final class WorkProgrammeReader {

    // "- 16. The purpose of…": numbered paragraphs that follow the table in the source document.
    private static final Pattern NARRATIVE = Pattern.compile("^(?:[-–•]\\s*)?\\d{1,3}\\.\\s+\\S.*");
    private static final Pattern PHASE = Pattern.compile("^(?:phase\\s*)?(\\d{1,2}|[ivx]{1,4})\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE = Pattern.compile("^(?:page\\s*\\d+(?:\\s*(?:of|/)\\s*\\d+)?|official)$",
            Pattern.CASE_INSENSITIVE);
    private static final String MARK = "([a-z]|[ivx]{2,4}|\\d{1,2})";
    /**
     * "(a) " and "(1) " item markers, before a capital or a digit. A marker glued to a word
     * ("clusters(e) Future") must be followed by a space and a capital, so "school(s) in" is left alone.
     */
    static final Pattern ITEM_MARKER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\(" + MARK + "\\)\\s*(?=[\\p{Lu}\\p{N}])|(?<=\\p{L})\\(" + MARK + "\\)\\s+(?=\\p{Lu})");
    private static final String[] COLUMNS = {"Phase", "Draft Work Programme", "Planning Timescale", "Implementation"};

    private static final class ItemDraft {
        final String ref;
        String title;
        final int line;
        final String phase;
        String timescale;
        String implementation;

        ItemDraft(String ref, String title, int line, String phase, String timescale, String implementation) {
            this.ref = ref;
            this.title = title;
            this.line = line;
            this.phase = phase;
            this.timescale = timescale;
            this.implementation = implementation;
        }
    }

    private record Marked(String ref, String text) {
    }

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ItemDraft> items = new ArrayList<>();
    private String phase;

    private WorkProgrammeReader() {
    }

    static ImportedPlan read(SourceTable table) {
        WorkProgrammeReader reader = new WorkProgrammeReader();
        reader.problems.addAll(table.problems);
        for (SourceTable.Row row : table.rows) {
            reader.accept(row);
        }
        return reader.finish();
    }

    static boolean isHeader(SourceTable.Row row) {
        List<String> words = Arrays.asList(row.joined().toLowerCase(Locale.ROOT).split("[^a-z]+"));
        return words.contains("phase")
                && (words.contains("timescale") || words.contains("implementation") || words.contains("programme"));
    }

    /** A row whose second cell opens with an item marker, for format detection. */
    static boolean isItemRow(SourceTable.Row row) {
        String phaseCell = row.cell(0);
        Matcher m = ITEM_MARKER.matcher(row.cell(1));
        return (phaseCell.isEmpty() || PHASE.matcher(phaseCell).matches()) && m.lookingAt();
    }

    private void accept(SourceTable.Row row) {
        if (row.blank()) {
            return;
        }
        String joined = row.joined();
        if ((row.filled() == 1 && NARRATIVE.matcher(joined).matches()) || isHeader(row)
                || (row.filled() == 1 && PAGE.matcher(Homoglyphs.toLatin(joined)).matches())) {
            return;
        }
        for (int i = COLUMNS.length; i < row.cells().size(); i++) {
            if (!row.cell(i).isEmpty()) {
                problems.add(new ImportProblem(row.line(), "column " + (i + 1), row.cell(i), "unexpected extra column"));
            }
        }
        String phaseCell = row.cell(0);
        if (!phaseCell.isEmpty()) {
            Matcher m = PHASE.matcher(Homoglyphs.toLatin(phaseCell));
            if (m.matches()) {
                phase = m.group(1);
            } else if (row.filled() == 1) {
                problems.add(new ImportProblem(row.line(), null, joined, "not part of the work programme table"));
                return;
            } else {
                problems.add(new ImportProblem(row.line(), COLUMNS[0], phaseCell, "not a phase number"));
            }
        }
        ItemDraft last = items.isEmpty() ? null : items.get(items.size() - 1);
        List<Marked> marked = new ArrayList<>();
        String leading = splitItems(row.cell(1), marked);
        if (!leading.isEmpty()) {
            if (last != null) {
                last.title = Cells.join(last.title, leading);
            } else {
                problems.add(new ImportProblem(row.line(), COLUMNS[1], leading, "text before the first (a) item"));
            }
        }
        String timescale = row.cell(2);
        String implementation = row.cell(3);
        if (marked.isEmpty()) {
            // The date cells of a wrapped row continue the last item's dates.
            if (last == null) {
                if (!timescale.isEmpty() || !implementation.isEmpty()) {
                    problems.add(new ImportProblem(row.line(), null, row.display(), "dates before the first (a) item"));
                }
            } else {
                last.timescale = append(last.timescale, timescale);
                last.implementation = append(last.implementation, implementation);
            }
            return;
        }
        List<String> timescales = share(timescale, marked.size(), row.line(), COLUMNS[2]);
        List<String> implementations = share(implementation, marked.size(), row.line(), COLUMNS[3]);
        for (int i = 0; i < marked.size(); i++) {
            Marked m = marked.get(i);
            items.add(new ItemDraft(m.ref, m.text, row.line(), phase, timescales.get(i), implementations.get(i)));
        }
    }

    /** Cuts a cell at its item markers; returns the text before the first one, the tail of the item above. */
    private static String splitItems(String cell, List<Marked> out) {
        Matcher m = ITEM_MARKER.matcher(cell);
        int previousEnd = -1;
        String previousRef = null;
        String leading = cell;
        while (m.find()) {
            if (previousRef == null) {
                leading = cell.substring(0, m.start()).strip();
            } else {
                out.add(new Marked(previousRef, cell.substring(previousEnd, m.start()).strip()));
            }
            previousRef = "(" + (m.group(1) != null ? m.group(1) : m.group(2)) + ")";
            previousEnd = m.end();
        }
        if (previousRef != null) {
            out.add(new Marked(previousRef, cell.substring(previousEnd).strip()));
        }
        return leading;
    }

    /**
     * Gives each of n items on one row its date: one item takes the whole cell; n items take the cell's n
     * dates in order; if the cell does not hold exactly n dates, each item keeps the whole text and a problem
     * says so.
     */
    private List<String> share(String cell, int n, int line, String column) {
        if (cell.isEmpty()) {
            return Collections.nCopies(n, null);
        }
        if (n == 1) {
            return List.of(cell);
        }
        List<String> dates = DatePhrases.split(cell);
        if (dates.size() == n) {
            return dates;
        }
        problems.add(new ImportProblem(line, column, cell, n + " items share this cell but it holds "
                + dates.size() + " date(s): each item keeps the whole text"));
        return Collections.nCopies(n, cell);
    }

    private static String append(String existing, String more) {
        if (more.isEmpty()) {
            return existing;
        }
        return existing == null ? more : Cells.join(existing, more);
    }

    private ImportedPlan finish() {
        List<ImportedTask> tasks = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ItemDraft item : items) {
            ImportedTask task = new ImportedTask(item.ref, item.title, item.line, List.of(), item.phase,
                    item.timescale, null, item.implementation);
            if (item.title.isEmpty()) {
                problems.add(new ImportProblem(item.line, COLUMNS[1], item.ref, "item has no text"));
            }
            if (item.timescale == null) {
                problems.add(new ImportProblem(item.line, COLUMNS[2], item.title, "no planning timescale"));
            }
            if (item.implementation == null) {
                problems.add(new ImportProblem(item.line, COLUMNS[3], item.title, "no implementation date"));
            }
            if (!keys.add(task.key())) {
                problems.add(new ImportProblem(item.line, COLUMNS[1], item.ref + " " + item.title,
                        "item " + item.ref + " appears twice in phase " + item.phase));
            }
            tasks.add(task);
        }
        return new ImportedPlan(tasks, List.of(), RecoveryPlanReader.byLine(problems), Format.WORK_PROGRAMME_PHASES);
    }
}
