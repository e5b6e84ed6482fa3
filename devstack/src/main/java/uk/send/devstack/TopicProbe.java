package uk.send.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Test helper: reads a topic from the beginning in the background, as a partner system would, and
 * keeps every record so that tests can assert on what was published (with Awaitility, never sleeps).
 */
public final class TopicProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, TopicProbe> SHARED = new ConcurrentHashMap<>();

    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
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
                        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
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

    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(records);
    }

    public List<ConsumerRecord<String, String>> records(Predicate<ConsumerRecord<String, String>> filter) {
        return records.stream().filter(filter).toList();
    }

    /**
     * The CloudEvents seen so far for one LA, optionally of one type ({@code null}: any). A record that is not
     * JSON fails the caller: nothing the platform publishes should be unreadable.
     */
    public List<JsonNode> cloudEvents(String tenant, String type) {
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
