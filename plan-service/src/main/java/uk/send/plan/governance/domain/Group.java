package uk.send.plan.governance.domain;

import uk.send.platform.domain.Slice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A governance group with its remit, members (in the order given) and one page of its meetings, newest first. */
public record Group(UUID id, UUID programmeId, GroupKind kind, String name, String dimensionOfNeed, List<String> remit, String chair,
                    List<Seat> members, Slice<Meeting> meetings, Instant createdAt, Instant updatedAt, long version) {
}
