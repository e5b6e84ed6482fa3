package uk.send.plan.imports.domain;

import java.util.List;

/**
 * A "General deliverable" of a recovery-plan task: one row of the original Word table, however many text
 * lines the PDF extraction spread it over. The deadline and lead texts are the whole cells, raw (look-alike
 * letters in the lead made Latin); turning deadlines into dates is left to the deadline parser.
 */
public record ImportedDeliverable(String title, int line, List<ImportedRow> actions, List<ImportedRow> criteria,
                                  String deadlineText, String leadText) {

    public ImportedDeliverable {
        actions = List.copyOf(actions);
        criteria = List.copyOf(criteria);
    }

    /** Stable identity within its task, taken from the title so that re-importing a re-flowed document upserts. */
    public String key() {
        return "deliverable:" + Keys.hash(title);
    }
}
