package uk.send.plan.ehcp.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.send.devstack.DevstackTestResource;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Publishes EHCP decisions on funding.events exactly as funding-service's outbox relay does (structured CloudEvents, key = EHCP reference). */
public final class FundingEvents implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final KafkaProducer<String, String> producer;

    public FundingEvents() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty(DevstackTestResource.BOOTSTRAP_PROPERTY),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "5"));
    }

    public static String cloudEvent(String la, String type, Object data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/send-platform/funding-service");
        event.put("type", type);
        event.put("subject", "ehcp/x");
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("tenant", la);
        event.put("data", data);
        try {
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void publish(String la, EhcpDecisionRecorded decision) {
        publishRaw(decision.ehcpRef(), cloudEvent(la, EventTypes.EHCP_DECISION_RECORDED, decision));
    }

    public void publishRaw(String key, String value) {
        send(key, value).join();
    }

    /** Sends without waiting (for a bulk load); join the result or {@link #flush()}. */
    public java.util.concurrent.CompletableFuture<Void> send(String key, String value) {
        return send(Topics.FUNDING, key, value);
    }

    /** Sends a record to another topic (e.g. placement.events), as that service's relay would. */
    public java.util.concurrent.CompletableFuture<Void> send(String topic, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        java.util.concurrent.CompletableFuture<Void> sent = new java.util.concurrent.CompletableFuture<>();
        producer.send(record, (meta, e) -> {
            if (e == null) {
                sent.complete(null);
            } else {
                sent.completeExceptionally(e);
            }
        });
        return sent;
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
