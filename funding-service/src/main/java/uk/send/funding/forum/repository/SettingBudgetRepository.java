package uk.send.funding.forum.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.funding.forum.domain.BudgetLine;
import uk.send.funding.forum.domain.SettingBudget;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.register.entity.SettingType;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** All SQL of {@code setting_budget}: budget shares and pupil numbers per setting and financial year, within one LA. */
@ApplicationScoped
public class SettingBudgetRepository {

    private static final String SELECT = "select s.urn, s.name, s.type, s.active, b.budget_share, b.pupils, b.updated_by, b.updated_at "
            + "from setting s join setting_budget b on b.setting_id = s.id and b.financial_year = :fy where s.tenant = :t";

    private final EntityManager em;

    public SettingBudgetRepository(EntityManager em) {
        this.em = em;
    }

    /** The ids of the LA's settings with these URNs; a URN not in the register is missing from the map. */
    public Map<String, UUID> settingIds(String tenant, Collection<String> urns) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select urn, id from setting where tenant = :t and urn = any(cast(:urns as varchar[]))")
                .setParameter("t", tenant).setParameter("urns", urns.toArray(String[]::new)).getResultList();
        Map<String, UUID> out = new HashMap<>();
        rows.forEach(r -> out.put((String) r[0], (UUID) r[1]));
        return out;
    }

    /** Sets each line's budget share and pupils for the year (a line's absent value is cleared), in one batch. */
    public void upsert(String tenant, FinancialYear year, List<BudgetLine> lines, Map<String, UUID> ids, String by, Instant at) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into setting_budget (setting_id, financial_year, tenant, budget_share, pupils, "
                    + "updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (setting_id, financial_year) do update set "
                    + "budget_share = excluded.budget_share, pupils = excluded.pupils, updated_by = excluded.updated_by, updated_at = excluded.updated_at")) {
                for (BudgetLine l : lines) {
                    ps.setObject(1, ids.get(l.urn()));
                    ps.setInt(2, year.startYear());
                    ps.setString(3, tenant);
                    ps.setBigDecimal(4, l.budgetShare());
                    if (l.pupils() == null) {
                        ps.setNull(5, Types.INTEGER);
                    } else {
                        ps.setInt(5, l.pupils());
                    }
                    ps.setString(6, by);
                    ps.setTimestamp(7, Timestamp.from(at));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** One page of the year's budgets, by URN; {@code onlyUrn} limits it to one setting (a school user's own). */
    public List<SettingBudget> page(String tenant, FinancialYear year, String onlyUrn, int offset, int limit) {
        var q = em.createNativeQuery(SELECT + (onlyUrn == null ? "" : " and s.urn = :urn") + " order by s.urn offset :o limit :l")
                .setParameter("fy", year.startYear()).setParameter("t", tenant).setParameter("o", offset).setParameter("l", limit);
        if (onlyUrn != null) {
            q.setParameter("urn", onlyUrn);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(SettingBudgetRepository::toDomain).toList();
    }

    public long count(String tenant, FinancialYear year, String onlyUrn) {
        var q = em.createNativeQuery("select count(*) from setting s join setting_budget b on b.setting_id = s.id and b.financial_year = :fy "
                + "where s.tenant = :t" + (onlyUrn == null ? "" : " and s.urn = :urn")).setParameter("fy", year.startYear()).setParameter("t", tenant);
        if (onlyUrn != null) {
            q.setParameter("urn", onlyUrn);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Every setting of these types in the LA, with its budget for the year where it has one. */
    public List<SettingBudget> register(String tenant, FinancialYear year, Collection<SettingType> types) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.urn, s.name, s.type, s.active, b.budget_share, b.pupils, b.updated_by, b.updated_at "
                        + "from setting s left join setting_budget b on b.setting_id = s.id and b.financial_year = :fy "
                        + "where s.tenant = :t and s.type = any(cast(:types as varchar[])) order by s.urn")
                .setParameter("fy", year.startYear()).setParameter("t", tenant)
                .setParameter("types", types.stream().map(Enum::name).toArray(String[]::new)).getResultList();
        return rows.stream().map(SettingBudgetRepository::toDomain).toList();
    }

    private static SettingBudget toDomain(Object[] r) {
        return new SettingBudget((String) r[0], (String) r[1], SettingType.valueOf((String) r[2]), (Boolean) r[3],
                Rows.money((BigDecimal) r[4]), Rows.integer(r[5]), (String) r[6], Rows.instant(r[7]));
    }
}
