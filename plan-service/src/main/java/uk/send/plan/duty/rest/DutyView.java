package uk.send.plan.duty.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.plan.duty.domain.DutyLevel;
import uk.send.plan.duty.domain.DutyStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A statutory duty of the LA as the API shows it. */
public record DutyView(UUID id,
                       @Schema(example = "LOCAL OFFER") String area,
                       DutyLevel level,
                       @Schema(example = "2014-09-01", description = "When the \"by\" requirement was due; absent for a duty that only applies after") LocalDate dueBy,
                       @Schema(description = "What was required by the date; lines for list items") String byRequirement,
                       @Schema(description = "What is required after it") String afterRequirement,
                       DutyStatus status, String evidence, String evidenceUrl,
                       @Schema(description = "Login name of whoever last changed it") String updatedBy,
                       Instant updatedAt,
                       @Schema(description = "The value of the duty's ETag") long version) {
}
