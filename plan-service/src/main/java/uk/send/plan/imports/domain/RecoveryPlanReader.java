package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.send.plan.imports.domain.RecoveryPlanTree.DeliverableDraft;
import uk.send.plan.imports.domain.RecoveryPlanTree.ItemDraft;
import uk.send.plan.imports.domain.RecoveryPlanTree.TaskDraft;
import uk.send.plan.text.Homoglyphs;

/**
 * Reads a recovery plan: "Task N: title" lines each opening a table of General deliverable · Specific
 * actions · Success criteria · Deadline · Lead officer, and a key of lead officers. The rules for wrapped
 * PDF text are described on {@link ActionPlanParser}. This class decides what each row is; the key is read by
 * {@link RecoveryPlanKey}, footers and titles are told apart by {@link RecoveryPlanTitles}, and the tree is finished by
 * {@link RecoveryPlanTree}.
 */
final class RecoveryPlanReader {

    static final Pattern TASK_LINE =
            Pattern.compile("^task\\s*(\\d{1,3})\\b\\s*[:.)\\-–—]*\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONNECTOR_END = Pattern.compile(
            "(?:\\b(?:and|or|of|to|the|a|an|for|in|on|with|by|from|at|into|under|across|between|per|each|every|its|their|our|all|that|which)|[,&/(–-])$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> HEADER_WORDS = Set.of(
            "general", "deliverable", "deliverables", "specific", "action", "actions", "success", "criteria",
            "deadline", "deadlines", "lead", "officer", "officers", "date", "target", "by", "when", "owner");
    /** The most words a spanning row may have to be read as a heading rather than a note across the table. */
    private static final int MAX_HEADING_WORDS = 20;
    /** A key of abbreviations has at most Initials · Name · Title. */
    private static final int KEY_MAX_COLUMNS = 3;
    private static final String[] COLUMNS = RecoveryPlanTree.COLUMNS;

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<TaskDraft> tasks = new ArrayList<>();
    private final RecoveryPlanKey key = new RecoveryPlanKey(problems);
    private TaskDraft task;
    private DeliverableDraft deliverable;
    private boolean keyMode;
    private Map<Integer, String> headings = Map.of();

    private RecoveryPlanReader() {
    }

    static ImportedPlan read(SourceTable table) {
        RecoveryPlanReader reader = new RecoveryPlanReader();
        SourceTable cleaned = PageFurniture.clean(table);
        reader.problems.addAll(cleaned.problems);
        Set<String> runningTitles = RecoveryPlanTitles.runningTitles(cleaned.rows);
        reader.headings = TaskHeadings.find(cleaned.rows, runningTitles);
        TableLayout layout = TableLayout.STANDARD;
        for (SourceTable.Row row : cleaned.rows) {
            layout = TableLayout.of(row).orElse(layout);
            if (RecoveryPlanKey.isKeyHeaderRow(row) || RecoveryPlanKey.isHeading(row, row.latin())) {
                layout = TableLayout.STANDARD;
            }
            reader.accept(ColumnShift.realign(layout.apply(row)), runningTitles);
        }
        return RecoveryPlanTree.build(reader.tasks, reader.key, reader.problems);
    }

    /**
     * A header row: every filled cell is made of header words, e.g. a repeated "DEADLINE | LEAD OFFICER", or the
     * row names a table's columns in a council's own words (see {@link TableLayout}).
     */
    static boolean isHeaderRow(SourceTable.Row row) {
        return row.headerRow(() -> headerWordsOnly(row));
    }

    private static boolean headerWordsOnly(SourceTable.Row row) {
        if (row.filled() < 2) {
            return false;
        }
        if (TableLayout.isHeader(row)) {
            return true;
        }
        for (String word : row.words()) {
            if (!HEADER_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** A header row that names this table, as opposed to other tables with a "Deadline" column. */
    static boolean isTableHeader(SourceTable.Row row) {
        if (!isHeaderRow(row)) {
            return false;
        }
        List<String> words = row.words();
        return words.contains("deliverable") || words.contains("deliverables") || words.contains("criteria") || TableLayout.isHeader(row);
    }

    private void accept(SourceTable.Row row, Set<String> runningTitles) {
        if (row.blank()) {
            return;
        }
        String joined = row.joined();
        String latin = row.latin();
        if (RecoveryPlanTitles.isFooter(row, latin)) {
            return;
        }
        Matcher taskLine = TASK_LINE.matcher(latin);
        if (taskLine.matches()) {
            startTask(row, joined, taskLine);
            return;
        }
        if (RecoveryPlanKey.isHeading(row, latin)) {
            // Whatever follows the key must not be read as the wrapped tail of the last deliverable.
            deliverable = null;
            keyMode = true;
            return;
        }
        if (row.filled() == 1 && row.firstFilled() == 0 && runningTitles.contains(Keys.text(joined))) {
            return;
        }
        if (headings.containsKey(row.line())) {
            String heading = headings.get(row.line());
            if (heading != null) {
                startUnnumberedTask(row, heading);
            }
            return;
        }
        if (RecoveryPlanKey.isKeyHeaderRow(row)) {
            deliverable = null;
            keyMode = true;
            return;
        }
        if (isHeaderRow(row)) {
            // A table header repeated at the top of a page inside the key does not end it: a row that is not a
            // key entry does, and so does a task heading.
            return;
        }
        if (isSpanningHeading(row) && !(keyMode && row.cells().size() <= KEY_MAX_COLUMNS)) {
            // A row merged across a whole plan table heads the rows below it, as a numbered "Task 2 – …" row does, and
            // ends a key above it (a key's own table, of at most three columns, may have spanning rows of its own).
            startUnnumberedTask(row, joined);
            return;
        }
        if (keyMode) {
            if (key.accept(row)) {
                return;
            }
            keyMode = false;
        }
        if (task == null) {
            problems.add(new ImportProblem(row.line(), null, row.display(), "row before any Task line"));
            return;
        }
        dataRow(row);
    }

    private void startTask(SourceTable.Row row, String joined, Matcher m) {
        keyMode = false;
        String ref = "Task " + Integer.parseInt(m.group(1));
        if (task != null && ref.equals(task.ref)) {
            // The task's heading repeated at the top of a new page ("Task 4 (continued)").
            return;
        }
        if (tasks.stream().anyMatch(t -> ref.equals(t.ref))) {
            problems.add(new ImportProblem(row.line(), null, joined,
                    ref + " appears twice; the rows below it are imported under the second one"));
        }
        // TASK_LINE matched the Latin form; the title is cut from the original, whose indexes are the same.
        task = new TaskDraft(ref, Cells.clean(joined.substring(m.start(2))), row.line());
        tasks.add(task);
        deliverable = null;
    }

    /**
     * A Word table row of one cell merged across the table, short and unbulleted: a heading of the rows below, as
     * a "Task N – …" row spanning the table is. A long or bulleted spanning cell is a note, read as data.
     */
    static boolean isSpanningHeading(SourceTable.Row row) {
        String text = row.rawCell(0);
        return row.spansTable() && !Cells.hasBullet(text) && !text.strip().contains("\n")
                && Cells.wordCount(Cells.joinLines(text)) <= MAX_HEADING_WORDS;
    }

    /**
     * A task whose heading has no "Task N" (found by {@link TaskHeadings}: the text just above a table's header
     * row). It has no ref; a heading repeating the current task's title at the top of a page is skipped.
     */
    private void startUnnumberedTask(SourceTable.Row row, String heading) {
        keyMode = false;
        String title = Cells.clean(heading);
        if (task != null && (Keys.text(title).startsWith(Keys.text(task.title)) && !task.title.isEmpty()
                || Keys.text(task.title).startsWith(Keys.text(title)))) {
            return;
        }
        task = new TaskDraft(null, title, row.line());
        tasks.add(task);
        deliverable = null;
    }

    private void dataRow(SourceTable.Row row) {
        for (int i = COLUMNS.length; i < row.cells().size(); i++) {
            String extra = row.cell(i);
            if (!extra.isEmpty()) {
                problems.add(new ImportProblem(row.line(), "column " + (i + 1), extra, "unexpected extra column"));
            }
        }
        String first = row.cell(0);
        if (!first.isEmpty()) {
            if (deliverable != null && continuesTitle(first, row)) {
                deliverable.title = Cells.join(deliverable.title, first);
            } else if (deliverable == null && row.filled() == 1
                    && (task.title.isEmpty() || !Cells.startsNewText(first))) {
                // Between the Task line and the table: the task title, or its wrapped tail.
                task.title = Cells.join(task.title, first);
                return;
            } else {
                deliverable = new DeliverableDraft(first, row.line());
                task.deliverables.add(deliverable);
            }
        } else if (deliverable == null) {
            problems.add(new ImportProblem(row.line(), null, row.display(),
                    "no General deliverable above to continue"));
            return;
        }
        addItems(deliverable.actions, row.rawCell(1), row.line());
        addItems(deliverable.criteria, row.rawCell(2), row.line());
        String deadline = row.cell(3);
        if (!deadline.isEmpty()) {
            deliverable.deadlines.add(deadline);
        }
        for (String lead : row.rawCell(4).split("\n")) {
            String clean = Homoglyphs.toLatin(Cells.clean(lead));
            if (!clean.isEmpty()) {
                deliverable.leads.add(clean);
            }
        }
    }

    /**
     * Whether a first-column text is the wrapped tail of the deliverable title above rather than a new
     * deliverable: it starts lower case or with punctuation; or the row brings nothing of its own (no bullet,
     * no deadline, no lead, and its other cells are wrapped tails too) under a deliverable whose items are
     * bulleted, since a new deliverable's first line carries its first bullet.
     */
    private boolean continuesTitle(String first, SourceTable.Row row) {
        if (!Cells.startsNewText(first) || CONNECTOR_END.matcher(deliverable.title).find()) {
            return true;
        }
        if (!row.cell(3).isEmpty() || !row.cell(4).isEmpty()) {
            return false;
        }
        if (!deliverable.bulleted() && deliverable.deadlines.isEmpty() && deliverable.leads.isEmpty()) {
            return false;
        }
        // Under bulleted items, unbulleted text is the wrapped tail of the item above, whatever its case.
        for (int i = 1; i <= 2; i++) {
            String cell = row.cell(i);
            if (Cells.hasBullet(row.rawCell(i)) || (!cell.isEmpty() && Cells.startsNewText(cell) && !deliverable.bulleted())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A bullet always opens a new item. Unbulleted text opens one only where the column's last item had no
     * bullet either and the text starts like a sentence; otherwise it is the wrapped tail of the last item.
     */
    private static void addItems(List<ItemDraft> column, String cell, int line) {
        for (Cells.Segment segment : Cells.segments(cell)) {
            ItemDraft last = column.isEmpty() ? null : column.get(column.size() - 1);
            if (last == null || segment.bulleted() || (!last.bulleted && Cells.startsNewText(segment.text()))) {
                column.add(new ItemDraft(segment.text(), line, segment.bulleted()));
            } else {
                last.text = Cells.join(last.text, segment.text());
            }
        }
    }

    static List<ImportProblem> byLine(List<ImportProblem> problems) {
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return sorted;
    }
}
