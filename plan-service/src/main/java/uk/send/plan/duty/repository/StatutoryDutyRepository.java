package uk.send.plan.duty.repository;

import uk.send.plan.duty.domain.DutyFilter;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.plan.duty.domain.DutyLevel;
import uk.send.plan.duty.domain.DutyStatus;
import uk.send.plan.duty.entity.StatutoryDuty;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StatutoryDutyRepository implements PanacheRepositoryBase<StatutoryDuty, UUID> {

    /** MUST before SHOULD, the dated ones first, then by area. */
    private static final Sort ORDER = Sort.ascending("level").and("dueBy", Sort.NullPrecedence.NULLS_LAST).and("area").and("id");

    /** A duty of this LA; another LA's id is simply not found. */
    public Optional<StatutoryDuty> findInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    public PanacheQuery<StatutoryDuty> query(String tenant, DutyFilter filter) {
        StringBuilder q = new StringBuilder("tenant = :tenant");
        Parameters p = Parameters.with("tenant", tenant);
        if (filter.level() != null) {
            q.append(" and level = :level");
            p.and("level", filter.level());
        }
        if (filter.status() != null) {
            q.append(" and status = :status");
            p.and("status", filter.status());
        }
        return find(q.toString(), ORDER, p);
    }

    /** The MUST duties of this LA that are not (fully) met. */
    public List<StatutoryDuty> mustNotMet(String tenant) {
        return list("tenant = ?1 and level = ?2 and status <> ?3", ORDER, tenant, DutyLevel.MUST, DutyStatus.MET);
    }

    public record Count(DutyLevel level, DutyStatus status, long count) {
    }

    public List<Count> countByLevelAndStatus(String tenant) {
        return getEntityManager().createQuery("select d.level, d.status, count(d) from StatutoryDuty d where d.tenant = :tenant group by d.level, d.status", Object[].class)
                .setParameter("tenant", tenant).getResultList().stream()
                .map(r -> new Count((DutyLevel) r[0], (DutyStatus) r[1], (Long) r[2])).toList();
    }

    public long countInTenant(String tenant) {
        return count("tenant", tenant);
    }

    /**
     * Adds a duty NOT_MET unless the LA has one of this area and level already (then nothing changes, even under
     * concurrent loads: the unique (tenant, area, level) decides). Answers 1 if added, 0 if not.
     */
    public int addIfAbsent(String tenant, String area, DutyLevel level, LocalDate dueBy, String byRequirement, String afterRequirement,
                           String userId, Instant now) {
        Timestamp at = Timestamp.from(now);
        return getEntityManager().createNativeQuery("""
                        insert into statutory_duty (id, tenant, area, level, due_by, by_requirement, after_requirement, status,
                                                    updated_by, created_at, updated_at, version)
                        values (:id, :tenant, :area, :level, cast(:dueBy as date), cast(:by as text), cast(:after as text), :status, :user, :now, :now, 0)
                        on conflict (tenant, area, level) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("tenant", tenant)
                .setParameter("area", area)
                .setParameter("level", level.name())
                .setParameter("dueBy", dueBy == null ? null : dueBy.toString())
                .setParameter("by", byRequirement)
                .setParameter("after", afterRequirement)
                .setParameter("status", DutyStatus.NOT_MET.name())
                .setParameter("user", userId)
                .setParameter("now", at)
                .executeUpdate();
    }
}
