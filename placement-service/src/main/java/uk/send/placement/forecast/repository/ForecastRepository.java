package uk.send.placement.forecast.repository;

import uk.send.placement.forecast.domain.PlacementCost;
import uk.send.placement.forecast.domain.PopulationCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.placement.forecast.domain.Forecast;
import uk.send.placement.forecast.domain.Population;
import uk.send.placement.forecast.domain.Snapshots;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The forecast's SQL: placement history, population, costs, commissioned supply and stored runs. */
@ApplicationScoped
public class ForecastRepository {

    private final EntityManager em;

    public ForecastRepository(EntityManager em) {
        this.em = em;
    }

    /** Every placement of the LA with its provider's setting group, streamed into spells (one row each). */
    @SuppressWarnings("unchecked")
    public List<Snapshots.Spell> spells(String tenant) {
        List<Object[]> rows = em.createNativeQuery("select coalesce(pl.ehcp_ref, cast(pl.id as varchar)), pl.need_type, p.setting_group, pl.ncy, "
                        + "pl.start_date, pl.end_date from placement pl join provider p on p.id = pl.provider_id where pl.tenant = :t")
                .setParameter("t", tenant).getResultList();
        List<Snapshots.Spell> spells = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            spells.add(new Snapshots.Spell((String) r[0], NeedType.valueOf((String) r[1]), SettingGroup.valueOf((String) r[2]),
                    r[3] == null ? null : ((Number) r[3]).intValue(), toLocal(r[4]), r[5] == null ? null : toLocal(r[5])));
        }
        return spells;
    }

    private static LocalDate toLocal(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    /** First and last placement start year, if any. */
    public Optional<int[]> yearsSpanned(String tenant) {
        Object[] r = (Object[]) em.createNativeQuery("select min(start_date), max(coalesce(end_date, start_date)) from placement where tenant = :t")
                .setParameter("t", tenant).getSingleResult();
        return r[0] == null ? Optional.empty() : Optional.of(new int[]{toLocal(r[0]).getYear(), toLocal(r[1]).getYear()});
    }

    @SuppressWarnings("unchecked")
    public Population population(String tenant) {
        Population p = new Population();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select year, ncy, population from population_projection where tenant = :t")
                .setParameter("t", tenant).getResultList()) {
            p.put(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).doubleValue());
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    public List<PopulationCount> populationRows(String tenant) {
        List<PopulationCount> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select year, ncy, population from population_projection where tenant = :t order by year, ncy")
                .setParameter("t", tenant).getResultList()) {
            out.add(new PopulationCount(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return out;
    }

    public void putPopulation(String tenant, List<PopulationCount> rows) {
        for (PopulationCount r : rows) {
            em.createNativeQuery("insert into population_projection values (:t, :y, :n, :p) on conflict (tenant, year, ncy) do update set population = excluded.population")
                    .setParameter("t", tenant).setParameter("y", r.year()).setParameter("n", r.ncy()).setParameter("p", r.population()).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public List<PlacementCost> costs(String tenant) {
        List<PlacementCost> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select need_type, setting_group, annual_cost from placement_cost where tenant = :t order by need_type, setting_group")
                .setParameter("t", tenant).getResultList()) {
            out.add(new PlacementCost(NeedType.valueOf((String) r[0]), SettingGroup.valueOf((String) r[1]), (BigDecimal) r[2]));
        }
        return out;
    }

    public Map<String, BigDecimal> costTable(String tenant) {
        Map<String, BigDecimal> m = new HashMap<>();
        costs(tenant).forEach(c -> m.put(Forecast.costKey(c.need(), c.setting()), c.annualCost()));
        return m;
    }

    public void putCosts(String tenant, List<PlacementCost> rows) {
        for (PlacementCost r : rows) {
            em.createNativeQuery("insert into placement_cost values (:t, :n, :s, :c) on conflict (tenant, need_type, setting_group) do update set annual_cost = excluded.annual_cost")
                    .setParameter("t", tenant).setParameter("n", r.need().name()).setParameter("s", r.setting().name())
                    .setParameter("c", r.annualCost()).executeUpdate();
        }
    }

    /** Places commissioned per academic start year, need and setting group. */
    @SuppressWarnings("unchecked")
    public Map<String, Integer> commissioned(String tenant) {
        Map<String, Integer> m = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select c.academic_year, c.need_type, p.setting_group, sum(c.places) "
                        + "from commissioned_places c join provider p on p.id = c.provider_id where c.tenant = :t group by 1, 2, 3")
                .setParameter("t", tenant).getResultList()) {
            m.put(r[0] + "|" + r[1] + "|" + r[2], ((Number) r[3]).intValue());
        }
        return m;
    }

    public void saveRun(UUID id, String tenant, String createdBy, String requestJson, String resultJson, Instant at) {
        em.createNativeQuery("insert into forecast_run values (:id, :t, :at, :by, cast(:req as jsonb), cast(:res as jsonb))")
                .setParameter("id", id).setParameter("t", tenant).setParameter("at", Timestamp.from(at)).setParameter("by", createdBy)
                .setParameter("req", requestJson).setParameter("res", resultJson).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<String> result(String tenant, UUID id) {
        List<String> rows = em.createNativeQuery("select cast(result as text) from forecast_run where id = :id and tenant = :t")
                .setParameter("id", id).setParameter("t", tenant).getResultList();
        return rows.stream().findFirst();
    }
}
