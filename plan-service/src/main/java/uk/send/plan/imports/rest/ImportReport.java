package uk.send.plan.imports.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What an import created, updated or left as it was, and every row or cell it could not read, by line. */
public record ImportReport(
        UUID importId,
        @Schema(example = "RECOVERY_PLAN_TABLE") String format,
        Counts created,
        Counts updated,
        int unchanged,
        List<Problem> problems) {

    /** Items by kind, deadlines and people. */
    public record Counts(int phases, int tasks, int deliverables, int actions, int criteria, int deadlines, int people) {
    }

    /** One line or cell the importer could not interpret, and why. */
    public record Problem(@Schema(example = "14") int line, @Schema(example = "deadline") String column,
                          @Schema(example = "TBC") String text, @Schema(example = "could not read 'TBC' as a date") String reason) {
    }
}
