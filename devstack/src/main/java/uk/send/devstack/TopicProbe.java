package uk.send.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import uk.send.devstack.contract.EventSchemas;
import uk.send.platform.events.EventCatalogue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Test helper: reads a topic from the beginning in the background, as a partner system would, and
 * keeps every record so that tests can assert on what was published (with Awaitility, never sleeps).
 *
 * <p>On the platform's event topics it also holds every record to the event contract
 * ({@link EventSchemas}: the CloudEvents envelope and the JSON Schema of the type's payload, generated
 * from {@link EventCatalogue}). A record that breaks it, or has a type with no schema, fails the next
 * call of any test that reads the probe, with the offending record named: so every event any test sees
 * is validated.
 */
public final class TopicProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, TopicProbe> SHARED = new ConcurrentHashMap<>();

    /** The topics whose records are held to the event contract. */
    private static final Set<String> EVENT_TOPICS = Set.copyOf(EventCatalogue.all().stream().map(EventCatalogue.Entry::topic).toList());
    private static final int MAX_REPORTED = 5;

    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final boolean validated;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * The probe of {@code topic} on the test run's broker ({@link DevstackTestResource}): started on first use
     * and shared by every test class of the run, which tell their events apart by their own LA.
     */
    public static TopicProbe of(String topic) {
        String bootstrap = System.getProperty(DevstackTestResource.BOOTSTRAP_PROPERTY);
        if (bootstrap == null) {
            throw new IllegalStateException("No broker yet: the test class needs @QuarkusTestResource(DevstackTestResource.class)");
        }
        return SHARED.computeIfAbsent(bootstrap + " " + topic, key -> new TopicProbe(bootstrap, topic));
    }

    public TopicProbe(String bootstrapServers, String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50"));
        validated = EVENT_TOPICS.contains(topic);
        thread = new Thread(() -> {
            try (consumer) {
                List<TopicPartition> partitions = new ArrayList<>();
                while (running && partitions.isEmpty()) {
                    // Asking for the topic's partitions creates it if needed (the broker auto-creates topics).
                    // On a loaded machine the broker may not answer within the timeout: ask again rather than
                    // let the probe, which every test class of the run shares, die.
                    try {
                        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(2));
                        if (infos != null) {
                            infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
                        }
                    } catch (org.apache.kafka.common.errors.TimeoutException slowBroker) {
                        partitions.clear();
                    }
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                while (running) {
                    try {
                        consumer.poll(Duration.ofMillis(100)).forEach(this::keep);
                    } catch (org.apache.kafka.common.errors.TimeoutException slowBroker) {
                        // a position or metadata look-up timed out: the next poll asks again
                    }
                }
            } catch (RuntimeException e) {
                if (running) {
                    throw e;
                }
            }
        }, "topic-probe-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void keep(ConsumerRecord<String, String> r) {
        if (validated) {
            List<String> problems = EventSchemas.problems(r.value());
            if (!problems.isEmpty()) {
                violations.add(r.topic() + " offset " + r.offset() + " (key " + r.key() + "): " + String.join("; ", problems)
                        + "\n    " + abbreviate(r.value()));
            }
        }
        records.add(r);
    }

    /** Fails the caller if any record seen so far breaks the event contract. */
    public void assertContract() {
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " record(s) on the topic break the event contract (docs/EVENTS.md):\n  "
                    + String.join("\n  ", violations.subList(0, Math.min(MAX_REPORTED, violations.size()))));
        }
    }

    /** The contract violations seen so far (empty on a topic that is not an event topic). */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    public List<ConsumerRecord<String, String>> records() {
        assertContract();
        return List.copyOf(records);
    }

    public List<ConsumerRecord<String, String>> records(Predicate<ConsumerRecord<String, String>> filter) {
        assertContract();
        return records.stream().filter(filter).toList();
    }

    private static String abbreviate(String value) {
        return value == null ? "null" : value.length() > 600 ? value.substring(0, 600) + "..." : value;
    }

    /**
     * The CloudEvents seen so far for one LA, optionally of one type ({@code null}: any). A record that is not
     * JSON fails the caller: nothing the platform publishes should be unreadable.
     */
    public List<JsonNode> cloudEvents(String tenant, String type) {
        assertContract();
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode e;
            try {
                e = JSON.readTree(r.value());
            } catch (Exception notJson) {
                throw new IllegalStateException("Record at offset " + r.offset() + " of " + r.topic() + " is not JSON", notJson);
            }
            if (tenant.equals(e.path("tenant").asText()) && (type == null || type.equals(e.path("type").asText()))) {
                events.add(e);
            }
        }
        return events;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
