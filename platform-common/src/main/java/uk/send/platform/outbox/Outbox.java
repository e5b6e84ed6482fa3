package uk.send.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.EventSource;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
            + "values (?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final OutboxConfig config;
    private final Event<OutboxWritten> written;
    private final String source;

    public Outbox(EntityManager em, ObjectMapper mapper, OutboxConfig config, Event<OutboxWritten> written,
                  @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.em = em;
        this.mapper = mapper;
        this.config = config;
        this.written = written;
        this.source = EventSource.of(applicationName);
    }

    /** Writes one event in the current transaction and returns its CloudEvents id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String tenant, String type, String key, String subject, Object data) {
        return publishAll(List.of(new PendingEvent(tenant, type, key, subject, data))).get(0);
    }

    /** Writes many events in the current transaction with one JDBC batch; returns their ids in order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<PendingEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        em.flush();
        Instant now = Instant.now();
        List<UUID> ids = new ArrayList<>(events.size());
        List<String> payloads = new ArrayList<>(events.size());
        for (PendingEvent e : events) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            payloads.add(toJson(new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), source, e.type(), e.subject(),
                    now, "application/json", e.tenant(), mapper.valueToTree(e.data()))));
        }
        Timestamp createdAt = Timestamp.from(now);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < events.size(); i++) {
                    PendingEvent e = events.get(i);
                    ps.setObject(1, ids.get(i));
                    ps.setString(2, e.tenant());
                    ps.setString(3, config.topic());
                    ps.setString(4, e.key());
                    ps.setString(5, e.type());
                    ps.setString(6, payloads.get(i));
                    ps.setTimestamp(7, createdAt);
                    ps.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
        written.fire(new OutboxWritten(events.size()));
        return ids;
    }

    private String toJson(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + event.type(), e);
        }
    }
}
