package uk.send.platform.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.tracing.EventTracing;
import uk.send.platform.events.EventSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;

/**
 * The only way a service publishes an event: the CloudEvent is written to {@code outbox_event} in the
 * caller's database transaction, so it exists if and only if the change it announces was committed.
 * {@link OutboxRelay} sends it to Kafka afterwards.
 *
 * <p>Ordering rule: rows are relayed in insertion order ({@code seq}). To keep one aggregate's events in
 * order across concurrent transactions, write an aggregate's event while holding its row lock; this
 * class flushes pending entity changes first so that an update's row lock is taken before the row's
 * sequence number is drawn. Events of one {@link #publishAll} call may share a row ({@link #PACK}); within a row
 * they are relayed in the order they were given.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox_event (event_id, tenant, topic, event_key, event_type, payload, created_at) "
            + "select e.event_id, e.tenant, e.topic, e.event_key, e.event_type, e.payload, ? "
            + "from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[]) "
            + "with ordinality as e(event_id, tenant, topic, event_key, event_type, payload, ord) order by e.ord";
    private static final String INSERT_PACK = "insert into outbox_event (event_id, tenant, topic, event_key, event_type, payload, "
            + "created_at, event_count, more_keys, more_payloads) values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[])";
    private static final int CHUNK = 5000;
    /**
     * Most events one outbox row carries (db/platform V0_2): consecutive events of one tenant and type written together
     * share a row, so that a batch's thousands of events are a handful of rows to insert and, once relayed, to mark.
     */
    public static final int PACK = 500;

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final OutboxConfig config;
    private final Event<OutboxWritten> written;
    private final String source;
    /** Empty in production; in tests, devstack's event-contract check (see {@link OutboxCheck}). */
    private final List<OutboxCheck> checks;
    private final EventTracing tracing;

    public Outbox(EntityManager em, ObjectMapper mapper, OutboxConfig config, Event<OutboxWritten> written,
                  @ConfigProperty(name = "quarkus.application.name") String applicationName, EventTracing tracing) {
        this.tracing = tracing;
        this.em = em;
        this.mapper = mapper;
        this.config = config;
        this.written = written;
        this.source = EventSource.of(applicationName);
        this.checks = ServiceLoader.load(OutboxCheck.class, Outbox.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** Writes one event in the current transaction and returns its CloudEvents id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String tenant, String type, String key, String subject, Object data) {
        return publishAll(List.of(new PendingEvent(tenant, type, key, subject, data))).get(0);
    }

    /**
     * Writes many events in the current transaction, in order; returns their ids. Consecutive events of one tenant
     * and type share an outbox row, up to {@link #PACK} of them; the others get a row each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<PendingEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        em.flush();
        Instant now = Instant.now();
        String traceparent = tracing.currentTraceparent();
        List<UUID> ids = new ArrayList<>(events.size());
        List<String> payloads = new ArrayList<>(events.size());
        for (PendingEvent e : events) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            String json = toJson(new Envelope(CloudEvent.SPEC_VERSION, id.toString(), source, e.type(), e.subject(),
                    now, "application/json", e.tenant(), e.data(), e.traceparent() != null ? e.traceparent() : traceparent));
            for (OutboxCheck check : checks) {
                check.check(e.type(), json);
            }
            payloads.add(json);
        }
        Timestamp createdAt = Timestamp.from(now);
        String topic = config.topic();
        em.unwrap(Session.class).doWork(connection -> {
            // Rows get their seq in statement order, so runs of lone events and packs are written in the events' order.
            int singlesFrom = 0;
            int i = 0;
            while (i < events.size()) {
                int end = packEnd(events, i);
                if (end - i == 1) {
                    i = end;
                    continue;
                }
                insertSingles(connection, events, ids, payloads, topic, createdAt, singlesFrom, i);
                insertPack(connection, events, ids, payloads, topic, createdAt, i, end);
                i = end;
                singlesFrom = end;
            }
            insertSingles(connection, events, ids, payloads, topic, createdAt, singlesFrom, events.size());
        });
        Set<String> tenants = new HashSet<>();
        for (PendingEvent e : events) {
            tenants.add(e.tenant());
        }
        written.fire(new OutboxWritten(events.size(), tenants));
        return ids;
    }

    /** The end (exclusive) of the pack starting at {@code from}: the next events of the same tenant and type, at most {@link #PACK}. */
    private static int packEnd(List<PendingEvent> events, int from) {
        PendingEvent first = events.get(from);
        int end = from + 1;
        while (end < events.size() && end - from < PACK
                && events.get(end).tenant().equals(first.tenant()) && events.get(end).type().equals(first.type())) {
            end++;
        }
        return end;
    }

    /**
     * Events {@code from} to {@code to} (exclusive), a row each: one INSERT ... SELECT FROM unnest(...) per chunk, so that
     * a scan announcing tens of thousands of deadlines of different kinds stays a handful of round trips.
     */
    private static void insertSingles(Connection connection, List<PendingEvent> events, List<UUID> ids, List<String> payloads,
                                      String topic, Timestamp createdAt, int from, int to) throws SQLException {
        for (int start = from; start < to; start += CHUNK) {
            int n = Math.min(to, start + CHUNK) - start;
            UUID[] eventIds = new UUID[n];
            String[] tenants = new String[n];
            String[] topics = new String[n];
            String[] keys = new String[n];
            String[] types = new String[n];
            String[] bodies = new String[n];
            for (int i = 0; i < n; i++) {
                PendingEvent e = events.get(start + i);
                eventIds[i] = ids.get(start + i);
                tenants[i] = e.tenant();
                topics[i] = topic;
                keys[i] = e.key();
                types[i] = e.type();
                bodies[i] = payloads.get(start + i);
            }
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                ps.setTimestamp(1, createdAt);
                ps.setArray(2, connection.createArrayOf("uuid", eventIds));
                ps.setArray(3, connection.createArrayOf("varchar", tenants));
                ps.setArray(4, connection.createArrayOf("varchar", topics));
                ps.setArray(5, connection.createArrayOf("varchar", keys));
                ps.setArray(6, connection.createArrayOf("varchar", types));
                ps.setArray(7, connection.createArrayOf("text", bodies));
                ps.executeUpdate();
            }
        }
    }

    /** Events {@code from} to {@code to} (exclusive), of one tenant and type, as one row: the first in its columns, the rest in arrays. */
    private static void insertPack(Connection connection, List<PendingEvent> events, List<UUID> ids, List<String> payloads,
                                   String topic, Timestamp createdAt, int from, int to) throws SQLException {
        PendingEvent first = events.get(from);
        String[] keys = new String[to - from - 1];
        String[] bodies = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = events.get(from + 1 + i).key();
            bodies[i] = payloads.get(from + 1 + i);
        }
        try (PreparedStatement ps = connection.prepareStatement(INSERT_PACK)) {
            ps.setObject(1, ids.get(from));
            ps.setString(2, first.tenant());
            ps.setString(3, topic);
            ps.setString(4, first.key());
            ps.setString(5, first.type());
            ps.setString(6, payloads.get(from));
            ps.setTimestamp(7, createdAt);
            ps.setInt(8, to - from);
            ps.setArray(9, connection.createArrayOf("text", keys));
            ps.setArray(10, connection.createArrayOf("text", bodies));
            ps.executeUpdate();
        }
    }

    /**
     * What {@link CloudEvent} reads, written straight from the payload object: no JSON tree is built on the
     * way, which matters when a scan writes tens of thousands of events in one transaction.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Envelope(String specversion, String id, String source, String type, String subject, Instant time,
                    String datacontenttype, String tenant, Object data, String traceparent) {
    }

    private String toJson(Envelope event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + event.type(), e);
        }
    }
}
