package uk.send.placement.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.send.devstack.DevstackTestResource;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes EHCP decisions onto funding.events exactly as funding-service's outbox relay does (structured CloudEvents, key = EHCP reference). */
public final class FundingEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty(DevstackTestResource.BOOTSTRAP_PROPERTY),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.ACKS_CONFIG, "all"));
        }
        return producer;
    }

    private FundingEvents() {
    }

    /** A final plan naming {@code urn}, effective {@code start}. */
    public static Map<String, Object> finalPlan(String ehcpRef, String urn, String need, int ncy, LocalDate start) {
        Map<String, Object> d = base(ehcpRef, "FINAL_PLAN_ISSUED", start.minusDays(14));
        d.put("ncy", ncy);
        d.put("settingUrns", List.of(urn));
        d.put("needTypes", List.of(need, "SLCN"));
        d.put("effectiveDate", start.toString());
        return d;
    }

    /** A review decision to cease the plan, on {@code day}. */
    public static Map<String, Object> cease(String ehcpRef, LocalDate day) {
        Map<String, Object> d = base(ehcpRef, "REVIEW_DECISION", day);
        d.put("reviewOutcome", "CEASE");
        d.put("ceaseReason", "EDUCATION_ENDED");
        return d;
    }

    public static Map<String, Object> base(String ehcpRef, String kind, LocalDate decisionDate) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("decisionId", UUID.randomUUID().toString());
        d.put("sourceId", "CMS-" + UUID.randomUUID());
        d.put("ehcpRef", ehcpRef);
        d.put("kind", kind);
        d.put("decisionDate", decisionDate.toString());
        d.put("recordedAt", Instant.now().toString());
        return d;
    }

    /** The CloudEvent around a decision; returns the record value so a test can send it twice. */
    public static String event(String la, Map<String, Object> data) {
        return event(la, UUID.randomUUID().toString(), EventTypes.EHCP_DECISION_RECORDED, data);
    }

    public static String event(String la, String id, String type, Object data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", "/send-platform/funding-service");
        event.put("type", type);
        event.put("subject", "ehcp/" + (data instanceof Map<?, ?> m ? m.get("ehcpRef") : ""));
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

    public static void publish(String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.FUNDING, key, value);
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
