package uk.send.placement.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.platform.events.PlacementCounts;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** SQL of the reminders and monthly counts. */
@ApplicationScoped
public class ReportingRepository {

    private final EntityManager em;

    public ReportingRepository(EntityManager em) {
        this.em = em;
    }

    /** Every LA with a provider: the ones that can have placement deadlines or counts. */
    @SuppressWarnings("unchecked")
    public List<String> tenants() {
        return em.createNativeQuery("select distinct tenant from provider order by tenant").getResultList();
    }

    /** Records a reminder; false if this deadline was already reminded at this lead time. */
    public boolean notice(String tenant, String key, LocalDate due, int leadDays) {
        return em.createNativeQuery("insert into deadline_notice values (:t, :k, :d, :l, now()) on conflict do nothing")
                .setParameter("t", tenant).setParameter("k", key).setParameter("d", Date.valueOf(due)).setParameter("l", leadDays)
                .executeUpdate() == 1;
    }

    public PlacementCounts counts(String tenant, YearMonth month, LocalDate asOf) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*),
                       count(*) filter (where p.setting_group = 'INDEPENDENT'),
                       count(*) filter (where pl.out_of_area),
                       coalesce(sum(pl.annual_cost) filter (where p.setting_group = 'INDEPENDENT'), 0),
                       coalesce(sum(pl.annual_cost) filter (where pl.out_of_area), 0)
                from placement pl join provider p on p.id = pl.provider_id
                where pl.tenant = :t and pl.start_date <= :d and (pl.end_date is null or pl.end_date >= :d)""")
                .setParameter("t", tenant).setParameter("d", Date.valueOf(asOf)).getSingleResult();
        return new PlacementCounts(month.toString(), asOf, ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((BigDecimal) r[3]).setScale(2), ((BigDecimal) r[4]).setScale(2));
    }

    /** Claims the month's publication; false if it was published before. */
    public boolean claimMonth(String tenant, YearMonth month) {
        return em.createNativeQuery("insert into counts_published values (:t, :m) on conflict do nothing")
                .setParameter("t", tenant).setParameter("m", Date.valueOf(month.atDay(1))).executeUpdate() == 1;
    }
}
