package uk.send.plan.imports.domain;

import java.util.List;
import java.util.UUID;

/**
 * What an import created, updated or left as it was, and every row or cell it could not read, by line. Stored as
 * JSON in the import log, field for field as the API's ImportReport.
 */
public record ImportOutcome(UUID importId, String format, Counts created, Counts updated, int unchanged, List<Problem> problems) {

    /** Items by kind, deadlines and people. */
    public record Counts(int phases, int tasks, int deliverables, int actions, int criteria, int deadlines, int people) {
    }

    /** One line or cell the importer could not interpret, and why. */
    public record Problem(int line, String column, String text, String reason) {
    }
}
