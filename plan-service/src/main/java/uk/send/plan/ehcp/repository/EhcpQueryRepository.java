package uk.send.plan.ehcp.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.plan.ehcp.domain.Clock;
import uk.send.plan.ehcp.domain.ClockRule;
import uk.send.plan.ehcp.domain.ClockState;
import uk.send.plan.ehcp.domain.Caseload;
import uk.send.plan.ehcp.domain.EhcpClock;
import uk.send.plan.ehcp.domain.EhcpSummary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reads of EHCP timelines, always within one LA. "Breached" as read: stored BREACHED, or an LA's open
 * clock past its due date on {@code today}; "at risk": an LA's open clock due from today to {@code today + atRiskDays}.
 */
@ApplicationScoped
public class EhcpQueryRepository {

    /** Final plans issued in a month, as SEN2 counts them. */
    public record TimelinessRow(LocalDate month, int issued, int withinTwentyWeeks, int issuedWithoutException, int withinWithoutException) {
    }

    private static final String EFFECTIVE_STATE = """
            case when c.state = 'OPEN' and c.la_must_act and c.due_on < ? then 'BREACHED' else c.state end""";

    private final EntityManager em;

    public EhcpQueryRepository(EntityManager em) {
        this.em = em;
    }

    public long countEhcps(String tenant, String officer) {
        return single("select count(*) from ehcp where tenant = ? and (cast(? as varchar) is null or case_officer_id = cast(? as varchar))",
                tenant, officer, officer);
    }

    public List<EhcpSummary> ehcps(String tenant, String officer, int offset, int limit) {
        return query("""
                select e.ehcp_ref, e.case_officer_id, e.ncy, e.plan_issued_on, e.ceased, e.decisions, e.last_decision_on,
                       (select count(*) from ehcp_clock c where c.tenant = e.tenant and c.ehcp_ref = e.ehcp_ref and c.state = 'OPEN'),
                       (select min(c.due_on) from ehcp_clock c where c.tenant = e.tenant and c.ehcp_ref = e.ehcp_ref and c.state = 'OPEN' and c.la_must_act)
                from ehcp e where e.tenant = ? and (cast(? as varchar) is null or e.case_officer_id = cast(? as varchar))
                order by e.ehcp_ref offset ? limit ?""",
                rs -> new EhcpSummary(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getObject(4, LocalDate.class), rs.getBoolean(5),
                        rs.getInt(6), rs.getObject(7, LocalDate.class), rs.getInt(8), rs.getObject(9, LocalDate.class)),
                tenant, officer, officer, offset, limit);
    }

    public Optional<EhcpSummary> ehcp(String tenant, String ehcpRef) {
        return query("""
                select e.ehcp_ref, e.case_officer_id, e.ncy, e.plan_issued_on, e.ceased, e.decisions, e.last_decision_on, 0, null
                from ehcp e where e.tenant = ? and e.ehcp_ref = ?""",
                rs -> new EhcpSummary(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getObject(4, LocalDate.class), rs.getBoolean(5),
                        rs.getInt(6), rs.getObject(7, LocalDate.class), 0, null),
                tenant, ehcpRef).stream().findFirst();
    }

    /** The payloads of an EHCP's decisions as received. */
    public List<String> decisionPayloads(String tenant, String ehcpRef) {
        return query("select payload::text from ehcp_decision where tenant = ? and ehcp_ref = ? order by decision_date, source_id",
                rs -> rs.getString(1), tenant, ehcpRef);
    }

    public List<EhcpClock> clocksOf(String tenant, String ehcpRef, LocalDate today) {
        return query(clockSelect() + " where c.tenant = ? and c.ehcp_ref = ? order by c.started_on, c.due_on, c.clock_key",
                EhcpQueryRepository::clockRow, today, tenant, ehcpRef);
    }

    private static final String CLOCK_FILTER = """
             where c.tenant = ?
               and (cast(? as varchar) is null or (%s) = cast(? as varchar))
               and (cast(? as date) is null or c.due_on < cast(? as date))
               and (cast(? as varchar) is null or c.case_officer_id = cast(? as varchar))
               and (cast(? as varchar) is null or c.rule = cast(? as varchar))""".formatted(EFFECTIVE_STATE);

    public long countClocks(String tenant, LocalDate today, String state, LocalDate dueBefore, String officer, String rule) {
        return single("select count(*) from ehcp_clock c " + CLOCK_FILTER, clockFilter(tenant, today, state, dueBefore, officer, rule).toArray());
    }

    public List<EhcpClock> clocks(String tenant, LocalDate today, String state, LocalDate dueBefore, String officer, String rule, int offset, int limit) {
        List<Object> params = selectedClocks(tenant, today, state, dueBefore, officer, rule);
        params.addAll(List.of(offset, limit));
        return query(clockSelect() + " " + CLOCK_FILTER + " order by c.due_on, c.ehcp_ref, c.clock_key offset ? limit ?", EhcpQueryRepository::clockRow,
                params.toArray());
    }

    /**
     * The next {@code limit} clocks of the list's order after {@code after} (null: from the first), with the list's
     * filters: an export reads the whole list this way, a chunk at a time, however long it is.
     */
    public List<EhcpClock> clocksAfter(String tenant, LocalDate today, String state, LocalDate dueBefore, String officer, String rule,
                                       EhcpClock after, int limit) {
        List<Object> params = selectedClocks(tenant, today, state, dueBefore, officer, rule);
        String keyset = "";
        if (after != null) {
            keyset = " and (c.due_on, c.ehcp_ref, c.clock_key) > (?, ?, ?)";
            params.addAll(List.of(after.clock().due(), after.ehcpRef(), after.clock().key()));
        }
        params.add(limit);
        return query(clockSelect() + " " + CLOCK_FILTER + keyset + " order by c.due_on, c.ehcp_ref, c.clock_key limit ?", EhcpQueryRepository::clockRow,
                params.toArray());
    }

    /** The parameters of {@link #CLOCK_FILTER}, in its order (each optional filter is bound twice: its null test and its value). */
    private static List<Object> clockFilter(String tenant, LocalDate today, String state, LocalDate dueBefore, String officer, String rule) {
        return new ArrayList<>(Arrays.asList(tenant, state, today, state, dueBefore, dueBefore, officer, officer, rule, rule));
    }

    /** {@link #clockSelect()}'s parameter (today, for the state as read) and then the filter's. */
    private static List<Object> selectedClocks(String tenant, LocalDate today, String state, LocalDate dueBefore, String officer, String rule) {
        List<Object> params = new ArrayList<>();
        params.add(today);
        params.addAll(clockFilter(tenant, today, state, dueBefore, officer, rule));
        return params;
    }

    public long countCaseloads(String tenant, String officer) {
        return single("select count(distinct coalesce(case_officer_id, '')) from ehcp where tenant = ? and (cast(? as varchar) is null or case_officer_id = cast(? as varchar))",
                tenant, officer, officer);
    }

    public List<Caseload> caseloads(String tenant, LocalDate today, int atRiskDays, String officer, int offset, int limit) {
        return query("""
                select e.case_officer_id, count(distinct e.ehcp_ref),
                       count(c.clock_key) filter (where c.state = 'OPEN' and c.la_must_act and c.due_on >= ?),
                       count(c.clock_key) filter (where c.state = 'OPEN' and c.la_must_act and c.due_on >= ? and c.due_on <= ?),
                       count(c.clock_key) filter (where c.state = 'OPEN' and c.la_must_act and c.due_on < ?)
                from ehcp e left join ehcp_clock c on c.tenant = e.tenant and c.ehcp_ref = e.ehcp_ref and c.state = 'OPEN'
                where e.tenant = ? and (cast(? as varchar) is null or e.case_officer_id = cast(? as varchar))
                group by e.case_officer_id order by e.case_officer_id nulls last offset ? limit ?""",
                rs -> new Caseload(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                today, today, today.plusDays(atRiskDays), today, tenant, officer, officer, offset, limit);
    }

    /**
     * SEN2's timeliness of new plans, by the month the final plan was issued: 20-week clocks stopped by a final
     * plan (an initial request's, not a re-assessment's or a transfer's), within 20 weeks or not, and the same
     * leaving out plans where a Reg 10(4) exception applied.
     */
    public List<TimelinessRow> timeliness(String tenant, LocalDate from, LocalDate toExclusive) {
        return timeliness(tenant, from, toExclusive, "cast(date_trunc('month', c.stopped_on) as date)");
    }

    /** The same counts for the whole span from {@code from} to {@code toExclusive}, as one row (none if no plan was issued). */
    public List<TimelinessRow> timelinessBetween(String tenant, LocalDate from, LocalDate toExclusive) {
        return timeliness(tenant, from, toExclusive, "cast(? as date)").stream().filter(r -> r.issued() > 0).toList();
    }

    private List<TimelinessRow> timeliness(String tenant, LocalDate from, LocalDate toExclusive, String period) {
        boolean span = period.contains("?");
        Object[] params = span ? new Object[]{from, tenant, from, toExclusive} : new Object[]{tenant, from, toExclusive};
        return query("""
                select %s, count(*),
                       count(*) filter (where c.stopped_on <= c.due_on),
                       count(*) filter (where c.exception_reason is null),
                       count(*) filter (where c.exception_reason is null and c.stopped_on <= c.due_on)
                from ehcp_clock c
                where c.tenant = ? and c.rule = 'FINAL_PLAN' and c.state in ('MET', 'BREACHED', 'EXCUSED')
                  and c.stopped_on >= ? and c.stopped_on < ?
                group by 1 order by 1""".formatted(period),
                rs -> new TimelinessRow(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                params);
    }

    private static String clockSelect() {
        return "select c.ehcp_ref, c.case_officer_id, c.clock_key, c.rule, c.started_on, c.due_on, c.stopped_on, " + EFFECTIVE_STATE
                + ", c.exception_reason, c.end_reason from ehcp_clock c";
    }

    private static EhcpClock clockRow(ResultSet rs) throws SQLException {
        return new EhcpClock(rs.getString(1), rs.getString(2), new Clock(rs.getString(3), ClockRule.valueOf(rs.getString(4)),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                ClockState.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10)));
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private long single(String sql, Object... params) {
        return query(sql, rs -> rs.getLong(1), params).get(0);
    }

    private <T> List<T> query(String sql, RowReader<T> reader, Object... params) {
        List<T> out = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(reader.read(rs));
                    }
                }
            }
        });
        return out;
    }
}
