package uk.send.plan.governance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A meeting a group held. */
public record Meeting(UUID id, UUID groupId, LocalDate heldOn, String title, String notes, Instant createdAt) {
}
