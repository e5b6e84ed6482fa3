package uk.send.plan.kpi.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.send.plan.kpi.entity.KpiMeasure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    /** A measure fed from {@code source}: its LA, programme and criterion. */
    public record Fed(String tenant, UUID programmeId, UUID itemId, String source) {
    }

    /** The measures, in every LA, fed from one of {@code sources} that have no measurement from their source on {@code day} yet. */
    public List<Fed> unmeasuredOn(LocalDate day, String... sources) {
        return unmeasured("m.source in (:sources)", day, Map.of("sources", List.of(sources)));
    }

    /** The measures of one LA fed from {@code source} that have no measurement from it on {@code day} yet. */
    public List<Fed> unmeasuredIn(String tenant, String source, LocalDate day) {
        return unmeasured("m.tenant = :tenant and m.source = :source", day, Map.of("tenant", tenant, "source", source));
    }

    private List<Fed> unmeasured(String which, LocalDate day, Map<String, Object> parameters) {
        var query = getEntityManager().createNativeQuery("select m.tenant, i.programme_id, m.item_id, m.source from kpi_measure m "
                + "join plan_item i on i.id = m.item_id where " + which + " and not exists (select 1 from kpi_measurement r "
                + "where r.item_id = m.item_id and r.measured_on = :day and r.source = m.source)").setParameter("day", day);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Fed((String) r[0], (UUID) r[1], (UUID) r[2], (String) r[3])).toList();
    }

    /** A programme's measures, in the order of their items. */
    public PanacheQuery<KpiMeasure> inProgramme(String tenant, UUID programmeId) {
        return find("from KpiMeasure m where m.tenant = ?1 and m.item.programme.id = ?2 order by m.item.position, m.name, m.itemId",
                tenant, programmeId);
    }
}
