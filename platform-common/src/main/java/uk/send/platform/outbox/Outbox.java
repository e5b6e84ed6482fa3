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

import java.sql.PreparedStatement;
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
 * sequence number is drawn.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox_event (event_id, tenant, topic, event_key, event_type, payload, created_at) "
            + "select e.event_id, e.tenant, e.topic, e.event_key, e.event_type, e.payload, ? "
            + "from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[]) "
            + "with ordinality as e(event_id, tenant, topic, event_key, event_type, payload, ord) order by e.ord";
    private static final int CHUNK = 5000;

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

    /** Writes many events in the current transaction, in order; returns their ids. */
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
        // One INSERT ... SELECT FROM unnest(...) per chunk: a scan announcing tens of thousands of deadlines
        // stays a handful of round trips. Rows get their seq in array order.
        em.unwrap(Session.class).doWork(connection -> {
            for (int from = 0; from < events.size(); from += CHUNK) {
                int to = Math.min(events.size(), from + CHUNK);
                int n = to - from;
                UUID[] eventIds = new UUID[n];
                String[] tenants = new String[n];
                String[] topics = new String[n];
                String[] keys = new String[n];
                String[] types = new String[n];
                String[] bodies = new String[n];
                for (int i = 0; i < n; i++) {
                    PendingEvent e = events.get(from + i);
                    eventIds[i] = ids.get(from + i);
                    tenants[i] = e.tenant();
                    topics[i] = config.topic();
                    keys[i] = e.key();
                    types[i] = e.type();
                    bodies[i] = payloads.get(from + i);
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
        });
        Set<String> tenants = new HashSet<>();
        for (PendingEvent e : events) {
            tenants.add(e.tenant());
        }
        written.fire(new OutboxWritten(events.size(), tenants));
        return ids;
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
