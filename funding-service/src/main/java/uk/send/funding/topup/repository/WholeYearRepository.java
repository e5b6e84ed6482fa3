package uk.send.funding.topup.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.payments.domain.PaymentFrequency;
import uk.send.funding.topup.domain.WholeYearPrices;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.send.platform.persistence.CustomPlans;

/**
 * All SQL of {@code topup_whole_year} (EHCPs placed at one setting with one band for a whole financial year) and the
 * set-based repricing of their top-up lines after an uplift.
 */
@ApplicationScoped
public class WholeYearRepository {

    /** Who is whole-year: (EHCP, setting, band). */
    public record Shape(String ehcpRef, String settingUrn, String bandCode) {
    }

    /** What the set-based repricing did: the EHCPs it covered, and per setting the change in total and the lines updated. */
    public record Repriced(Set<String> ehcps, Map<String, SettingChange> bySetting) {
    }

    public record SettingChange(BigDecimal change, int lines) {
    }

    private static final LocalDate NOTHING_PAID = LocalDate.of(1900, 1, 1);

    /*
     * One statement. price: what a whole-year EHCP of each category and band is due per month (bit: the month's bit in
     * the year, 1 << 0..11); want: per category and band, how many months are due and their bits. shape: the whole-year
     * EHCPs not pending recomputation, with their category. have: each stored top-up line of the year of such an EHCP,
     * beside the price of its month at the EHCP's category and band, and whether it fits: right setting, a priced month,
     * its pay month, no adjustment, and if paid already equal to what is due. An EHCP is covered if all its lines fit and
     * they are exactly one per due month (as many lines as months, and together every due month's bit). For a covered
     * EHCP every unpaid line whose amount differs is updated in place (found by its ctid: no index probe; a heap-only
     * tuple: amount is in no index). Anything else (a move, an adjustment, a paid month that would change) is left to the
     * per-EHCP pricing, which writes adjustment lines. "(... in covered) is true" keeps that test a hashed subplan (the
     * covered EHCPs hashed once, each line probed) where a bare "in" became a join the planner chose by its estimates: on
     * statistics taken before an LA's history was priced in bulk (autovacuum analyses a minute later; an uplift may come
     * first) every CTE looked like one row, and a nested loop compared each line with every covered EHCP, 60 million
     * comparisons for an LA of 4,000 EHCPs (16-23 s instead of under one).
     */
    private static final String REPRICE = """
            with price as (
                select * from unnest(?::varchar[], ?::varchar[], ?::date[], ?::date[], ?::numeric[], ?::int[])
                as x(category, band_code, for_month, pay_month, amount, bit)),
            kind as (
                select * from unnest(?::varchar[], ?::varchar[]) as k(setting_type, category)),
            want as (
                select category, band_code, count(*) as n, bit_or(bit) as mask from price group by category, band_code),
            shape as materialized (
                select w.ehcp_ref, w.setting_urn, w.band_code, k.category, d.n, d.mask from topup_whole_year w
                join setting s on s.tenant = w.tenant and s.urn = w.setting_urn
                join kind k on k.setting_type = s.type
                join want d on d.category = k.category and d.band_code = w.band_code
                where w.tenant = ? and w.financial_year = ? and k.category = any(?)
                and not exists (select 1 from topup_pending p where p.tenant = w.tenant and p.ehcp_ref = w.ehcp_ref)),
            have as materialized (
                select l.ctid as tid, l.ehcp_ref, l.setting_urn, l.amount, l.pay_month, x.amount as due_amount, x.bit, sh.n, sh.mask,
                       (x.amount is not null and l.setting_urn = sh.setting_urn and not l.adjustment and l.pay_month = x.pay_month
                        and (l.pay_month > ? or l.amount = x.amount)) as fits
                from payment_line l
                join shape sh on sh.ehcp_ref = l.ehcp_ref
                left join price x on x.category = sh.category and x.band_code = sh.band_code and x.for_month = l.for_month
                where l.tenant = ? and l.financial_year = ? and l.element = 'TOP_UP'),
            covered as materialized (
                select ehcp_ref from have group by ehcp_ref, n, mask
                having bool_and(fits) and count(*) = n and bit_or(bit) = mask),
            updated as (
                update payment_line l set amount = h.due_amount from have h
                where l.ctid = h.tid and (h.ehcp_ref in (select ehcp_ref from covered)) is true and h.pay_month > ? and h.amount <> h.due_amount
                returning h.setting_urn, h.due_amount - h.amount as change)
            select 'E', ehcp_ref, null, 0 from covered
            union all
            select 'S', setting_urn, sum(change), count(*) from updated group by setting_urn
            """;

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
            try (PreparedStatement ps = c.prepareStatement("insert into topup_whole_year (tenant, financial_year, ehcp_ref, setting_urn, band_code) "
                    + "select ?, ?, u.r, u.s, u.b from unnest(?::varchar[], ?::varchar[], ?::varchar[]) as u(r, s, b)")) {
                ps.setString(1, tenant);
                ps.setInt(2, year.startYear());
                ps.setArray(3, c.createArrayOf("varchar", shapes.stream().map(Shape::ehcpRef).toArray()));
                ps.setArray(4, c.createArrayOf("varchar", shapes.stream().map(Shape::settingUrn).toArray()));
                ps.setArray(5, c.createArrayOf("varchar", shapes.stream().map(Shape::bandCode).toArray()));
                ps.executeUpdate();
            }
        });
    }

    /** The setting types of the LA's register. */
    public List<String> settingTypes(String tenant) {
        @SuppressWarnings("unchecked")
        List<String> types = em.createNativeQuery("select distinct type from setting where tenant = :t").setParameter("t", tenant).getResultList();
        return types;
    }

    /**
     * Reprices the top-up lines of the year's whole-year EHCPs of {@code categories} to {@code prices}, set-based.
     *
     * @param categoryOfType the funding category of each setting type of the register
     * @param paidThrough    the last pay month paid, or null
     */
    public Repriced reprice(String tenant, FinancialYear year, List<WholeYearPrices.Cell> prices, Map<String, FundingCategory> categoryOfType,
                            Collection<FundingCategory> categories, PaymentFrequency frequency, YearMonth paidThrough) {
        Set<String> ehcps = new HashSet<>();
        Map<String, SettingChange> bySetting = new java.util.TreeMap<>();
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(REPRICE)) {
                bindReprice(c, ps, tenant, year, prices, categoryOfType, categories, frequency, paidThrough);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if ("E".equals(rs.getString(1))) {
                            ehcps.add(rs.getString(2));
                        } else {
                            bySetting.put(rs.getString(2), new SettingChange(rs.getBigDecimal(3), rs.getInt(4)));
                        }
                    }
                }
            }
        });
        return new Repriced(ehcps, bySetting);
    }

    private static void bindReprice(java.sql.Connection c, PreparedStatement ps, String tenant, FinancialYear year, List<WholeYearPrices.Cell> prices,
                                    Map<String, FundingCategory> categoryOfType, Collection<FundingCategory> categories, PaymentFrequency frequency,
                                    YearMonth paidThrough) throws java.sql.SQLException {
        ps.setArray(1, c.createArrayOf("varchar", prices.stream().map(p -> p.category().name()).toArray()));
        ps.setArray(2, c.createArrayOf("varchar", prices.stream().map(WholeYearPrices.Cell::bandCode).toArray()));
        ps.setArray(3, c.createArrayOf("date", prices.stream().map(p -> Date.valueOf(p.month().atDay(1))).toArray()));
        ps.setArray(4, c.createArrayOf("date", prices.stream().map(p -> Date.valueOf(frequency.payMonth(p.month()).atDay(1))).toArray()));
        ps.setArray(5, c.createArrayOf("numeric", prices.stream().map(WholeYearPrices.Cell::amount).toArray()));
        YearMonth april = YearMonth.from(year.start());
        ps.setArray(6, c.createArrayOf("int4", prices.stream().map(p -> 1 << (int) april.until(p.month(), ChronoUnit.MONTHS)).toArray()));
        List<String> types = new ArrayList<>(categoryOfType.keySet());
        ps.setArray(7, c.createArrayOf("varchar", types.toArray()));
        ps.setArray(8, c.createArrayOf("varchar", types.stream().map(t -> categoryOfType.get(t).name()).toArray()));
        ps.setString(9, tenant);
        ps.setInt(10, year.startYear());
        ps.setArray(11, c.createArrayOf("varchar", categories.stream().map(Enum::name).toArray()));
        Date paid = Date.valueOf(paidThrough == null ? NOTHING_PAID : paidThrough.atDay(1));
        ps.setDate(12, paid);
        ps.setString(13, tenant);
        ps.setInt(14, year.startYear());
        ps.setDate(15, paid);
    }
}
