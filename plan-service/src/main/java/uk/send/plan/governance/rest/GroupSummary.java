package uk.send.plan.governance.rest;

import uk.send.plan.governance.domain.GroupKind;

import java.time.Instant;
import java.util.UUID;

/** A governance group in a list: read one for its remit, members and meetings. */
public record GroupSummary(UUID id, UUID programmeId, GroupKind kind, String name, String dimensionOfNeed, String chair,
                           int memberCount, Instant updatedAt, long version) {
}
