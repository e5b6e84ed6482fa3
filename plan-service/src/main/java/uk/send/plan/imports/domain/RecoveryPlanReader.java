package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.send.plan.text.Homoglyphs;

/**
 * Reads a recovery plan: "Task N: title" lines each opening a table of General deliverable · Specific
 * actions · Success criteria · Deadline · Lead officer, and a key of lead officers. The rules for wrapped
 * PDF text are described on {@link ActionPlanParser}.
 */
final class RecoveryPlanReader {

    static final Pattern TASK_LINE =
            Pattern.compile("^task\\s*(\\d{1,3})\\b\\s*[:.)\\-–—]*\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    // "Key", "Key to lead officers", "Key to abbreviations", "Abbreviations used", "Glossary", "Lead officer key"...
    private static final Pattern KEY_HEADING = Pattern.compile(
            "^(?:key|glossary|key to [\\p{L} ]{1,40}|[\\p{L} ]{0,30}\\b(?:key|abbreviations|acronyms|glossary)(?: used)?)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONNECTOR_END = Pattern.compile(
            "(?:\\b(?:and|or|of|to|the|a|an|for|in|on|with|by|from|at|into|under|across|between|per|each|every|its|their|our|all|that|which)|[,&/(–-])$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE = Pattern.compile("^page\\s*\\d+(?:\\s*(?:of|/)\\s*\\d+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFICIAL = Pattern.compile("^official(?:\\s*[-–—:]?\\s*sensitive)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\d{1,3}$");
    private static final Pattern INITIALS = Pattern.compile("^[A-Z]{1,5}$");
    private static final Pattern INITIALS_LIST =
            Pattern.compile("^[A-Z]{1,5}(?:\\s*(?:[/,&+]|\\band\\b)?\\s*[A-Z]{1,5})*$");
    private static final Pattern KEY_SPLIT = Pattern.compile("\\t|[ \\u00A0]{2,}");
    private static final Set<String> HEADER_WORDS = Set.of(
            "general", "deliverable", "deliverables", "specific", "action", "actions", "success", "criteria",
            "deadline", "deadlines", "lead", "officer", "officers", "date", "target", "by", "when", "owner");
    private static final Set<String> KEY_HEADER_WORDS = Set.of(
            "initials", "initial", "name", "names", "full", "title", "job", "role", "post", "position", "designation", "lead",
            "officer", "officers", "abbreviation", "abbreviations", "acronym", "meaning", "stands", "for", "person", "responsible");
    private static final String[] COLUMNS =
            {"General deliverable", "Specific actions", "Success criteria", "Deadline", "Lead officer"};

    private static final class TaskDraft {
        final String ref;
        String title;
        final int line;
        final List<DeliverableDraft> deliverables = new ArrayList<>();

        TaskDraft(String ref, String title, int line) {
            this.ref = ref;
            this.title = title;
            this.line = line;
        }
    }

    private static final class DeliverableDraft {
        String title;
        final int line;
        final List<ItemDraft> actions = new ArrayList<>();
        final List<ItemDraft> criteria = new ArrayList<>();
        final List<String> deadlines = new ArrayList<>();
        final List<String> leads = new ArrayList<>();

        DeliverableDraft(String title, int line) {
            this.title = title;
            this.line = line;
        }

        boolean bulleted() {
            return actions.stream().anyMatch(i -> i.bulleted) || criteria.stream().anyMatch(i -> i.bulleted);
        }
    }

    private static final class ItemDraft {
        String text;
        final int line;
        final boolean bulleted;

        ItemDraft(String text, int line, boolean bulleted) {
            this.text = text;
            this.line = line;
            this.bulleted = bulleted;
        }
    }

    private static final class PersonDraft {
        final String initials;
        final String name;
        String title;
        final int line;

        PersonDraft(String initials, String name, String title, int line) {
            this.initials = initials;
            this.name = name;
            this.title = title;
            this.line = line;
        }
    }

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<TaskDraft> tasks = new ArrayList<>();
    private final List<PersonDraft> people = new ArrayList<>();
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
        Set<String> runningTitles = runningTitles(cleaned.rows);
        reader.headings = TaskHeadings.find(cleaned.rows, runningTitles);
        for (SourceTable.Row row : cleaned.rows) {
            reader.accept(ColumnShift.realign(row), runningTitles);
        }
        return reader.finish();
    }

    /** A header row: every filled cell is made of header words, e.g. a repeated "DEADLINE | LEAD OFFICER". */
    static boolean isHeaderRow(SourceTable.Row row) {
        if (row.filled() < 2) {
            return false;
        }
        for (String word : words(row.joined())) {
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
        List<String> words = words(row.joined());
        return words.contains("deliverable") || words.contains("deliverables") || words.contains("criteria");
    }

    private void accept(SourceTable.Row row, Set<String> runningTitles) {
        if (row.blank()) {
            return;
        }
        String joined = row.joined();
        String latin = Homoglyphs.toLatin(joined);
        if (isFooter(row, latin)) {
            return;
        }
        Matcher taskLine = TASK_LINE.matcher(latin);
        if (taskLine.matches()) {
            startTask(row, joined, taskLine);
            return;
        }
        if (row.filled() == 1 && KEY_HEADING.matcher(latin).matches()) {
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
        if (isKeyHeaderRow(row)) {
            deliverable = null;
            keyMode = true;
            return;
        }
        if (isHeaderRow(row)) {
            // A table header repeated at the top of a page inside the key does not end it: a row that is not a
            // key entry does, and so does a task heading.
            return;
        }
        if (keyMode) {
            if (keyRow(row)) {
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

    /** A key's own header row: "Initials | Name | Title", "Abbreviation | Full name | Job title" (two cells or more, key words only). */
    static boolean isKeyHeaderRow(SourceTable.Row row) {
        if (row.filled() < 2) {
            return false;
        }
        List<String> words = words(row.joined());
        return KEY_HEADER_WORDS.containsAll(words)
                && (words.contains("initials") || words.contains("initial") || words.contains("abbreviation")
                || words.contains("abbreviations") || words.contains("acronym") || words.contains("name") || words.contains("names"));
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

    private boolean keyRow(SourceTable.Row row) {
        List<String> parts = new ArrayList<>();
        if (row.filled() >= 2) {
            for (int i = 0; i < row.cells().size(); i++) {
                if (!row.cell(i).isEmpty()) {
                    parts.add(row.cell(i));
                }
            }
        } else {
            for (String part : KEY_SPLIT.split(row.rawCell(row.firstFilled()).strip())) {
                if (!Cells.clean(part).isEmpty()) {
                    parts.add(Cells.clean(part));
                }
            }
        }
        List<String> words = words(String.join(" ", parts));
        if (!words.isEmpty() && KEY_HEADER_WORDS.containsAll(words)) {
            return true;
        }
        String initials = Homoglyphs.toLatin(parts.get(0)).replace(".", "").replace(" ", "");
        PersonDraft last = people.isEmpty() ? null : people.get(people.size() - 1);
        if (parts.size() == 1) {
            String text = parts.get(0);
            String[] split = text.split(" ", 2);
            if (last != null && Cells.wordCount(text) <= 4) {
                // A job title wrapped onto the next line ("Head of School Organisation and" / "Capital").
                last.title = last.title == null ? text : Cells.join(last.title, text);
                return true;
            }
            String firstWord = Homoglyphs.toLatin(split[0]).replace(".", "");
            if (split.length == 2 && INITIALS.matcher(firstWord).matches()) {
                people.add(new PersonDraft(firstWord, split[1], null, row.line()));
                problems.add(new ImportProblem(row.line(), "Key", text,
                        "cannot tell the name from the job title: separate them with a tab or two spaces"));
                return true;
            }
            return false;
        }
        if (!INITIALS.matcher(initials).matches()) {
            return false;
        }
        String title = parts.size() > 2 ? String.join(" ", parts.subList(2, parts.size())) : null;
        if (title == null) {
            problems.add(new ImportProblem(row.line(), "Key", row.display(), "no job title for lead officer"));
        }
        people.add(new PersonDraft(initials, parts.get(1), title, row.line()));
        return true;
    }

    private ImportedPlan finish() {
        Set<String> known = new HashSet<>();
        for (PersonDraft p : people) {
            if (!known.add(p.initials)) {
                problems.add(new ImportProblem(p.line, "Key", p.initials, "initials appear twice in the key"));
            }
        }
        List<ImportedTask> imported = new ArrayList<>();
        for (TaskDraft t : tasks) {
            if (t.deliverables.isEmpty()) {
                problems.add(new ImportProblem(t.line, null, ((t.ref == null ? "" : t.ref) + " " + t.title).strip(),
                        "no deliverables under this task"));
            }
            List<ImportedDeliverable> deliverables = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (DeliverableDraft d : t.deliverables) {
                ImportedDeliverable built = build(d, known);
                if (!keys.add(built.key())) {
                    problems.add(new ImportProblem(d.line, COLUMNS[0], d.title,
                            "same deliverable twice in " + (t.ref == null ? t.title : t.ref)));
                }
                deliverables.add(built);
            }
            imported.add(new ImportedTask(t.ref, t.title, t.line, deliverables, null, null, null, null));
        }
        List<ImportedPerson> persons = people.stream()
                .map(p -> new ImportedPerson(p.initials, p.name, p.title, p.line)).toList();
        return new ImportedPlan(imported, persons, byLine(problems), Format.RECOVERY_PLAN_TABLE);
    }

    /**
     * Ties the deliverable's deadline cell to its items when it holds one date per item (two or more), in
     * order, separately for actions and for criteria; likewise the lead cell, when it has one line per item.
     * Otherwise the items carry no deadline or lead of their own.
     */
    private ImportedDeliverable build(DeliverableDraft d, Set<String> knownInitials) {
        String deadline = d.deadlines.isEmpty() ? null : String.join(" ", d.deadlines);
        String lead = d.leads.isEmpty() ? null : String.join(" ", d.leads);
        List<String> dates = DatePhrases.split(deadline);
        if (deadline == null) {
            problems.add(new ImportProblem(d.line, COLUMNS[3], d.title, "no deadline"));
        }
        if (lead == null) {
            problems.add(new ImportProblem(d.line, COLUMNS[4], d.title, "no lead officer"));
        } else if (!knownInitials.isEmpty() && INITIALS_LIST.matcher(lead).matches()) {
            for (String initials : lead.split("[^A-Z]+|\\band\\b")) {
                if (!initials.isEmpty() && !knownInitials.contains(initials)) {
                    problems.add(new ImportProblem(d.line, COLUMNS[4], lead,
                            "lead officer " + initials + " is not in the key"));
                }
            }
        }
        if (d.actions.isEmpty() && d.criteria.isEmpty()) {
            problems.add(new ImportProblem(d.line, COLUMNS[0], d.title, "no specific actions or success criteria"));
        }
        return new ImportedDeliverable(d.title, d.line,
                rows(d.actions, dates, d.leads, d.line, COLUMNS[1]),
                rows(d.criteria, dates, d.leads, d.line, COLUMNS[2]),
                deadline, lead);
    }

    private List<ImportedRow> rows(List<ItemDraft> items, List<String> dates, List<String> leads, int line,
                                   String column) {
        boolean pairDates = dates.size() > 1 && dates.size() == items.size();
        boolean pairLeads = leads.size() > 1 && leads.size() == items.size();
        List<ImportedRow> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ItemDraft item = items.get(i);
            ImportedRow row = new ImportedRow(item.text, item.line,
                    pairDates ? dates.get(i) : null, pairLeads ? leads.get(i) : null);
            if (!keys.add(row.key())) {
                problems.add(new ImportProblem(item.line, column, item.text, "same item twice in one deliverable"));
            }
            rows.add(row);
        }
        return rows;
    }

    static List<ImportProblem> byLine(List<ImportProblem> problems) {
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return sorted;
    }

    private static boolean isFooter(SourceTable.Row row, String latin) {
        if (row.filled() != 1) {
            return false;
        }
        return PAGE.matcher(latin).matches() || OFFICIAL.matcher(latin).matches()
                || (row.firstFilled() == 0 && LONE_NUMBER.matcher(latin).matches());
    }

    /**
     * Lines to skip as document titles: single first-column lines before the first task (outside a key),
     * and single first-column lines of three words or more, starting like a sentence, that occur twice or
     * more (running headers).
     */
    private static Set<String> runningTitles(List<SourceTable.Row> rows) {
        Set<String> titles = new LinkedHashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        boolean beforeTask = true;
        boolean inKey = false;
        for (SourceTable.Row row : rows) {
            if (row.blank()) {
                continue;
            }
            String joined = row.joined();
            String latin = Homoglyphs.toLatin(joined);
            if (TASK_LINE.matcher(latin).matches()) {
                beforeTask = false;
                continue;
            }
            if (row.filled() != 1 || row.firstFilled() != 0 || isFooter(row, latin)) {
                continue;
            }
            if (KEY_HEADING.matcher(latin).matches()) {
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

    private static List<String> words(String text) {
        return Arrays.stream(Homoglyphs.toLatin(text).toLowerCase(Locale.ROOT).split("[^a-z]+"))
                .filter(w -> !w.isEmpty()).toList();
    }
}
