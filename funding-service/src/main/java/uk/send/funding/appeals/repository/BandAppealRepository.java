package uk.send.funding.appeals.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.send.funding.appeals.domain.AppealStatus;
import uk.send.funding.appeals.entity.BandAppealEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BandAppealRepository implements PanacheRepositoryBase<BandAppealEntity, UUID> {

    public Optional<BandAppealEntity> findInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    public Optional<BandAppealEntity> lockInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Lodged appeals of any LA to be heard by {@code hearByOnOrBefore} whose due event is not yet raised (locked, others skip them). */
    public List<BandAppealEntity> dueNotNotified(LocalDate hearByOnOrBefore, int limit) {
        return find("status = ?1 and hearBy <= ?2 and dueNotifiedAt is null", Sort.ascending("hearBy"), AppealStatus.LODGED, hearByOnOrBefore)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }

    /** @param settingUrn only this setting's appeals (a school user's own); null for all */
    public PanacheQuery<BandAppealEntity> query(String tenant, AppealStatus status, String settingUrn, String ehcpRef) {
        StringBuilder q = new StringBuilder("tenant = :tenant");
        Parameters p = Parameters.with("tenant", tenant);
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        if (settingUrn != null) {
            q.append(" and settingUrn = :urn");
            p.and("urn", settingUrn);
        }
        if (ehcpRef != null) {
            q.append(" and ehcpRef = :ref");
            p.and("ref", ehcpRef);
        }
        return find(q.toString(), Sort.ascending("hearBy").and("id"), p);
    }
}
