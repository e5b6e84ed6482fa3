package uk.send.plan.programme.domain;

import java.time.Instant;
import java.util.UUID;

/** A programme's header with the number of its tasks; {@code version} is its optimistic-lock version. */
public record ProgrammeSummary(UUID id, String title, ProgrammeKind kind, String description, long taskCount,
                               Instant createdAt, Instant updatedAt, long version) {
}
