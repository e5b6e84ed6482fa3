package uk.send.funding.exceptional.domain;

import java.time.Instant;
import java.util.UUID;

/** A reason the LA accepts for an exceptional top-up without an EHCP (e.g. TRAUMA: "recent trauma or bereavement"). */
public record Criterion(UUID id, String code, String description, boolean active, Instant createdAt, long version) {
}
