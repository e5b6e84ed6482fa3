package uk.send.plan.ehcp.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.plan.ehcp.domain.Clock;
import uk.send.plan.ehcp.domain.ClockRule;
import uk.send.plan.ehcp.domain.ClockState;
import uk.send.plan.ehcp.domain.Timeline;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.persistence.CustomPlans;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes what the decision consumer keeps: the decisions received, and each EHCP's clocks and summary as
 * rebuilt. Set-based: a batch of decisions is a handful of statements (unnest of arrays), whatever its size.
 *
 * <p>The statements that find a batch's EHCPs' rows (their decisions, their clocks, the clocks to delete) are planned
 * with their arrays every time ({@link CustomPlans}): the generic plan a connection cached while an LA's tables were
 * small (its first decisions) hashed the batch's keys and scanned every clock of every EHCP for each batch once they were
 * not: 5-36 ms a batch of 16-45 EHCPs at 10,000 clocks, growing with the LA, under a CMS's steady POSTs.
 */
@ApplicationScoped
public class EhcpTimelineRepository {

    /** An EHCP of an LA. */
    public record EhcpId(String tenant, String ehcpRef) {
    }

    /** A decision as received, with its payload as published. */
    public record ReceivedDecision(String tenant, EhcpDecisionRecorded decision, String payloadJson) {
    }

    private final EntityManager em;
    private final ObjectMapper mapper;

    public EhcpTimelineRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** A decision's identity in an LA: the CMS's sourceId. */
    public record SourceKey(String tenant, String sourceId) {
    }

    /** Stores the decisions not stored before (by LA and sourceId); returns the keys of those it stored. */
    public Set<SourceKey> insertDecisions(List<ReceivedDecision> decisions) {
        Set<SourceKey> stored = new HashSet<>();
        if (decisions.isEmpty()) {
            return stored;
        }
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into ehcp_decision (tenant, source_id, ehcp_ref, decision_date, payload, received_at)
                    select d.tenant, d.source_id, d.ehcp_ref, d.decision_date, cast(d.payload as json), now()
                    from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[]::date[], ?::text[]) as d (tenant, source_id, ehcp_ref, decision_date, payload)
                    on conflict (tenant, source_id) do nothing
                    returning tenant, source_id""")) {
                ps.setArray(1, c.createArrayOf("varchar", texts(decisions, ReceivedDecision::tenant)));
                ps.setArray(2, c.createArrayOf("varchar", texts(decisions, d -> d.decision().sourceId())));
                ps.setArray(3, c.createArrayOf("varchar", texts(decisions, d -> d.decision().ehcpRef())));
                ps.setArray(4, c.createArrayOf("varchar", texts(decisions, d -> iso(d.decision().decisionDate()))));
                ps.setArray(5, c.createArrayOf("text", texts(decisions, ReceivedDecision::payloadJson)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(new SourceKey(rs.getString(1), rs.getString(2)));
                    }
                }
            }
        });
        return stored;
    }

    /**
     * Every stored decision of the given EHCPs, leaving out those this transaction inserted (the caller holds them as
     * it inserted them: reading back and parsing their payloads would only repeat that) unless their sourceId is one
     * of {@code reread}. Rows this transaction inserted are the ones whose {@code xmin} is its own transaction id.
     */
    public Map<EhcpId, List<EhcpDecisionRecorded>> decisionsOf(List<EhcpId> ehcps, Collection<String> reread) {
        Map<EhcpId, List<EhcpDecisionRecorded>> out = new HashMap<>();
        work(c -> {
            try (PreparedStatement ps = CustomPlans.prepare(c, """
                    select d.tenant, d.ehcp_ref, d.payload::text from ehcp_decision d
                    join unnest(?::varchar[], ?::varchar[]) as k (tenant, ehcp_ref) on d.tenant = k.tenant and d.ehcp_ref = k.ehcp_ref
                    where d.xmin <> pg_current_xact_id()::xid or d.source_id = any(?::varchar[])""")) {
                bindIds(c, ps, ehcps);
                ps.setArray(3, c.createArrayOf("varchar", reread.toArray(String[]::new)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(new EhcpId(rs.getString(1), rs.getString(2)), k -> new ArrayList<>()).add(read(rs.getString(3)));
                    }
                }
            }
        });
        return out;
    }

    /** An EHCP's clocks as stored, by clock key, and the case officer they were stored for. */
    public record StoredClocks(Map<String, Clock> clocks, String caseOfficerId) {
        public static final StoredClocks NONE = new StoredClocks(Map.of(), null);
    }

    /** The clocks stored for the given EHCPs, by EHCP. */
    public Map<EhcpId, StoredClocks> clocksOf(List<EhcpId> ehcps) {
        Map<EhcpId, Map<String, Clock>> clocks = new HashMap<>();
        Map<EhcpId, String> officers = new HashMap<>();
        work(c -> {
            try (PreparedStatement ps = CustomPlans.prepare(c, """
                    select x.tenant, x.ehcp_ref, x.clock_key, x.rule, x.started_on, x.due_on, x.stopped_on, x.state, x.exception_reason, x.end_reason,
                           x.case_officer_id
                    from ehcp_clock x
                    join unnest(?::varchar[], ?::varchar[]) as k (tenant, ehcp_ref) on x.tenant = k.tenant and x.ehcp_ref = k.ehcp_ref""")) {
                bindIds(c, ps, ehcps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Clock clock = new Clock(rs.getString(3), ClockRule.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), ClockState.valueOf(rs.getString(8)),
                                rs.getString(9), rs.getString(10));
                        EhcpId id = new EhcpId(rs.getString(1), rs.getString(2));
                        clocks.computeIfAbsent(id, k -> new HashMap<>()).put(clock.key(), clock);
                        officers.put(id, rs.getString(11));
                    }
                }
            }
        });
        Map<EhcpId, StoredClocks> out = new HashMap<>();
        clocks.forEach((id, byKey) -> out.put(id, new StoredClocks(byKey, officers.get(id))));
        return out;
    }

    /**
     * Brings the stored clocks and summary rows of the given EHCPs to their rebuilt timelines, writing only what differs
     * from {@code before} (as {@link #clocksOf} read it in this transaction): a clock that is new is inserted, one that
     * changed (or all of an EHCP's clocks when its case officer changed) is upserted, one that is no longer in the timeline
     * is deleted, and an unchanged one is not touched. A decision usually moves one or two of an EHCP's clocks, and a
     * decision received again none, so rewriting every clock (four indexes each) on every decision was most of what storing
     * a timeline cost. New clocks, nearly every clock of an LA's onboarding history, take a plain insert: the upsert's
     * speculative insertion (a probe of the key, then a confirmation record) is paid only where a row may exist. Should
     * another transaction have stored one of them meanwhile (only an overlapping consumer could), the insert fails, the
     * batch is rolled back and its decisions applied one by one ({@code EhcpDecisionConsumer}), each then finding it.
     */
    public void replace(Map<EhcpId, Timeline> timelines, Map<EhcpId, StoredClocks> before) {
        if (timelines.isEmpty()) {
            return;
        }
        List<EhcpId> ids = new ArrayList<>(timelines.keySet());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> upserts = new ArrayList<>();
        List<String[]> deletes = new ArrayList<>();
        for (EhcpId id : ids) {
            Timeline t = timelines.get(id);
            StoredClocks stored = before.getOrDefault(id, StoredClocks.NONE);
            boolean officerChanged = !stored.clocks().isEmpty() && !Objects.equals(stored.caseOfficerId(), t.caseOfficerId());
            Set<String> kept = new HashSet<>();
            for (Clock k : t.clocks()) {
                kept.add(k.key());
                Clock was = stored.clocks().get(k.key());
                if (officerChanged || !k.equals(was)) {
                    (was == null ? inserts : upserts).add(new Object[]{id.tenant(), id.ehcpRef(), k.key(), k.rule().name(), k.rule().laMustAct(),
                            iso(k.started()), iso(k.due()), iso(k.stopped()), k.state().name(), k.exceptionReason(), k.endReason(),
                            t.caseOfficerId()});
                }
            }
            for (String key : stored.clocks().keySet()) {
                if (!kept.contains(key)) {
                    deletes.add(new String[]{id.tenant(), id.ehcpRef(), key});
                }
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        work(c -> {
            if (!deletes.isEmpty()) {
                try (PreparedStatement ps = CustomPlans.prepare(c, """
                        delete from ehcp_clock x using unnest(?::varchar[], ?::varchar[], ?::varchar[]) as k (tenant, ehcp_ref, clock_key)
                        where x.tenant = k.tenant and x.ehcp_ref = k.ehcp_ref and x.clock_key = k.clock_key""")) {
                    for (int col = 0; col < 3; col++) {
                        int at = col;
                        ps.setArray(col + 1, c.createArrayOf("varchar", texts(deletes, r -> r[at])));
                    }
                    ps.executeUpdate();
                }
            }
            writeClocks(c, CLOCK_INSERT, inserts);
            writeClocks(c, CLOCK_INSERT + """

                    on conflict (tenant, ehcp_ref, clock_key) do update set rule = excluded.rule, la_must_act = excluded.la_must_act,
                        started_on = excluded.started_on, due_on = excluded.due_on, stopped_on = excluded.stopped_on, state = excluded.state,
                        exception_reason = excluded.exception_reason, end_reason = excluded.end_reason,
                        case_officer_id = excluded.case_officer_id""", upserts);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into ehcp (tenant, ehcp_ref, case_officer_id, ncy, plan_issued_on, ceased, decisions, last_decision_on, updated_at)
                    select e.*, ? from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::int[], ?::varchar[]::date[], ?::boolean[], ?::int[],
                                              ?::varchar[]::date[])
                        as e (tenant, ehcp_ref, officer, ncy, plan_issued_on, ceased, decisions, last_decision_on)
                    on conflict (tenant, ehcp_ref) do update set case_officer_id = excluded.case_officer_id, ncy = excluded.ncy,
                        plan_issued_on = excluded.plan_issued_on, ceased = excluded.ceased, decisions = excluded.decisions,
                        last_decision_on = excluded.last_decision_on, updated_at = excluded.updated_at
                    where (ehcp.case_officer_id, ehcp.ncy, ehcp.plan_issued_on, ehcp.ceased, ehcp.decisions, ehcp.last_decision_on)
                        is distinct from (excluded.case_officer_id, excluded.ncy, excluded.plan_issued_on, excluded.ceased, excluded.decisions,
                                          excluded.last_decision_on)""")) {
                ps.setTimestamp(1, now);
                ps.setArray(2, c.createArrayOf("varchar", texts(ids, EhcpId::tenant)));
                ps.setArray(3, c.createArrayOf("varchar", texts(ids, EhcpId::ehcpRef)));
                ps.setArray(4, c.createArrayOf("varchar", texts(ids, i -> timelines.get(i).caseOfficerId())));
                ps.setArray(5, c.createArrayOf("int4", ids.stream().map(i -> timelines.get(i).ncy()).toArray(Integer[]::new)));
                ps.setArray(6, c.createArrayOf("varchar", texts(ids, i -> iso(timelines.get(i).planIssued()))));
                ps.setArray(7, c.createArrayOf("bool", ids.stream().map(i -> timelines.get(i).ceased()).toArray(Boolean[]::new)));
                ps.setArray(8, c.createArrayOf("int4", ids.stream().map(i -> timelines.get(i).decisions().size()).toArray(Integer[]::new)));
                ps.setArray(9, c.createArrayOf("varchar", texts(ids, i -> iso(lastDecision(timelines.get(i))))));
                ps.executeUpdate();
            }
        });
    }

    private static final String CLOCK_INSERT = """
            insert into ehcp_clock (tenant, ehcp_ref, clock_key, rule, la_must_act, started_on, due_on, stopped_on, state,
                                    exception_reason, end_reason, case_officer_id)
            select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::boolean[], ?::varchar[]::date[], ?::varchar[]::date[],
                                 ?::varchar[]::date[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])""";
    /** Column 4 (la_must_act) is a boolean; every other column goes as text, dates as ISO text cast in the statement. */
    private static final int BOOLEAN_COLUMN = 4;
    private static final int CLOCK_COLUMNS = 12;

    /** Runs a {@link #CLOCK_INSERT} statement with the rows as its column arrays; nothing when there are none. */
    private static void writeClocks(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int col = 0; col < CLOCK_COLUMNS; col++) {
                int at = col;
                ps.setArray(col + 1, col == BOOLEAN_COLUMN
                        ? c.createArrayOf("boolean", rows.stream().map(r -> (Boolean) r[at]).toArray(Boolean[]::new))
                        : c.createArrayOf("varchar", texts(rows, r -> (String) r[at])));
            }
            ps.executeUpdate();
        }
    }

    private static LocalDate lastDecision(Timeline t) {
        return t.decisions().isEmpty() ? LocalDate.EPOCH : t.decisions().get(t.decisions().size() - 1).decisionDate();
    }

    /**
     * A text array parameter as a {@code String[]}: pgjdbc sends a typed array (String[], Integer[], Boolean[]) to
     * PostgreSQL in binary, each element as it is, where an {@code Object[]} is written out as an array literal, every
     * element quoted and escaped (a decision's JSON payload gets a backslash before each of its quotes) and parsed back
     * by the server. JFR put about a quarter of the samples of the threads applying decisions in building those literals. Dates go as ISO
     * text ({@link #iso}) and are cast to {@code date[]} in the statement.
     */
    private static <T> String[] texts(Collection<T> items, Function<? super T, String> value) {
        return items.stream().map(value).toArray(String[]::new);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private EhcpDecisionRecorded read(String json) {
        try {
            return mapper.readValue(json, EhcpDecisionRecorded.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored EHCP decision no longer reads as EhcpDecisionRecorded", e);
        }
    }

    private static void bindIds(Connection c, PreparedStatement ps, List<EhcpId> ids) throws SQLException {
        ps.setArray(1, c.createArrayOf("varchar", texts(ids, EhcpId::tenant)));
        ps.setArray(2, c.createArrayOf("varchar", texts(ids, EhcpId::ehcpRef)));
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void work(Work work) {
        em.unwrap(Session.class).doWork(work::run);
    }
}
