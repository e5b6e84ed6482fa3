package uk.send.plan.rest;

import uk.send.plan.entity.ItemStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task as the API shows it; {@code version} is the value of its ETag. */
public record TaskView(UUID id, UUID programmeId, String title, LeadOfficer leadOfficer, LocalDate dueDate,
                       ItemStatus status, Instant updatedAt, long version) {
}
