package uk.send.plan.governance.domain;

import java.util.UUID;

/** Filters of the group list; null means "any". */
public record GroupFilter(UUID programmeId, GroupKind kind) {
}
