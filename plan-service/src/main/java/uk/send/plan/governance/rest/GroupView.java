package uk.send.plan.governance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.plan.governance.domain.GroupKind;
import uk.send.platform.rest.Page;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A governance group with its remit, members (in the order given) and one page of its meetings, newest first. */
public record GroupView(UUID id, UUID programmeId, GroupKind kind, String name, String dimensionOfNeed,
                        List<String> remit, String chair, List<Member> members,
                        @Schema(description = "Meetings, newest first, paged by ?page&size") Page<MeetingView> meetings,
                        Instant createdAt, Instant updatedAt,
                        @Schema(description = "The value of the group's ETag") long version) {
}
