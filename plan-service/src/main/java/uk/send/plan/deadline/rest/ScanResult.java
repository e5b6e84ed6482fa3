package uk.send.plan.deadline.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What one deadline scan recorded: the notices whose events follow (see DeadlineNoticePublisher). */
@Schema(example = "{\"asOf\": \"2026-11-23\", \"approaching\": 12, \"missed\": 3}")
public record ScanResult(
        @Schema(description = "The day the scan ran as") LocalDate asOf,
        @Schema(description = "Deadline-approaching notices recorded: a deadline reached one of the lead times") int approaching,
        @Schema(description = "Deadline-missed notices recorded: a deadline passed unmet") int missed) {
}
