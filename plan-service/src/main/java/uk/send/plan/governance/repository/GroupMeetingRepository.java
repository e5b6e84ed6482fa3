package uk.send.plan.governance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.plan.governance.entity.GroupMeeting;
import uk.send.platform.rest.PageParams;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class GroupMeetingRepository implements PanacheRepositoryBase<GroupMeeting, UUID> {

    public List<GroupMeeting> newestFirst(UUID groupId, PageParams page) {
        return find("groupId", Sort.descending("heldOn").and("createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending), groupId)
                .page(page.page, page.size).list();
    }

    public long countOf(UUID groupId) {
        return count("groupId", groupId);
    }

    public Optional<GroupMeeting> findOf(UUID groupId, UUID id) {
        return find("id = ?1 and groupId = ?2", id, groupId).firstResultOptional();
    }
}
