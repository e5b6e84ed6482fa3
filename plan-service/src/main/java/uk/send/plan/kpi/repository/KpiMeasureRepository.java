package uk.send.plan.kpi.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.send.plan.kpi.entity.KpiMeasure;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class KpiMeasureRepository implements PanacheRepositoryBase<KpiMeasure, UUID> {

    /** The measure of a criterion of this LA's programme; anything else is simply not found. */
    public Optional<KpiMeasure> findInProgramme(String tenant, UUID programmeId, UUID itemId) {
        return find("itemId = ?1 and tenant = ?2 and item.programme.id = ?3", itemId, tenant, programmeId).firstResultOptional();
    }

    /** The same, holding the measure's row lock, so that its events leave in the order its measurements commit. */
    public Optional<KpiMeasure> lockInProgramme(String tenant, UUID programmeId, UUID itemId) {
        return find("itemId = ?1 and tenant = ?2 and item.programme.id = ?3", itemId, tenant, programmeId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A programme's measures, in the order of their items. */
    public PanacheQuery<KpiMeasure> inProgramme(String tenant, UUID programmeId) {
        return find("from KpiMeasure m where m.tenant = ?1 and m.item.programme.id = ?2 order by m.item.position, m.name, m.itemId",
                tenant, programmeId);
    }
}
