package uk.send.plan.imports.domain;

/**
 * One specific action or success criterion of a deliverable. {@code deadlineText} and {@code leadText} are
 * set only when the deliverable's deadline or lead cell could be tied to this item on its own (see
 * {@link ActionPlanParser}); null means the deliverable's deadline and lead apply.
 */
public record ImportedRow(String text, int line, String deadlineText, String leadText) {

    /** Stable identity of this item within its deliverable, unchanged by case, spacing, punctuation or wrapping. */
    public String key() {
        return "row:" + Keys.hash(text);
    }
}
