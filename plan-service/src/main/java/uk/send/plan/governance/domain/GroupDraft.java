package uk.send.plan.governance.domain;

import java.util.List;
import java.util.UUID;

/** A governance group to create, or its full new state: members and remit are replaced as given. */
public record GroupDraft(UUID programmeId, GroupKind kind, String name, String dimensionOfNeed, List<String> remit, String chair,
                         List<Seat> members) {
}
