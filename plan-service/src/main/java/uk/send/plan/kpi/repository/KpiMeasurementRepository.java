package uk.send.plan.kpi.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.plan.kpi.entity.KpiMeasurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class KpiMeasurementRepository implements PanacheRepositoryBase<KpiMeasurement, UUID> {

    /** Newest first: by the day measured, then by when it was recorded. */
    private static final Sort NEWEST_FIRST = Sort.descending("measuredOn").and("createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);

    public PanacheQuery<KpiMeasurement> newestFirst(UUID itemId) {
        return find("itemId", NEWEST_FIRST, itemId);
    }

    /** The latest measurement and the one before it, newest first (fewer if there are fewer). */
    public List<KpiMeasurement> lastTwo(UUID itemId) {
        return find("itemId", NEWEST_FIRST, itemId).page(0, 2).list();
    }

    public Optional<KpiMeasurement> findOf(UUID itemId, UUID id) {
        return find("id = ?1 and itemId = ?2", id, itemId).firstResultOptional();
    }

    public boolean exists(UUID itemId, LocalDate measuredOn, String source) {
        return count("itemId = ?1 and measuredOn = ?2 and source = ?3", itemId, measuredOn, source) > 0;
    }
}
