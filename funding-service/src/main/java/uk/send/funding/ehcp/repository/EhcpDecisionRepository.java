package uk.send.funding.ehcp.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.Session;
import uk.send.funding.ehcp.domain.LoggedDecision;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * All SQL of the EHCP decision log ({@code ehcp_decision}). Native SQL rather than an entity: the log is
 * written with {@code insert ... on conflict do nothing} (the sourceId decides a race, and a batch writes a
 * chunk in one statement) and read back as the JSON payload that was published.
 */
@ApplicationScoped
public class EhcpDecisionRepository {

    private static final String COLUMNS = "payload::text, superseded_by";
    /** Read order of a log: by date, same-day decisions in their usual order, then by the CMS's id. */
    private static final String ORDER = " order by decision_date, sort_rank, source_id";
    private static final String INSERT_ALL = "insert into ehcp_decision (id, tenant, source_id, ehcp_ref, kind, effective_kind, sort_rank, "
            + "decision_date, recorded_at, payload) "
            + "select e.id, ?, e.source_id, e.ehcp_ref, e.kind, e.effective_kind, e.sort_rank, e.decision_date::date, ?, e.payload::jsonb "
            + "from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::smallint[], ?::varchar[], ?::text[]) "
            + "as e(id, source_id, ehcp_ref, kind, effective_kind, sort_rank, decision_date, payload) "
            + "on conflict (tenant, source_id) do nothing returning source_id";

    private final EntityManager em;
    private final ObjectMapper mapper;

    public EhcpDecisionRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** A decision about to be logged with its JSON, written once: the log's payload and, unchanged, the published event's data. */
    public record Written(EhcpDecisionRecorded decision, String json) {
    }

    public Written written(EhcpDecisionRecorded d) {
        return new Written(d, json(d));
    }

    /**
     * Inserts the decisions (all of one tenant, all recorded at {@code recordedAt}) in one statement; those whose
     * sourceId the LA already used are skipped. Returns the sourceIds actually inserted.
     */
    public Set<String> insertAll(String tenant, Instant recordedAt, List<Written> decisions) {
        Set<String> inserted = new HashSet<>();
        if (decisions.isEmpty()) {
            return inserted;
        }
        int n = decisions.size();
        UUID[] ids = new UUID[n];
        String[] sources = new String[n];
        String[] refs = new String[n];
        String[] kinds = new String[n];
        String[] effective = new String[n];
        Short[] ranks = new Short[n];
        String[] dates = new String[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            EhcpDecisionRecorded d = decisions.get(i).decision();
            EhcpDecisionKind k = EhcpDecisionRecorded.appliesAs(d);
            ids[i] = d.decisionId();
            sources[i] = d.sourceId();
            refs[i] = d.ehcpRef();
            kinds[i] = d.kind().name();
            effective[i] = k.name();
            ranks[i] = (short) k.sameDayOrder();
            dates[i] = d.decisionDate().toString();
            payloads[i] = decisions.get(i).json();
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT_ALL)) {
                ps.setString(1, tenant);
                ps.setTimestamp(2, Timestamp.from(recordedAt));
                ps.setArray(3, c.createArrayOf("uuid", ids));
                ps.setArray(4, c.createArrayOf("varchar", sources));
                ps.setArray(5, c.createArrayOf("varchar", refs));
                ps.setArray(6, c.createArrayOf("varchar", kinds));
                ps.setArray(7, c.createArrayOf("varchar", effective));
                ps.setArray(8, c.createArrayOf("int2", ranks));
                ps.setArray(9, c.createArrayOf("varchar", dates));
                ps.setArray(10, c.createArrayOf("text", payloads));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getString(1));
                    }
                }
            }
        });
        return inserted;
    }

    /** Inserts one decision unless its sourceId is taken; true when inserted. */
    public boolean insert(String tenant, Written d) {
        return insertAll(tenant, d.decision().recordedAt(), List.of(d)).contains(d.decision().sourceId());
    }

    public Optional<LoggedDecision> findBySource(String tenant, String sourceId) {
        return first(em.createNativeQuery("select " + COLUMNS + " from ehcp_decision where tenant = :t and source_id = :s")
                .setParameter("t", tenant).setParameter("s", sourceId));
    }

    /** The decision with this sourceId, its row locked until the transaction ends (a correction is about to supersede it). */
    public Optional<LoggedDecision> lockBySource(String tenant, String sourceId) {
        return first(em.createNativeQuery("select " + COLUMNS + " from ehcp_decision where tenant = :t and source_id = :s for update")
                .setParameter("t", tenant).setParameter("s", sourceId));
    }

    public Map<String, LoggedDecision> findBySources(String tenant, Collection<String> sourceIds) {
        Map<String, LoggedDecision> out = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return out;
        }
        for (LoggedDecision d : rows(em.createNativeQuery("select " + COLUMNS + " from ehcp_decision where tenant = :t and source_id = any(cast(:s as varchar[]))")
                .setParameter("t", tenant).setParameter("s", sourceIds.toArray(String[]::new)))) {
            out.put(d.decision().sourceId(), d);
        }
        return out;
    }

    public Optional<LoggedDecision> find(String tenant, UUID id) {
        return first(em.createNativeQuery("select " + COLUMNS + " from ehcp_decision where tenant = :t and id = :id")
                .setParameter("t", tenant).setParameter("id", id));
    }

    public void supersede(UUID decisionId, UUID by) {
        em.createNativeQuery("update ehcp_decision set superseded_by = :by where id = :id")
                .setParameter("by", by).setParameter("id", decisionId).executeUpdate();
    }

    /**
     * Filters of the log; null means any.
     *
     * @param ehcpRef           one EHCP's decisions
     * @param kind              the decision's kind as it applies (a correction counts as the kind it corrects)
     * @param from              decision date on or after
     * @param to                decision date on or before
     * @param includeSuperseded also the decisions a correction replaced
     */
    public record Filter(String ehcpRef, EhcpDecisionKind kind, LocalDate from, LocalDate to, boolean includeSuperseded) {
    }

    /** One page of the log in read order (for one EHCP: date, usual order, sourceId; for the LA: date, EHCP, then the same). */
    public List<LoggedDecision> page(String tenant, Filter filter, int offset, int limit) {
        Where w = where(tenant, filter);
        String order = filter.ehcpRef() != null ? ORDER : " order by decision_date, ehcp_ref, sort_rank, source_id";
        return rows(w.bind(em.createNativeQuery("select " + COLUMNS + " from ehcp_decision where " + w.sql + order
                + " limit :limit offset :offset")).setParameter("limit", limit).setParameter("offset", offset));
    }

    public long count(String tenant, Filter filter) {
        Where w = where(tenant, filter);
        return ((Number) w.bind(em.createNativeQuery("select count(*) from ehcp_decision where " + w.sql)).getSingleResult()).longValue();
    }

    /** Where an export has got to: the sort key of the last decision written. */
    public record Cursor(LocalDate decisionDate, String ehcpRef, int sortRank, String sourceId) {
        public static Cursor after(EhcpDecisionRecorded d) {
            return new Cursor(d.decisionDate(), d.ehcpRef(), EhcpDecisionRecorded.appliesAs(d).sameDayOrder(), d.sourceId());
        }
    }

    /** The next {@code limit} decisions after {@code after} (null: from the start), in export order: keyset, so each chunk costs the same. */
    public List<LoggedDecision> chunk(String tenant, Filter filter, Cursor after, int limit) {
        Where w = where(tenant, filter);
        String sql = "select " + COLUMNS + " from ehcp_decision where " + w.sql
                + (after == null ? "" : " and (decision_date, ehcp_ref, sort_rank, source_id) > (:cd, :cr, :cs, :ci)")
                + " order by decision_date, ehcp_ref, sort_rank, source_id limit :limit";
        Query q = w.bind(em.createNativeQuery(sql)).setParameter("limit", limit);
        if (after != null) {
            q.setParameter("cd", after.decisionDate()).setParameter("cr", after.ehcpRef())
                    .setParameter("cs", (short) after.sortRank()).setParameter("ci", after.sourceId());
        }
        return rows(q);
    }

    private record Where(String sql, Map<String, Object> params) {
        Query bind(Query q) {
            params.forEach(q::setParameter);
            return q;
        }
    }

    private static Where where(String tenant, Filter f) {
        StringBuilder sql = new StringBuilder("tenant = :t");
        Map<String, Object> p = new HashMap<>();
        p.put("t", tenant);
        if (f.ehcpRef() != null) {
            sql.append(" and ehcp_ref = :ref");
            p.put("ref", f.ehcpRef());
        }
        if (f.kind() != null) {
            sql.append(" and effective_kind = :kind");
            p.put("kind", f.kind().name());
        }
        if (f.from() != null) {
            sql.append(" and decision_date >= :from");
            p.put("from", f.from());
        }
        if (f.to() != null) {
            sql.append(" and decision_date <= :to");
            p.put("to", f.to());
        }
        if (!f.includeSuperseded()) {
            sql.append(" and superseded_by is null");
        }
        return new Where(sql.toString(), p);
    }

    private Optional<LoggedDecision> first(Query q) {
        List<LoggedDecision> rows = rows(q);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private List<LoggedDecision> rows(Query q) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<LoggedDecision> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            out.add(new LoggedDecision(read((String) row[0]), (UUID) row[1]));
        }
        return out;
    }

    private String json(EhcpDecisionRecorded d) {
        try {
            return mapper.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision cannot be written as JSON", e);
        }
    }

    private EhcpDecisionRecorded read(String json) {
        try {
            return mapper.readValue(json, EhcpDecisionRecorded.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision log row is not an EhcpDecisionRecorded", e);
        }
    }
}
