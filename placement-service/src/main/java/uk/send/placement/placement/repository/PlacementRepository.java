package uk.send.placement.placement.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.placement.placement.domain.PlacementSource;
import uk.send.placement.placement.entity.Placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlacementRepository implements PanacheRepositoryBase<Placement, UUID> {

    public Optional<Placement> findInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    public List<Placement> fromDecisions(String tenant, String ehcpRef) {
        return list("tenant = ?1 and ehcpRef = ?2 and source = ?3", tenant, ehcpRef, PlacementSource.DECISION);
    }

    /** Filters of the placement list; null means any. {@code activeOn}: placements running that day. */
    public record Filter(UUID providerId, List<UUID> providerIds, String ehcpRef, LocalDate activeOn) {
    }

    public PanacheQuery<Placement> query(String tenant, Filter f) {
        StringBuilder q = new StringBuilder("tenant = :tenant");
        Parameters p = Parameters.with("tenant", tenant);
        if (f.providerId() != null) {
            q.append(" and providerId = :provider");
            p.and("provider", f.providerId());
        }
        if (f.providerIds() != null) {
            q.append(" and providerId in :providers");
            p.and("providers", f.providerIds().isEmpty() ? List.of(new UUID(0, 0)) : f.providerIds());
        }
        if (f.ehcpRef() != null) {
            q.append(" and ehcpRef = :ref");
            p.and("ref", f.ehcpRef());
        }
        if (f.activeOn() != null) {
            q.append(" and startDate <= :day and (endDate is null or endDate >= :day)");
            p.and("day", f.activeOn());
        }
        return find(q.toString(), Sort.descending("startDate").and("id"), p);
    }

    /** Every placement of the LA that overlaps [from, to], for snapshots and counts. */
    public List<Placement> overlapping(String tenant, LocalDate from, LocalDate to) {
        return list("tenant = ?1 and startDate <= ?3 and (endDate is null or endDate >= ?2)", tenant, from, to);
    }
}
