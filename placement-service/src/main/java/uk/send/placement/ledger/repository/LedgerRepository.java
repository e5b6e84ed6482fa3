package uk.send.placement.ledger.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.placement.ledger.domain.AcademicYear;
import uk.send.placement.ledger.domain.LedgerLine;
import uk.send.placement.ledger.domain.LedgerSettings;
import uk.send.placement.ledger.domain.VacancyBand;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The ledger's SQL: commissioned places, the LA's settings and occupancy counted from placements. */
@ApplicationScoped
public class LedgerRepository {

    /** The place change request deadline when an LA has set none: 1 December. */
    public static final MonthDay DEFAULT_PCR_DEADLINE = MonthDay.of(12, 1);

    private final EntityManager em;

    public LedgerRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The LA's ledger generation: moved by a trigger (migration V5) in the same transaction as any change to a
     * provider, commission, placement or the vacancy band of the LA; 0 before the first.
     */
    public long generation(String tenant) {
        List<?> rows = em.createNativeQuery("select generation from ledger_generation where tenant = :t")
                .setParameter("t", tenant).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    public LedgerSettings settings(String tenant) {
        List<?> rows = em.createNativeQuery("select vacancy_min_pct, vacancy_max_pct, pcr_deadline_month, pcr_deadline_day, version "
                + "from placement_settings where tenant = :t").setParameter("t", tenant).getResultList();
        if (rows.isEmpty()) {
            return new LedgerSettings(VacancyBand.DEFAULT, DEFAULT_PCR_DEADLINE, 0, false);
        }
        Object[] r = (Object[]) rows.get(0);
        return new LedgerSettings(new VacancyBand((BigDecimal) r[0], (BigDecimal) r[1]),
                MonthDay.of(((Number) r[2]).intValue(), ((Number) r[3]).intValue()), ((Number) r[4]).longValue(), true);
    }

    /** Writes the settings if still at {@code expectedVersion}; false when another change got there first. */
    public boolean saveSettings(String tenant, VacancyBand band, MonthDay deadline, Long expectedVersion) {
        if (expectedVersion == null) {
            return em.createNativeQuery("insert into placement_settings values (:t, :min, :max, :m, :d, 0) on conflict do nothing")
                    .setParameter("t", tenant).setParameter("min", band.minPct()).setParameter("max", band.maxPct())
                    .setParameter("m", deadline.getMonthValue()).setParameter("d", deadline.getDayOfMonth()).executeUpdate() == 1;
        }
        return em.createNativeQuery("update placement_settings set vacancy_min_pct = :min, vacancy_max_pct = :max, pcr_deadline_month = :m, "
                        + "pcr_deadline_day = :d, version = version + 1 where tenant = :t and version = :v")
                .setParameter("t", tenant).setParameter("min", band.minPct()).setParameter("max", band.maxPct())
                .setParameter("m", deadline.getMonthValue()).setParameter("d", deadline.getDayOfMonth())
                .setParameter("v", expectedVersion).executeUpdate() == 1;
    }

    public record Commission(int places, Integer requested, VacancyBand.State bandState, long version) {
    }

    /** The commission row, locked for the rest of the transaction. */
    public Optional<Commission> lockCommission(String tenant, UUID providerId, AcademicYear year, NeedType need) {
        List<?> rows = em.createNativeQuery("select places, requested, band_state, version from commissioned_places "
                        + "where tenant = :t and provider_id = :p and academic_year = :y and need_type = :n for update")
                .setParameter("t", tenant).setParameter("p", providerId).setParameter("y", year.startYear())
                .setParameter("n", need.name()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Commission(((Number) r[0]).intValue(), r[1] == null ? null : ((Number) r[1]).intValue(),
                VacancyBand.State.valueOf((String) r[2]), ((Number) r[3]).longValue()));
    }

    /** Every place commissioned at a provider for an academic year, over all need types; 0 when it has none. */
    public int placesCommissioned(String tenant, UUID providerId, AcademicYear year) {
        return ((Number) em.createNativeQuery("select coalesce(sum(places), 0) from commissioned_places where tenant = :t and provider_id = :p and academic_year = :y")
                .setParameter("t", tenant).setParameter("p", providerId).setParameter("y", year.startYear()).getSingleResult()).intValue();
    }

    public void insertCommission(String tenant, UUID providerId, AcademicYear year, NeedType need, int places, Integer requested) {
        em.createNativeQuery("insert into commissioned_places (tenant, provider_id, academic_year, need_type, places, requested, band_state, version) "
                        + "values (:t, :p, :y, :n, :places, :req, 'IN', 0)")
                .setParameter("t", tenant).setParameter("p", providerId).setParameter("y", year.startYear()).setParameter("n", need.name())
                .setParameter("places", places).setParameter("req", requested).executeUpdate();
    }

    public void updateCommission(String tenant, UUID providerId, AcademicYear year, NeedType need, int places, Integer requested) {
        em.createNativeQuery("update commissioned_places set places = :places, requested = :req, version = version + 1 "
                        + "where tenant = :t and provider_id = :p and academic_year = :y and need_type = :n")
                .setParameter("t", tenant).setParameter("p", providerId).setParameter("y", year.startYear()).setParameter("n", need.name())
                .setParameter("places", places).setParameter("req", requested).executeUpdate();
    }

    public void setBandState(String tenant, UUID providerId, AcademicYear year, NeedType need, VacancyBand.State state) {
        em.createNativeQuery("update commissioned_places set band_state = :s "
                        + "where tenant = :t and provider_id = :p and academic_year = :y and need_type = :n")
                .setParameter("s", state.name()).setParameter("t", tenant).setParameter("p", providerId)
                .setParameter("y", year.startYear()).setParameter("n", need.name()).executeUpdate();
    }

    /** The (year, need) commission rows of a provider from {@code fromYear} on, for the band check. */
    @SuppressWarnings("unchecked")
    public List<Object[]> commissionsFrom(String tenant, UUID providerId, AcademicYear fromYear) {
        return em.createNativeQuery("select academic_year, need_type from commissioned_places where tenant = :t and provider_id = :p "
                        + "and academic_year >= :y order by academic_year, need_type for update")
                .setParameter("t", tenant).setParameter("p", providerId).setParameter("y", fromYear.startYear()).getResultList();
    }

    public int occupied(String tenant, UUID providerId, NeedType need, LocalDate day) {
        return ((Number) em.createNativeQuery("select count(*) from placement where tenant = :t and provider_id = :p and need_type = :n "
                        + "and start_date <= :d and (end_date is null or end_date >= :d)")
                .setParameter("t", tenant).setParameter("p", providerId).setParameter("n", need.name()).setParameter("d", Date.valueOf(day))
                .getSingleResult()).intValue();
    }

    /**
     * One page of lines first (commissioned_places and provider only), then the occupancy of just those lines,
     * each an index-only count: a page costs the same whatever the size of the placement history.
     */
    private static final String LINES = """
            select k.provider_id, k.name, k.urn, k.setting_group, k.la_code, k.need_type, k.places,
                   (select count(*) from placement pl where pl.tenant = :t and pl.provider_id = k.provider_id and pl.need_type = k.need_type
                      and pl.start_date <= :d and (pl.end_date is null or pl.end_date >= :d)) as occupied,
                   k.requested
            from (select c.provider_id, p.name, p.urn, p.setting_group, p.la_code, c.need_type, c.places, c.requested
                  from commissioned_places c join provider p on p.id = c.provider_id
                  where c.tenant = :t and c.academic_year = :y and (cast(:provider as uuid) is null or c.provider_id = cast(:provider as uuid))
                  order by p.name, p.id, c.need_type
                  limit :size offset :offset) k
            order by k.name, k.provider_id, k.need_type""";

    public record LinesPage(List<LedgerLine> lines, long total) {
    }

    /** One page of the ledger of {@code year}, occupancy counted on {@code day}, in provider name order. */
    @SuppressWarnings("unchecked")
    public LinesPage lines(String tenant, AcademicYear year, LocalDate day, VacancyBand band, UUID providerId, int offset, int size) {
        List<Object[]> rows = em.createNativeQuery(LINES)
                .setParameter("t", tenant).setParameter("d", Date.valueOf(day)).setParameter("y", year.startYear())
                .setParameter("provider", providerId == null ? null : providerId.toString())
                .setParameter("size", size).setParameter("offset", offset).getResultList();
        List<LedgerLine> lines = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            int places = ((Number) r[6]).intValue();
            int occupied = ((Number) r[7]).intValue();
            String laCode = (String) r[4];
            lines.add(new LedgerLine((UUID) r[0], (String) r[1], (String) r[2], SettingGroup.valueOf((String) r[3]),
                    laCode != null && !laCode.equalsIgnoreCase(tenant), year, NeedType.valueOf((String) r[5]), places, occupied,
                    r[8] == null ? null : ((Number) r[8]).intValue(), band.classify(places, occupied)));
        }
        long total = ((Number) em.createNativeQuery("select count(*) from commissioned_places where tenant = :t and academic_year = :y "
                        + "and (cast(:provider as uuid) is null or provider_id = cast(:provider as uuid))")
                .setParameter("t", tenant).setParameter("y", year.startYear()).setParameter("provider", providerId == null ? null : providerId.toString())
                .getSingleResult()).longValue();
        return new LinesPage(lines, total);
    }

    /** Makes sure a (provider, year, need) line exists, with no places if none were commissioned: placements there show in the ledger. */
    public void ensureLine(String tenant, UUID providerId, AcademicYear year, NeedType need) {
        em.createNativeQuery("insert into commissioned_places (tenant, provider_id, academic_year, need_type, places, requested, band_state, version) "
                        + "values (:t, :p, :y, :n, 0, null, 'IN', 0) on conflict do nothing")
                .setParameter("t", tenant).setParameter("p", providerId).setParameter("y", year.startYear()).setParameter("n", need.name())
                .executeUpdate();
    }

    /** Per provider (with a URN or UKPRN): places this year and places requested for the next, all need types summed. */
    @SuppressWarnings("unchecked")
    public List<Object[]> placeChangeRows(String tenant, AcademicYear year) {
        return em.createNativeQuery("""
                select p.urn, p.ukprn, p.name, sum(c.places), sum(coalesce(c.requested, c.places))
                from commissioned_places c join provider p on p.id = c.provider_id
                where c.tenant = :t and c.academic_year = :y and (p.urn is not null or p.ukprn is not null)
                  and (p.la_code is null or upper(p.la_code) = upper(:t))
                group by p.urn, p.ukprn, p.name order by p.urn nulls last, p.ukprn""")
                .setParameter("t", tenant).setParameter("y", year.startYear()).getResultList();
    }
}
