package uk.send.plan.governance.domain;

import java.time.Instant;
import java.util.UUID;

/** A governance group in a list: without its remit, members and meetings. */
public record GroupHeader(UUID id, UUID programmeId, GroupKind kind, String name, String dimensionOfNeed, String chair,
                          int memberCount, Instant updatedAt, long version) {
}
