package uk.send.funding.banding.domain;

import java.time.Instant;
import java.util.UUID;

/** A scheme version with its approval record and row version (the ETag). */
public record SchemeDetails(SchemeVersion scheme, String approvedBy, Instant approvedAt, String forumMinute, String upliftRule,
                            UUID derivedFrom, Instant createdAt, Instant updatedAt, long rowVersion) {
}
