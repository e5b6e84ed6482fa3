package uk.send.plan.governance.repository;

import uk.send.plan.governance.domain.GroupFilter;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.plan.governance.entity.GovernanceGroup;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class GovernanceGroupRepository implements PanacheRepositoryBase<GovernanceGroup, UUID> {

    /** A group of this LA; another LA's id is simply not found. */
    public Optional<GovernanceGroup> findInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    public PanacheQuery<GovernanceGroup> query(String tenant, GroupFilter filter) {
        StringBuilder q = new StringBuilder("tenant = :tenant");
        Parameters p = Parameters.with("tenant", tenant);
        if (filter.programmeId() != null) {
            q.append(" and programmeId = :programme");
            p.and("programme", filter.programmeId());
        }
        if (filter.kind() != null) {
            q.append(" and kind = :kind");
            p.and("kind", filter.kind());
        }
        return find(q.toString(), Sort.ascending("name").and("id"), p);
    }
}
