package uk.send.placement.ledger.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.placement.ledger.domain.AcademicYear;
import uk.send.placement.ledger.domain.LedgerTotals.Dimension;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The ledger summed by need type, phase and setting group: one aggregate statement over an LA's year. */
@ApplicationScoped
public class LedgerTotalsRepository {

    private final EntityManager em;

    public LedgerTotalsRepository(EntityManager em) {
        this.em = em;
    }

    /** One group's sums; a dimension not grouped by is null. {@code providers} counts distinct providers. */
    public record Row(String needType, String phase, String settingGroup, int providers, int commissioned, int occupied, int requested) {
    }

    /**
     * One summed row per combination of the dimensions, occupancy counted on {@code day} from placements grouped once
     * by provider and need type (not a count per line).
     */
    @SuppressWarnings("unchecked")
    public List<Row> totals(String tenant, AcademicYear year, LocalDate day, Set<Dimension> by) {
        Set<Dimension> dims = by.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(by);
        String need = dims.contains(Dimension.NEED_TYPE) ? "c.need_type" : "null";
        String phase = dims.contains(Dimension.PHASE) ? "p.phase" : "null";
        String group = dims.contains(Dimension.SETTING_GROUP) ? "p.setting_group" : "null";
        // The three expressions come from the enum above, never from the request.
        String sql = "select " + need + " as need_type, " + phase + " as phase, " + group + " as setting_group, "
                + "count(distinct c.provider_id), coalesce(sum(c.places), 0), coalesce(sum(o.n), 0), "
                + "coalesce(sum(coalesce(c.requested, c.places)), 0) "
                + "from commissioned_places c join provider p on p.id = c.provider_id "
                + "left join (select provider_id, need_type, count(*) as n from placement where tenant = :t "
                + "           and start_date <= :d and (end_date is null or end_date >= :d) group by provider_id, need_type) o "
                + "  on o.provider_id = c.provider_id and o.need_type = c.need_type "
                + "where c.tenant = :t and c.academic_year = :y "
                + "group by 1, 2, 3 order by 1 nulls last, 2 nulls last, 3 nulls last";
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("t", tenant).setParameter("d", Date.valueOf(day))
                .setParameter("y", year.startYear()).getResultList();
        List<Row> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Row((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                    ((Number) r[5]).intValue(), ((Number) r[6]).intValue()));
        }
        return out;
    }
}
