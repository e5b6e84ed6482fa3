package uk.send.plan.imports.domain;

import java.util.List;
import java.util.UUID;
import uk.send.plan.item.domain.ItemKind;

/**
 * What an import created, updated or left as it was, and every row or cell it could not read, by line. Stored as
 * JSON in the import log, field for field as the API's ImportReport.
 */
public record ImportOutcome(UUID importId, String format, String source, boolean dryRun, Counts created, Counts updated, int unchanged,
                            List<Problem> problems, List<Item> items) {

    /** Items by kind, deadlines and people. */
    public record Counts(int phases, int tasks, int deliverables, int actions, int criteria, int deadlines, int people) {
    }

    /** One line or cell the importer could not interpret, and why; {@code source} is where in the file it stands. */
    public record Problem(int line, String column, String text, String reason, String source) {
    }

    /** Whether an item is new or changed. */
    public enum Change { CREATE, UPDATE }

    /** An item the import creates or updates, as it will stand, and the line and place in the file it came from. */
    public record Item(Change change, ItemKind kind, String ref, String title, String leadOfficer, List<String> deadlines, int line,
                       String source) {
    }

    /** The same outcome without its per-item list, as stored in the import log. */
    public ImportOutcome withoutItems() {
        return new ImportOutcome(importId, format, source, dryRun, created, updated, unchanged, problems, List.of());
    }
}
