package uk.send.plan.programme.rest;

import uk.send.plan.item.domain.ItemStatus;
import uk.send.plan.item.rest.LeadOfficer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task as the API shows it; {@code version} is the value of its ETag. */
public record TaskView(UUID id, UUID programmeId, String title, LeadOfficer leadOfficer, LocalDate dueDate,
                       ItemStatus status, Instant updatedAt, long version) {
}
