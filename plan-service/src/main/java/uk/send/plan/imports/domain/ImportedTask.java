package uk.send.plan.imports.domain;

import java.util.List;

/**
 * A task of an imported plan: a recovery-plan task ("Task 4", with deliverables), a work-programme item
 * ("(a)" in phase "1", with a planning timescale and an implementation date) or a dated action (no ref, the
 * timeframe as deadline, the list's section heading as phase). Date texts are kept raw.
 *
 * @param implementationText the work programme's "Implementation" cell; null for the other formats
 */
public record ImportedTask(String ref, String title, int line, List<ImportedDeliverable> deliverables,
                           String phase, String deadlineText, String leadText, String implementationText) {

    public ImportedTask {
        deliverables = List.copyOf(deliverables);
    }

    /**
     * Stable identity for upserts. A task with a ref is known by its phase and ref, so a reworded title updates
     * the same task instead of adding a second; one without a ref is known by its phase and title.
     */
    public String key() {
        String scope = phase == null ? "" : Keys.text(phase) + "/";
        return "task:" + scope + (ref == null ? Keys.hash(title) : Keys.text(ref));
    }
}
