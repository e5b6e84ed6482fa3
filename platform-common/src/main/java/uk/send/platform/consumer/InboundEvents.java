package uk.send.platform.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.tracing.EventTracing;

/**
 * What every consumer does before acting on an event: read the CloudEvent, refuse a poison one, and
 * claim its id so that a redelivery changes nothing. Call {@link #claim} in the same transaction as the
 * effect: if the effect rolls back, so does the claim.
 */
@ApplicationScoped
public class InboundEvents {

    private final ObjectMapper mapper;
    private final EntityManager em;

    private final EventTracing tracing;

    public InboundEvents(ObjectMapper mapper, EntityManager em, EventTracing tracing) {
        this.mapper = mapper;
        this.em = em;
        this.tracing = tracing;
    }

    /** Parses a record value; throws {@link PoisonEventException} if it is not a complete CloudEvent. */
    public CloudEvent parse(String value) {
        CloudEvent event = readComplete(mapper, value);
        tracing.received(event);
        return event;
    }

    /** The record value as a complete CloudEvent, else poison: the one statement of what a consumer refuses as an event. */
    static CloudEvent readComplete(ObjectMapper mapper, String value) {
        requireValue(value);
        CloudEvent event;
        try {
            event = mapper.readValue(value, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
        if (!event.isComplete()) {
            throw incomplete();
        }
        return event;
    }

    static void requireValue(String value) {
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("empty record value");
        }
    }

    static PoisonEventException notJson(JsonProcessingException e) {
        return new PoisonEventException("not a CloudEvent in JSON: " + e.getOriginalMessage(), e);
    }

    static PoisonEventException incomplete() {
        return new PoisonEventException("CloudEvent lacks specversion 1.0, id, source, type, time, tenant or data");
    }

    static PoisonEventException unfit(String type, Exception e) {
        return new PoisonEventException("data of " + type + " does not match its contract: " + e.getMessage(), e);
    }

    /**
     * An event read by {@link #parse(String, String, Class)}: its attributes ({@code event}, whose {@code data} is null),
     * its data as the payload type, and the data's JSON as it was sent.
     */
    public record Read<T>(CloudEvent event, T data, String dataJson) {
    }

    /**
     * {@link #parse(String)} and {@link #data} in one pass over the record, for a consumer of many large events of one
     * type: null for a complete event of another type (its data is skipped, not read), else the event with its data read
     * as {@code dataType} and the data's JSON. Poison under the same rules as those two.
     */
    public <T> Read<T> parse(String value, String type, Class<T> dataType) {
        Read<T> read = OnePassEventReader.read(mapper, value, type, dataType);
        if (read != null) {
            tracing.received(read.event());
        }
        return read;
    }

    /** Reads the event's data as the given payload type; a payload that does not fit is poison. */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw unfit(event.type(), e);
        }
    }

    /**
     * Records that {@code consumer} has processed the event; false if it already had (a redelivery),
     * in which case the caller must do nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, CloudEvent event) {
        int inserted = em.createNativeQuery(
                        "insert into processed_event (consumer, event_id, event_type, processed_at) values (:c, :id, :type, now()) "
                                + "on conflict do nothing")
                .setParameter("c", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate();
        return inserted == 1;
    }

    /**
     * {@link #claim} for a batch of events in one statement: returns the ids of those not processed before by
     * {@code consumer} (a redelivered or repeated event is left out). Same transaction rule as {@link #claim}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Set<String> claimAll(String consumer, java.util.List<CloudEvent> events) {
        java.util.Set<String> fresh = new java.util.HashSet<>();
        if (events.isEmpty()) {
            return fresh;
        }
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement ps = connection.prepareStatement(
                    "insert into processed_event (consumer, event_id, event_type, processed_at) "
                            + "select ?, e.id, e.type, now() from unnest(?::varchar[], ?::varchar[]) as e (id, type) "
                            + "on conflict do nothing returning event_id")) {
                ps.setString(1, consumer);
                ps.setArray(2, connection.createArrayOf("varchar", events.stream().map(CloudEvent::id).toArray()));
                ps.setArray(3, connection.createArrayOf("varchar", events.stream().map(CloudEvent::type).toArray()));
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        fresh.add(rs.getString(1));
                    }
                }
            }
        });
        return fresh;
    }
}
