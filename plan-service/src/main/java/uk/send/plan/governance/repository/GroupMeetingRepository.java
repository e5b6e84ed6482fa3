package uk.send.plan.governance.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.plan.governance.entity.GroupMeeting;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class GroupMeetingRepository implements PanacheRepositoryBase<GroupMeeting, UUID> {

    /** A group's meetings, newest first. */
    public PanacheQuery<GroupMeeting> newestFirst(UUID groupId) {
        return find("groupId", Sort.descending("heldOn").and("createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending), groupId);
    }

    public Optional<GroupMeeting> findOf(UUID groupId, UUID id) {
        return find("id = ?1 and groupId = ?2", id, groupId).firstResultOptional();
    }
}
