package uk.send.plan.programme.rest;

import uk.send.plan.programme.domain.ProgrammeKind;

import java.time.Instant;
import java.util.UUID;

/** A programme as the API shows it; {@code version} is the value of its ETag. */
public record ProgrammeView(UUID id, String title, ProgrammeKind kind, String description, long taskCount,
                            Instant createdAt, Instant updatedAt, long version) {
}
