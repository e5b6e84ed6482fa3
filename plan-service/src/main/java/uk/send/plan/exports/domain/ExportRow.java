package uk.send.plan.exports.domain;

/**
 * One row of the tracker export: an action or success criterion with its deliverable and task, or a
 * deliverable without items, or a task without deliverables. Deadline and lead are the item's own when it
 * has them, else its deliverable's (or task's), so every row reads on its own in Excel.
 */
public record ExportRow(String phase, String ref, String task, String deliverable, String action, String criterion,
                        String deadline, String lead, String leadName, String rag, String status) {
}
