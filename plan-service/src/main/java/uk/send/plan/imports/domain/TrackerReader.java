package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import uk.send.plan.text.Homoglyphs;
import uk.send.plan.imports.domain.TrackerColumns.Role;

/**
 * Reads a tracker: a header row naming its columns (see {@link TrackerColumns}), then one row per action or
 * success criterion, or per deliverable, or per task. An empty task or deliverable cell (a merged cell, or a
 * tracker that names each only once) continues the one above; a new text opens a new one. An action or
 * criterion cell may hold several bulleted items.
 * <p>
 * Deadlines and leads are written on each row. When every row of a deliverable has the same deadline (or
 * lead), it is the deliverable's and its items have none of their own; otherwise the deliverable's deadline
 * is its rows' distinct dates in order and each item keeps its own row's. This is exactly how the XLSX
 * export writes them, so a re-import of an export changes nothing. A row with a task but no deliverable,
 * action or criterion gives the task's own deadline and lead (a work programme). Without a deliverable
 * column, actions are the deliverables.
 */
final class TrackerReader {

    private static final class TaskDraft {
        final String phase;
        final String ref;
        final String title;
        final int line;
        final List<DeliverableDraft> deliverables = new ArrayList<>();
        String deadline;
        String lead;

        TaskDraft(String phase, String ref, String title, int line) {
            this.phase = phase;
            this.ref = ref;
            this.title = title;
            this.line = line;
        }
    }

    private record ItemDraft(String text, int line, boolean action, String deadline, String lead) {
    }

    private static final class DeliverableDraft {
        final String title;
        final int line;
        final List<ItemDraft> items = new ArrayList<>();
        final List<String> rowDeadlines = new ArrayList<>();
        final List<String> rowLeads = new ArrayList<>();

        DeliverableDraft(String title, int line) {
            this.title = title;
            this.line = line;
        }
    }

    private final TrackerColumns columns;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<TaskDraft> tasks = new ArrayList<>();
    private TaskDraft task;
    private DeliverableDraft deliverable;

    private TrackerReader(TrackerColumns columns) {
        this.columns = columns;
    }

    /** The header row's index in {@code rows} and its columns, if the rows have one within their first 30. */
    static Optional<Integer> headerIndex(List<SourceTable.Row> rows) {
        for (int i = 0; i < Math.min(30, rows.size()); i++) {
            if (TrackerColumns.of(rows.get(i).cells()).isPresent()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    static ImportedPlan read(List<SourceTable.Row> rows, int headerIndex, List<ImportedPerson> people) {
        TrackerReader reader = new TrackerReader(TrackerColumns.of(rows.get(headerIndex).cells()).orElseThrow());
        for (SourceTable.Row row : rows.subList(0, headerIndex)) {
            if (!row.blank()) {
                reader.problems.add(new ImportProblem(row.line(), null, row.display(), "above the tracker's header row: not read"));
            }
        }
        for (SourceTable.Row row : rows.subList(headerIndex + 1, rows.size())) {
            if (!row.blank()) {
                reader.accept(row);
            }
        }
        return new ImportedPlan(reader.finish(), people, RecoveryPlanReader.byLine(reader.problems), Format.TRACKER);
    }

    private void accept(SourceTable.Row row) {
        if (TrackerColumns.of(row.cells()).isPresent()) {
            return; // the header repeated (a second table pasted below, a printed sheet's repeated title row)
        }
        String phase = Cells.clean(columns.cell(row, Role.PHASE));
        String ref = Cells.clean(columns.cell(row, Role.REF));
        String taskText = Cells.joinLines(columns.cell(row, Role.TASK));
        if (!taskText.isEmpty() || !ref.isEmpty()) {
            openTask(row, phase, ref, taskText);
        }
        if (task == null) {
            openTask(row, phase, "", "");
        }
        String deadline = Cells.joinLines(columns.cell(row, Role.DEADLINE));
        String lead = Homoglyphs.toLatin(Cells.joinLines(columns.cell(row, Role.LEAD)));
        String deliverableText = Cells.joinLines(columns.cell(row, columns.has(Role.DELIVERABLE) ? Role.DELIVERABLE : Role.ACTION));
        if (!deliverableText.isEmpty() && (deliverable == null || !Keys.text(deliverable.title).equals(Keys.text(deliverableText)))) {
            deliverable = new DeliverableDraft(deliverableText, row.line());
            task.deliverables.add(deliverable);
        }
        List<ItemDraft> items = new ArrayList<>();
        if (columns.has(Role.DELIVERABLE)) {
            for (Cells.Segment s : Cells.segments(columns.cell(row, Role.ACTION))) {
                items.add(new ItemDraft(s.text(), row.line(), true, deadline, lead));
            }
            for (Cells.Segment s : Cells.segments(columns.cell(row, Role.CRITERION))) {
                items.add(new ItemDraft(s.text(), row.line(), false, deadline, lead));
            }
        } else {
            for (Cells.Segment s : Cells.segments(columns.cell(row, Role.CRITERION))) {
                items.add(new ItemDraft(s.text(), row.line(), false, deadline, lead));
            }
        }
        if (deliverable == null) {
            if (!items.isEmpty()) {
                problems.add(new ImportProblem(row.line(), null, row.display(), "an action or criterion with no deliverable above it"));
            } else {
                task.deadline = deadline.isEmpty() ? task.deadline : deadline;
                task.lead = lead.isEmpty() ? task.lead : lead;
            }
            return;
        }
        deliverable.items.addAll(items);
        if (!deadline.isEmpty()) {
            deliverable.rowDeadlines.add(deadline);
        }
        if (!lead.isEmpty()) {
            deliverable.rowLeads.add(lead);
        }
    }

    private void openTask(SourceTable.Row row, String phase, String ref, String taskText) {
        String title = taskText;
        String taskRef = ref.isEmpty() ? null : ref;
        Matcher m = RecoveryPlanReader.TASK_LINE.matcher(Homoglyphs.toLatin(taskText));
        if (taskRef == null && m.matches()) {
            taskRef = "Task " + Integer.parseInt(m.group(1));
            title = Cells.clean(taskText.substring(m.start(2)));
        }
        String p = phase.isEmpty() ? (task == null ? null : task.phase) : phase;
        if (task != null && sameTask(task, p, taskRef, title)) {
            return;
        }
        task = new TaskDraft(p, taskRef, title, row.line());
        tasks.add(task);
        deliverable = null;
    }

    private static boolean sameTask(TaskDraft t, String phase, String ref, String title) {
        if (!Keys.text(t.phase).equals(Keys.text(phase))) {
            return false;
        }
        return ref != null ? ref.equalsIgnoreCase(t.ref == null ? "" : t.ref) : Keys.text(t.title).equals(Keys.text(title));
    }

    private List<ImportedTask> finish() {
        List<ImportedTask> out = new ArrayList<>();
        for (TaskDraft t : tasks) {
            List<ImportedDeliverable> deliverables = new ArrayList<>();
            for (DeliverableDraft d : t.deliverables) {
                deliverables.add(build(d));
            }
            if (t.title.isEmpty() && t.ref == null && !deliverables.isEmpty()) {
                problems.add(new ImportProblem(t.line, "Task", "", "deliverables with no task: give the rows a task"));
            }
            String title = t.title.isEmpty() && t.ref != null ? t.ref : t.title;
            out.add(new ImportedTask(t.ref, title, t.line, deliverables, emptyToNull(t.phase), t.deadline, t.lead, null));
        }
        return out;
    }

    private ImportedDeliverable build(DeliverableDraft d) {
        String deadline = common(d.rowDeadlines, true);
        String lead = common(d.rowLeads, false);
        List<ImportedRow> actions = new ArrayList<>();
        List<ImportedRow> criteria = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (ItemDraft i : d.items) {
            String own = i.deadline.isEmpty() || same(i.deadline, deadline) ? null : i.deadline;
            String ownLead = i.lead.isEmpty() || same(i.lead, lead) ? null : i.lead;
            ImportedRow row = new ImportedRow(i.text, i.line, own, ownLead);
            if (!keys.add((i.action ? "a" : "c") + row.key())) {
                problems.add(new ImportProblem(i.line, i.action ? "Action" : "Success criterion", i.text, "same item twice in one deliverable"));
            }
            (i.action ? actions : criteria).add(row);
        }
        if (deadline == null) {
            problems.add(new ImportProblem(d.line, "Deadline", d.title, "no deadline"));
        }
        if (lead == null) {
            problems.add(new ImportProblem(d.line, "Lead officer", d.title, "no lead officer"));
        }
        return new ImportedDeliverable(d.title, d.line, actions, criteria, deadline, lead);
    }

    /**
     * The deliverable's deadline (or lead) from its rows': the one they share, else their distinct dates (or
     * leads) in order of first appearance; null when no row has one.
     */
    private static String common(List<String> values, boolean dates) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String v : values) {
            if (dates) {
                distinct.addAll(DatePhrases.split(v).isEmpty() ? List.of(v) : DatePhrases.split(v));
            } else {
                distinct.add(v);
            }
        }
        Set<String> whole = new LinkedHashSet<>(values);
        if (whole.size() == 1) {
            return whole.iterator().next();
        }
        return distinct.isEmpty() ? null : String.join(" ", distinct);
    }

    private static boolean same(String a, String b) {
        return b != null && Keys.text(a).equals(Keys.text(b));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
