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

/** All SQL of {@code place_commission}: places commissioned per setting and academic year. */
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
}
