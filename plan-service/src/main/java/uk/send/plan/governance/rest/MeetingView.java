package uk.send.plan.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A group's meeting as the API shows it. */
public record MeetingView(UUID id, UUID groupId, LocalDate heldOn, String title, String notes, Instant createdAt) {
}
