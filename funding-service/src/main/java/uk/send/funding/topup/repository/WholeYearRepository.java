package uk.send.funding.topup.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.topup.domain.MonthPrices;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.send.platform.persistence.CustomPlans;

/**
 * All SQL of {@code topup_whole_year} (EHCPs placed at one setting with one band for a whole financial year) and of
 * {@code topup_month_price} (the shared month prices their unpaid lines read, V67).
 */
@ApplicationScoped
public class WholeYearRepository {

    /**
     * Who is whole-year: (EHCP, setting, band), the funding category of the setting when priced, whether every unpaid
     * scheduled line of the EHCP reads a shared month price, and the months it was due anything ({@link MonthPrices#monthBits}).
     */
    public record Shape(String ehcpRef, String settingUrn, String bandCode, FundingCategory category, boolean linked, int dueMonths) {
    }

    /**
     * What an approved scheme change leaves to the month prices and what it does not.
     *
     * @param oneByOne the EHCPs to price one by one
     * @param readers  the EHCPs left to their prices, grouped: how many read the prices as each {@link MonthPrices.Reader}
     */
    public record Split(List<String> oneByOne, Map<MonthPrices.Reader, Integer> readers) {
    }

    private final EntityManager em;

    public WholeYearRepository(EntityManager em) {
        this.em = em;
    }

    /** Replaces what is recorded of these EHCPs in {@code year} by {@code shapes} (those of them that are whole-year). */
    public void replace(String tenant, FinancialYear year, Collection<String> refs, List<Shape> shapes) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = CustomPlans.prepare(c, "delete from topup_whole_year where tenant = ? and financial_year = ? and ehcp_ref = any(?)")) {
                ps.setString(1, tenant);
                ps.setInt(2, year.startYear());
                ps.setArray(3, c.createArrayOf("varchar", refs.toArray()));
                ps.executeUpdate();
            }
            if (shapes.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("insert into topup_whole_year (tenant, financial_year, ehcp_ref, setting_urn, band_code, "
                    + "category, linked, due_months) select ?, ?, u.r, u.s, u.b, u.c, u.l, u.m "
                    + "from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::boolean[], ?::int[]) as u(r, s, b, c, l, m)")) {
                ps.setString(1, tenant);
                ps.setInt(2, year.startYear());
                ps.setArray(3, c.createArrayOf("varchar", shapes.stream().map(Shape::ehcpRef).toArray()));
                ps.setArray(4, c.createArrayOf("varchar", shapes.stream().map(Shape::settingUrn).toArray()));
                ps.setArray(5, c.createArrayOf("varchar", shapes.stream().map(Shape::bandCode).toArray()));
                ps.setArray(6, c.createArrayOf("varchar", shapes.stream().map(sh -> sh.category() == null ? null : sh.category().name()).toArray()));
                ps.setArray(7, c.createArrayOf("boolean", shapes.stream().map(Shape::linked).toArray()));
                ps.setArray(8, c.createArrayOf("int4", shapes.stream().map(Shape::dueMonths).toArray()));
                ps.executeUpdate();
            }
        });
    }

    /** The stored month prices of {@code year} in {@code categories}. */
    public List<MonthPrices.Stored> prices(String tenant, FinancialYear year, Collection<FundingCategory> categories) {
        List<MonthPrices.Stored> found = new ArrayList<>();
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select id, category, band_code, for_month, pay_month, amount from topup_month_price "
                    + "where tenant = ? and financial_year = ? and category = any(?)")) {
                ps.setString(1, tenant);
                ps.setInt(2, year.startYear());
                ps.setArray(3, c.createArrayOf("varchar", categories.stream().map(Enum::name).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new MonthPrices.Stored(rs.getLong(1), new MonthPrices.Key(FundingCategory.valueOf(rs.getString(2)), rs.getString(3),
                                YearMonth.from(rs.getDate(4).toLocalDate()), YearMonth.from(rs.getDate(5).toLocalDate())), rs.getBigDecimal(6)));
                    }
                }
            }
        });
        return found;
    }

    /** Stores new month prices (a key already stored is left as it is). */
    public void insertPrices(String tenant, FinancialYear year, Map<MonthPrices.Key, BigDecimal> prices) {
        if (prices.isEmpty()) {
            return;
        }
        List<MonthPrices.Key> keys = new ArrayList<>(prices.keySet());
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into topup_month_price (tenant, financial_year, category, band_code, for_month, "
                    + "pay_month, amount) select ?, ?, u.c, u.b, u.f, u.p, u.m from unnest(?::varchar[], ?::varchar[], ?::date[], ?::date[], ?::numeric[]) "
                    + "as u(c, b, f, p, m) on conflict on constraint topup_month_price_cell do nothing")) {
                ps.setString(1, tenant);
                ps.setInt(2, year.startYear());
                ps.setArray(3, c.createArrayOf("varchar", keys.stream().map(k -> k.category().name()).toArray()));
                ps.setArray(4, c.createArrayOf("varchar", keys.stream().map(MonthPrices.Key::bandCode).toArray()));
                ps.setArray(5, c.createArrayOf("date", keys.stream().map(k -> Date.valueOf(k.forMonth().atDay(1))).toArray()));
                ps.setArray(6, c.createArrayOf("date", keys.stream().map(k -> Date.valueOf(k.payMonth().atDay(1))).toArray()));
                ps.setArray(7, c.createArrayOf("numeric", keys.stream().map(prices::get).toArray()));
                ps.executeUpdate();
            }
        });
    }

    /** Sets stored month prices to new amounts (by id). */
    public void updatePrices(String tenant, Map<Long, BigDecimal> amounts) {
        if (amounts.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("update topup_month_price p set amount = u.m from unnest(?::bigint[], ?::numeric[]) as u(id, m) "
                    + "where p.id = u.id and p.tenant = ?")) {
                ps.setArray(1, c.createArrayOf("bigint", amounts.keySet().toArray()));
                ps.setArray(2, c.createArrayOf("numeric", amounts.values().toArray()));
                ps.setString(3, tenant);
                ps.executeUpdate();
            }
        });
    }

    /*
     * left_ehcp: the whole-year EHCPs whose top-up an approved scheme change leaves to their month prices: linked when last
     * priced, their setting still of the category they were priced in ("URN|category" pairs of the register), due in the
     * same months as their (category, band) is now ("category|band|months", without the (category, band) to price one by
     * one), not waiting to be recomputed. Answered as 'R' rows, every other EHCP the scheme can reprice
     * (DecisionLogRepository.PRICED_REFS), and 'G' rows, the left EHCPs counted per setting, (category, band) and months:
     * 19,000 EHCPs are ~600 groups. The tests are "= any(array)", which PostgreSQL hashes when planned with the arrays'
     * values (CustomPlans), and "not in (pending)", a hashed subplan: joins here were planned from topup_whole_year's
     * statistics, often older than its rows (one row estimated), and became nested loops re-reading the arrays per row (0.3 s).
     */
    private static final String SPLIT = """
            with left_ehcp as materialized (
                select w.ehcp_ref, w.setting_urn, w.category, w.band_code, w.due_months from topup_whole_year w
                where w.tenant = ? and w.financial_year = ? and w.linked
                and (w.setting_urn || '|' || w.category) = any(?::text[])
                and (w.category || '|' || w.band_code || '|' || w.due_months) = any(?::text[])
                and w.ehcp_ref not in (select p.ehcp_ref from topup_pending p where p.tenant = ?)),
            priced as (%s)
            select 'R', p.ehcp_ref, null, null, 0, 0 from priced p where not exists (select 1 from left_ehcp l where l.ehcp_ref = p.ehcp_ref)
            union all
            select 'G', setting_urn, category, band_code, due_months, count(*) from left_ehcp group by setting_urn, category, band_code, due_months
            """.formatted(DecisionLogRepository.PRICED_REFS);

    /**
     * Splits the EHCPs an approved scheme change can reprice into those left to their month prices and those to price
     * one by one.
     *
     * @param categoryOfSetting the funding category of each setting of the register, by URN
     * @param dueMonths         per (category, band) of the categories repriced, the months it is now due anything
     * @param oneByOne          (category, band) whose children are all to be priced one by one
     */
    public Split split(String tenant, FinancialYear year, Map<String, FundingCategory> categoryOfSetting,
                       Map<MonthPrices.CategoryBand, Integer> dueMonths, Collection<MonthPrices.CategoryBand> oneByOne) {
        List<String> refs = new ArrayList<>();
        Map<MonthPrices.Reader, Integer> readers = new LinkedHashMap<>();
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = CustomPlans.prepare(c, SPLIT)) {
                ps.setString(1, tenant);
                ps.setInt(2, year.startYear());
                ps.setArray(3, c.createArrayOf("text", categoryOfSetting.entrySet().stream().map(e -> e.getKey() + "|" + e.getValue().name()).toArray()));
                ps.setArray(4, c.createArrayOf("text", dueMonths.entrySet().stream().filter(e -> !oneByOne.contains(e.getKey()))
                        .map(e -> e.getKey().category().name() + "|" + e.getKey().bandCode() + "|" + e.getValue()).toArray()));
                ps.setString(5, tenant);
                ps.setString(6, tenant);
                ps.setString(7, tenant);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if ("R".equals(rs.getString(1))) {
                            refs.add(rs.getString(2));
                        } else {
                            readers.put(new MonthPrices.Reader(rs.getString(2), new MonthPrices.CategoryBand(FundingCategory.valueOf(rs.getString(3)),
                                    rs.getString(4)), rs.getInt(5)), rs.getInt(6));
                        }
                    }
                }
            }
        });
        return new Split(refs, readers);
    }
}
