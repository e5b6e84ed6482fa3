package uk.send.notification.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.send.devstack.DevstackTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Publishes plan-service events to the real broker exactly as its outbox relay does (structured CloudEvents, people by id only). */
public final class PlanEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaProducer<String, String> producer;

    public PlanEvents() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty(DevstackTestResource.BOOTSTRAP_PROPERTY),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all"));
    }

    /** A deadline event's CloudEvent JSON. */
    public static String deadline(String la, String eventId, String type, String programmeId, String taskId, String title, String leadId,
                                  LocalDate due, Integer leadDays, Integer overdue) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("programmeId", programmeId);
        data.put("programmeTitle", "SEND recovery plan");
        data.put("itemId", taskId);
        data.put("itemType", "task");
        data.put("itemTitle", title);
        data.put("leadOfficer", Map.of("id", leadId));
        data.put("dueDate", due.toString());
        // Absent fields are omitted, never null (docs/EVENTS.md).
        if (leadDays != null) {
            data.put("leadTimeDays", leadDays);
        }
        if (overdue != null) {
            data.put("daysOverdue", overdue);
        }
        return event(la, eventId, type, "task/" + taskId, data);
    }

    /** A task-created event's CloudEvent JSON; {@code due} is the dueDate as sent (a date, or anything, to break the contract). */
    public static String taskCreated(String la, String eventId, String task, String title, String leadId, Object due) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("programmeId", UUID.randomUUID().toString());
        data.put("taskId", task);
        data.put("kind", "TASK");
        data.put("title", title);
        data.put("status", "NOT_STARTED");
        data.put("dueDate", due);
        data.put("leadOfficer", Map.of("id", leadId));
        return event(la, eventId, "uk.send.plan.task.created.v1", "task/" + task, data);
    }

    public static String event(String la, String eventId, String type, String subject, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", eventId);
        event.put("source", "/send-platform/plan-service");
        event.put("type", type);
        event.put("subject", subject);
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

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public void publish(String key, String value) {
        publish("plan.events", key, value);
    }

    /** Publishes a CloudEvent on another service's topic (funding.events, placement.events). */
    public void publish(String topic, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
