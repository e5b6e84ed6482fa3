package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tasks, deliverables and items a {@link RecoveryPlanReader} collects while it reads, and how they become
 * the imported plan: a deliverable's deadline and lead cells, joined across the lines they wrapped over, tied
 * to its items when they hold one date (or lead) per item; and the problems of a finished tree (no deadline,
 * no lead, a lead not in the key, no items, a duplicate).
 */
final class RecoveryPlanTree {

    static final String[] COLUMNS =
            {"General deliverable", "Specific actions", "Success criteria", "Deadline", "Lead officer"};
    private static final Pattern INITIALS_LIST =
            Pattern.compile("^[A-Z]{1,5}(?:\\s*(?:[/,&+]|\\band\\b)?\\s*[A-Z]{1,5})*$");

    static final class TaskDraft {
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

    static final class DeliverableDraft {
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

    static final class ItemDraft {
        String text;
        final int line;
        final boolean bulleted;

        ItemDraft(String text, int line, boolean bulleted) {
            this.text = text;
            this.line = line;
            this.bulleted = bulleted;
        }
    }

    private final List<ImportProblem> problems;

    private RecoveryPlanTree(List<ImportProblem> problems) {
        this.problems = problems;
    }

    /** The imported plan of {@code tasks} and {@code key}; problems found on the way are added to {@code problems}. */
    static ImportedPlan build(List<TaskDraft> tasks, RecoveryPlanKey key, List<ImportProblem> problems) {
        RecoveryPlanTree tree = new RecoveryPlanTree(problems);
        Set<String> known = key.initials();
        List<ImportedTask> imported = new ArrayList<>();
        for (TaskDraft t : tasks) {
            if (t.deliverables.isEmpty()) {
                problems.add(new ImportProblem(t.line, null, ((t.ref == null ? "" : t.ref) + " " + t.title).strip(),
                        "no deliverables under this task"));
            }
            List<ImportedDeliverable> deliverables = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (DeliverableDraft d : t.deliverables) {
                ImportedDeliverable built = tree.deliverable(d, known);
                if (!keys.add(built.key())) {
                    problems.add(new ImportProblem(d.line, COLUMNS[0], d.title,
                            "same deliverable twice in " + (t.ref == null ? t.title : t.ref)));
                }
                deliverables.add(built);
            }
            imported.add(new ImportedTask(t.ref, t.title, t.line, deliverables, null, null, null, null));
        }
        return new ImportedPlan(imported, key.people(), RecoveryPlanReader.byLine(problems), Format.RECOVERY_PLAN_TABLE);
    }

    /**
     * Ties the deliverable's deadline cell to its items when it holds one date per item (two or more), in
     * order, separately for actions and for criteria; likewise the lead cell, when it has one line per item.
     * Otherwise the items carry no deadline or lead of their own.
     */
    private ImportedDeliverable deliverable(DeliverableDraft d, Set<String> knownInitials) {
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
                rows(d.actions, dates, d.leads, COLUMNS[1]),
                rows(d.criteria, dates, d.leads, COLUMNS[2]),
                deadline, lead);
    }

    private List<ImportedRow> rows(List<ItemDraft> items, List<String> dates, List<String> leads, String column) {
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
}
