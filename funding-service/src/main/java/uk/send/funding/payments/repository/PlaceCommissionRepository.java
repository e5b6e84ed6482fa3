package uk.send.funding.payments.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.funding.money.domain.AcademicYear;
import uk.send.funding.payments.domain.PlaceFunding;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** All SQL of {@code place_commission} (places per setting and academic year) and {@code place_commission_need} (per need type, from placement-service). */
@ApplicationScoped
public class PlaceCommissionRepository {

    private final EntityManager em;

    public PlaceCommissionRepository(EntityManager em) {
        this.em = em;
    }

    public void save(String tenant, String urn, AcademicYear year, int places, BigDecimal rate) {
        em.createNativeQuery("insert into place_commission (tenant, setting_urn, academic_year, places, rate_per_place, updated_at) "
                        + "values (:t, :u, :y, :p, :r, :now) on conflict (tenant, setting_urn, academic_year) do update set "
                        + "places = excluded.places, rate_per_place = excluded.rate_per_place, updated_at = excluded.updated_at")
                .setParameter("t", tenant).setParameter("u", urn).setParameter("y", year.startYear()).setParameter("p", places)
                .setParameter("r", rate).setParameter("now", Timestamp.from(Instant.now())).executeUpdate();
    }

    public Map<AcademicYear, PlaceFunding.Commission> commissions(String tenant, String urn) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select academic_year, places, rate_per_place from place_commission where tenant = :t and setting_urn = :u")
                .setParameter("t", tenant).setParameter("u", urn).getResultList();
        Map<AcademicYear, PlaceFunding.Commission> map = new HashMap<>();
        rows.forEach(r -> map.put(new AcademicYear(((Number) r[0]).intValue()),
                new PlaceFunding.Commission(((Number) r[1]).intValue(), (BigDecimal) r[2])));
        return map;
    }

    /** The rate of the setting's commission for the year, if one was set. */
    public java.util.Optional<BigDecimal> rate(String tenant, String urn, AcademicYear year) {
        @SuppressWarnings("unchecked")
        List<BigDecimal> rows = em.createNativeQuery("select rate_per_place from place_commission where tenant = :t and setting_urn = :u and academic_year = :y")
                .setParameter("t", tenant).setParameter("u", urn).setParameter("y", year.startYear()).getResultList();
        return rows.stream().findFirst();
    }

    /**
     * Records one need type's places (placement-service's event) unless a newer event for the same row is already held;
     * returns the setting's places for the year, the sum over its need types, or empty if the event was older.
     */
    public java.util.Optional<Integer> saveNeed(String tenant, String urn, AcademicYear year, String needType, int places, String source,
                                                Instant eventTime) {
        int written = em.createNativeQuery("insert into place_commission_need (tenant, setting_urn, academic_year, need_type, places, source, "
                        + "event_time, updated_at) values (:t, :u, :y, :n, :p, :s, :et, :now) on conflict (tenant, setting_urn, academic_year, need_type) "
                        + "do update set places = excluded.places, source = excluded.source, event_time = excluded.event_time, updated_at = excluded.updated_at "
                        + "where place_commission_need.event_time <= excluded.event_time")
                .setParameter("t", tenant).setParameter("u", urn).setParameter("y", year.startYear()).setParameter("n", needType)
                .setParameter("p", places).setParameter("s", source).setParameter("et", Timestamp.from(eventTime))
                .setParameter("now", Timestamp.from(Instant.now())).executeUpdate();
        if (written == 0) {
            return java.util.Optional.empty();
        }
        Number sum = (Number) em.createNativeQuery("select coalesce(sum(places), 0) from place_commission_need where tenant = :t and setting_urn = :u "
                + "and academic_year = :y").setParameter("t", tenant).setParameter("u", urn).setParameter("y", year.startYear()).getSingleResult();
        return java.util.Optional.of(sum.intValue());
    }
}
