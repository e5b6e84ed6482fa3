package uk.send.funding.payments.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.payments.domain.Element;
import uk.send.funding.payments.domain.FundingPolicy;
import uk.send.funding.payments.domain.PaymentFrequency;
import uk.send.funding.payments.domain.PaymentLine;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.send.platform.persistence.CustomPlans;

/**
 * All SQL of {@code payment_line} and {@code payment_close}. Bulk reads and writes are set-based (arrays, unnest). Lines are
 * read through {@code payment_line_due}, which gives a line that reads a shared month price (a whole-year child's unpaid
 * month, V67) that price's amount.
 */
@ApplicationScoped
public class PaymentLineRepository {

    private static final String COLUMNS = "id, setting_urn, ehcp_ref, element, for_month, pay_month, adjustment, amount, reason, price_id";
    private static final String INSERT = "insert into payment_line (tenant, financial_year, setting_urn, ehcp_ref, element, for_month, "
            + "pay_month, adjustment, amount, price_id, reason, created_at) "
            + "select ?, ?, u.s, u.e, u.el, u.f, u.p, u.a, case when u.pid is null then u.m end, u.pid, u.r, ? "
            + "from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::date[], ?::boolean[], ?::numeric[], ?::varchar[], ?::bigint[]) "
            + "as u(s, e, el, f, p, a, m, r, pid)";
    private static final int CHUNK = 10_000;

    private final EntityManager em;

    public PaymentLineRepository(EntityManager em) {
        this.em = em;
    }

    /** Serialises recomputations of one LA's schedules (until the transaction ends), so two never interleave. */
    public void lockTenant(String tenant) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('payment-schedule:' || :t))").setParameter("t", tenant).getSingleResult();
    }

    /** Stored lines, and for those that read a shared month price, its id (by line id). */
    public record StoredLines(List<PaymentLine> lines, Map<Long, Long> priceIds) {
    }

    /** Top-up lines of the given EHCPs in a year; {@code refs} null means every EHCP of the LA. */
    public StoredLines topUpLines(String tenant, FinancialYear year, Collection<String> refs) {
        String sql = "select " + COLUMNS + " from payment_line_due where tenant = ? and financial_year = ? and element = 'TOP_UP'"
                + (refs == null ? "" : " and ehcp_ref = any(?)");
        Map<Long, Long> priceIds = new HashMap<>();
        List<PaymentLine> found = query(sql, priceIds, ps -> {
            ps.setString(1, tenant);
            ps.setInt(2, year.startYear());
            if (refs != null) {
                ps.setArray(3, ps.getConnection().createArrayOf("varchar", refs.toArray()));
            }
        });
        return new StoredLines(found, priceIds);
    }

    public List<PaymentLine> placeLines(String tenant, FinancialYear year, String settingUrn) {
        return query("select " + COLUMNS + " from payment_line_due where tenant = ? and financial_year = ? and element = 'PLACE_FUNDING' "
                + "and setting_urn = ?", ps -> {
            ps.setString(1, tenant);
            ps.setInt(2, year.startYear());
            ps.setString(3, settingUrn);
        });
    }

    /** The financial years in which any of these EHCPs has lines. */
    public List<FinancialYear> yearsWithLines(String tenant, Collection<String> refs) {
        @SuppressWarnings("unchecked")
        List<Number> years = em.createNativeQuery("select distinct financial_year from payment_line where tenant = :t and ehcp_ref in (:refs)")
                .setParameter("t", tenant).setParameter("refs", refs).getResultList();
        return years.stream().map(n -> new FinancialYear(n.intValue())).toList();
    }

    /**
     * What to write: (unpaid) lines to delete, lines whose amount changes in place, new lines. {@code updatePriceIds} and
     * {@code insertPriceIds} (parallel to {@code updateIds} and {@code insert}) give the shared month price a line is to
     * read instead of holding its amount, or null.
     */
    public record Write(List<Long> delete, List<Long> updateIds, List<BigDecimal> updateAmounts, List<PaymentLine> insert,
                        List<Long> updatePriceIds, List<Long> insertPriceIds) {
        public Write {
            if (updatePriceIds.size() != updateIds.size() || updateAmounts.size() != updateIds.size() || insertPriceIds.size() != insert.size()) {
                throw new IllegalArgumentException("parallel lists of different lengths");
            }
        }

        /** Lines that all hold their own amounts. */
        public Write(List<Long> delete, List<Long> updateIds, List<BigDecimal> updateAmounts, List<PaymentLine> insert) {
            this(delete, updateIds, updateAmounts, insert, Collections.nCopies(updateIds.size(), null),
                    Collections.nCopies(insert.size(), null));
        }
    }

    /** Deletes, updates in place and inserts, in a handful of set-based statements. */
    public void apply(String tenant, FinancialYear year, Write w) {
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            if (!w.delete().isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("delete from payment_line where tenant = ? and id = any(?)")) {
                    ps.setString(1, tenant);
                    ps.setArray(2, c.createArrayOf("bigint", w.delete().toArray()));
                    ps.executeUpdate();
                }
            }
            if (!w.updateIds().isEmpty()) {
                // "p.id = any(ids)" as well as the join: the rows are then found by primary-key probes. With the join alone,
                // from some thousands of ids on (an uplift's movers: 8,800 lines) the planner merge-joins the sorted ids
                // with the whole primary key index of the table (480,000 entries, 0.3-0.4 s).
                java.sql.Array ids = c.createArrayOf("bigint", w.updateIds().toArray());
                try (PreparedStatement ps = c.prepareStatement("update payment_line p set amount = case when u.pid is null then u.m end, "
                        + "price_id = u.pid from unnest(?::bigint[], ?::numeric[], ?::bigint[]) as u(id, m, pid) "
                        + "where p.id = u.id and p.tenant = ? and p.id = any(?)")) {
                    ps.setArray(1, ids);
                    ps.setArray(2, c.createArrayOf("numeric", w.updateAmounts().toArray()));
                    ps.setArray(3, c.createArrayOf("bigint", w.updatePriceIds().toArray()));
                    ps.setString(4, tenant);
                    ps.setArray(5, ids);
                    ps.executeUpdate();
                }
            }
            for (int from = 0; from < w.insert().size(); from += CHUNK) {
                int to = Math.min(w.insert().size(), from + CHUNK);
                insertChunk(c, tenant, year, w.insert().subList(from, to), w.insertPriceIds().subList(from, to));
            }
        });
    }

    private static void insertChunk(Connection c, String tenant, FinancialYear year, List<PaymentLine> lines, List<Long> priceIds)
            throws SQLException {
        int n = lines.size();
        String[] urns = new String[n];
        String[] refs = new String[n];
        String[] elements = new String[n];
        Date[] forMonths = new Date[n];
        Date[] payMonths = new Date[n];
        Boolean[] adjustments = new Boolean[n];
        BigDecimal[] amounts = new BigDecimal[n];
        String[] reasons = new String[n];
        for (int i = 0; i < n; i++) {
            PaymentLine l = lines.get(i);
            urns[i] = l.settingUrn();
            refs[i] = l.ehcpRef();
            elements[i] = l.element().name();
            forMonths[i] = Date.valueOf(l.forMonth().atDay(1));
            payMonths[i] = Date.valueOf(l.payMonth().atDay(1));
            adjustments[i] = l.adjustment();
            amounts[i] = l.amount();
            reasons[i] = l.reason() == null ? null : truncate(l.reason(), 500);
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, tenant);
            ps.setInt(2, year.startYear());
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setArray(4, c.createArrayOf("varchar", urns));
            ps.setArray(5, c.createArrayOf("varchar", refs));
            ps.setArray(6, c.createArrayOf("varchar", elements));
            ps.setArray(7, c.createArrayOf("date", forMonths));
            ps.setArray(8, c.createArrayOf("date", payMonths));
            ps.setArray(9, c.createArrayOf("boolean", adjustments));
            ps.setArray(10, c.createArrayOf("numeric", amounts));
            ps.setArray(11, c.createArrayOf("varchar", reasons));
            ps.setArray(12, c.createArrayOf("bigint", priceIds.toArray()));
            ps.executeUpdate();
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Optional<YearMonth> paidThrough(String tenant, FinancialYear year) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select paid_through from payment_close where tenant = :t and financial_year = :y")
                .setParameter("t", tenant).setParameter("y", year.startYear()).getResultList();
        return rows.stream().findFirst().map(o -> YearMonth.from(toLocalDate(o)));
    }

    /**
     * Records that pay months up to {@code month} are paid; never moves backwards. The lines paid that read a shared month
     * price get its amount as their own, so that a later change of the price (an uplift) never changes a paid line.
     */
    public void close(String tenant, FinancialYear year, YearMonth month, String by) {
        em.createNativeQuery("update payment_line l set amount = p.amount, price_id = null from topup_month_price p "
                        + "where p.id = l.price_id and l.tenant = :t and l.financial_year = :y and l.price_id is not null and l.pay_month <= :m")
                .setParameter("t", tenant).setParameter("y", year.startYear()).setParameter("m", month.atDay(1)).executeUpdate();
        em.createNativeQuery("insert into payment_close (tenant, financial_year, paid_through, closed_by, closed_at) values (:t, :y, :m, :by, :now) "
                        + "on conflict (tenant, financial_year) do update set paid_through = excluded.paid_through, closed_by = excluded.closed_by, "
                        + "closed_at = excluded.closed_at where payment_close.paid_through < excluded.paid_through")
                .setParameter("t", tenant).setParameter("y", year.startYear()).setParameter("m", month.atDay(1))
                .setParameter("by", by).setParameter("now", Timestamp.from(Instant.now())).executeUpdate();
    }

    /** What a statement needs besides its lines: the setting's type, the LA's paid-through month of the year and payment frequency. */
    public record StatementHeader(String settingType, YearMonth paidThrough, PaymentFrequency frequency) {
    }

    /** The statement's header in one query; empty if the URN is not a setting of the LA's register. */
    public Optional<StatementHeader> statementHeader(String tenant, FinancialYear year, String urn) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.type, c.paid_through, p.frequency from setting s "
                        + "left join payment_close c on c.tenant = s.tenant and c.financial_year = :y "
                        + "left join funding_policy p on p.tenant = s.tenant where s.tenant = :t and s.urn = :u")
                .setParameter("t", tenant).setParameter("y", year.startYear()).setParameter("u", urn).getResultList();
        return rows.stream().findFirst().map(r -> new StatementHeader((String) r[0], r[1] == null ? null : YearMonth.from(toLocalDate(r[1])),
                r[2] == null ? FundingPolicy.defaults().frequency() : PaymentFrequency.valueOf((String) r[2])));
    }

    /** Totals of one setting's year per pay month: (pay month, top-up, place funding, adjustments, lines, protection). */
    public List<Object[]> statementByPayMonth(String tenant, FinancialYear year, String urn) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select pay_month, "
                        + "coalesce(sum(amount) filter (where element = 'TOP_UP' and not adjustment), 0), "
                        + "coalesce(sum(amount) filter (where element = 'PLACE_FUNDING' and not adjustment), 0), "
                        + "coalesce(sum(amount) filter (where adjustment), 0), count(*), "
                        + "coalesce(sum(amount) filter (where element = 'PROTECTION' and not adjustment), 0) "
                        + "from payment_line_due where tenant = :t and financial_year = :y and setting_urn = :u group by pay_month order by pay_month")
                .setParameter("t", tenant).setParameter("y", year.startYear()).setParameter("u", urn).getResultList();
        return rows;
    }

    /** One page of a setting's lines, by pay month, EHCP and month. */
    public List<PaymentLine> statementLines(String tenant, FinancialYear year, String urn, int offset, int limit) {
        return query("select " + COLUMNS + " from payment_line_due where tenant = ? and financial_year = ? and setting_urn = ? "
                + "order by pay_month, element, ehcp_ref nulls first, for_month, id offset ? limit ?", ps -> {
            ps.setString(1, tenant);
            ps.setInt(2, year.startYear());
            ps.setString(3, urn);
            ps.setInt(4, offset);
            ps.setInt(5, limit);
        });
    }

    public long countStatementLines(String tenant, FinancialYear year, String urn) {
        return ((Number) em.createNativeQuery("select count(*) from payment_line_due where tenant = :t and financial_year = :y and setting_urn = :u")
                .setParameter("t", tenant).setParameter("y", year.startYear()).setParameter("u", urn).getSingleResult()).longValue();
    }

    /** One page of the LA's schedule: per setting (URN order) its top-up, place funding, adjustments, EHCPs and protection. */
    public List<Object[]> scheduleBySetting(String tenant, FinancialYear year, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select setting_urn, "
                        + "coalesce(sum(amount) filter (where element = 'TOP_UP' and not adjustment), 0), "
                        + "coalesce(sum(amount) filter (where element = 'PLACE_FUNDING' and not adjustment), 0), "
                        + "coalesce(sum(amount) filter (where adjustment), 0), count(distinct ehcp_ref), "
                        + "coalesce(sum(amount) filter (where element = 'PROTECTION' and not adjustment), 0) "
                        + "from payment_line_due where tenant = :t and financial_year = :y group by setting_urn order by setting_urn offset :o limit :l")
                .setParameter("t", tenant).setParameter("y", year.startYear()).setParameter("o", offset).setParameter("l", limit).getResultList();
        return rows;
    }

    public long countScheduleSettings(String tenant, FinancialYear year) {
        return ((Number) em.createNativeQuery("select count(distinct setting_urn) from payment_line_due where tenant = :t and financial_year = :y")
                .setParameter("t", tenant).setParameter("y", year.startYear()).getSingleResult()).longValue();
    }

    /** The LA's year per pay month: (pay month, total). */
    public List<Object[]> scheduleByPayMonth(String tenant, FinancialYear year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select pay_month, sum(amount) from payment_line_due where tenant = :t and financial_year = :y "
                + "group by pay_month order by pay_month").setParameter("t", tenant).setParameter("y", year.startYear()).getResultList();
        return rows;
    }

    /** Streams the LA's (or one setting's) lines in order to {@code sink}, reading in batches so memory stays bounded. */
    public void forEachLine(String tenant, FinancialYear year, String urnOrNull, java.util.function.Consumer<PaymentLine> sink) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from payment_line_due where tenant = ? and financial_year = ?"
                    + (urnOrNull == null ? "" : " and setting_urn = ?") + " order by setting_urn, pay_month, element, ehcp_ref nulls first, for_month, id")) {
                ps.setFetchSize(2000);
                ps.setString(1, tenant);
                ps.setInt(2, year.startYear());
                if (urnOrNull != null) {
                    ps.setString(3, urnOrNull);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(line(rs));
                    }
                }
            }
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<PaymentLine> query(String sql, Binder binder) {
        return query(sql, null, binder);
    }

    /** @param priceIds if not null, receives the price id of each line read that reads one */
    private List<PaymentLine> query(String sql, Map<Long, Long> priceIds, Binder binder) {
        List<PaymentLine> lines = new ArrayList<>();
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            // Planned with the parameters each time: topUpLines' array of a chunk's EHCPs (see CustomPlans).
            try (PreparedStatement ps = CustomPlans.prepare(c, sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        PaymentLine l = line(rs);
                        lines.add(l);
                        long priceId = rs.getLong(10);
                        if (priceIds != null && !rs.wasNull()) {
                            priceIds.put(l.id(), priceId);
                        }
                    }
                }
            }
        });
        return lines;
    }

    private static PaymentLine line(ResultSet rs) throws SQLException {
        return new PaymentLine(rs.getLong(1), rs.getString(2), rs.getString(3), Element.valueOf(rs.getString(4)),
                YearMonth.from(rs.getDate(5).toLocalDate()), YearMonth.from(rs.getDate(6).toLocalDate()), rs.getBoolean(7),
                rs.getBigDecimal(8), rs.getString(9));
    }

    private static LocalDate toLocalDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
