package uk.send.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.jobs.BackgroundWorker;
import uk.send.platform.jobs.BackgroundWorker.Step;
import uk.send.platform.jobs.ClusterLock;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends committed outbox rows to Kafka in {@code seq} order and marks them published. A row may hold several events
 * ({@link Outbox#PACK}): they are sent in their order in the row, and the row is marked once all of them are acknowledged.
 *
 * <p>One relay thread per instance; a PostgreSQL advisory lock makes sure only one instance relays at a
 * time, so with several replicas each event still goes out once and in order. The thread is woken as
 * soon as a transaction that wrote outbox rows commits, and polls as a fallback. When the broker is
 * down the rows simply wait (request threads never touch the broker); the relay backs off and retries.
 * Delivery is at least once: consumers de-duplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final String LOCK_NAME = "send.outbox.relay";

    private static final String NEXT_EVENTS = """
            select o.seq, o.topic, e.event_key, e.payload
            from (select seq from (
                      select seq, sum(event_count) over (order by seq) - event_count as before
                      from (select seq, event_count from outbox_event where published_at is null order by seq limit ?) u
                  ) w where before < ?) n
            join outbox_event o on o.seq = n.seq
            cross join lateral (
                select 0::bigint as position, o.event_key, o.payload
                union all
                select m.position, m.event_key, m.payload from unnest(o.more_keys, o.more_payloads) with ordinality as m (event_key, payload, position)
            ) e
            order by o.seq, e.position""";

    private final EntityManager em;
    private final ClusterLock lock;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final String clientId;
    private final Counter published;
    private final Counter failures;
    private BackgroundWorker worker;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(EntityManager em, ClusterLock lock, OutboxConfig config, MeterRegistry registry,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.em = em;
        this.lock = lock;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.clientId = applicationName + "-outbox-relay";
        this.published = registry.counter("send.outbox.published");
        this.failures = registry.counter("send.outbox.relay.failures");
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        producer = new KafkaProducer<>(producerProperties());
        worker = BackgroundWorker.start(clientId, this::step, this::ensureTopic, config.pollInterval(), config.maxBackoff());
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.stop(config.sendTimeout().plusSeconds(1));
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
    }

    /** Wakes the relay once a transaction that wrote outbox rows has committed. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (worker != null) {
            worker.wake();
        }
    }

    /**
     * Creates the topic if it does not exist yet, so that consumers subscribed before the first event
     * see its partitions at once. Best effort: with the broker down the relay simply carries on.
     */
    private void ensureTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000))) {
            admin.createTopics(List.of(new NewTopic(config.topic(), Optional.of(config.topicPartitions()), Optional.empty())))
                    .all().get(6, TimeUnit.SECONDS);
            LOG.infof("Created topic %s", config.topic());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("Could not create topic %s now: %s", config.topic(), e.getCause().getMessage());
            }
        } catch (Exception e) {
            LOG.warnf("Could not create topic %s now: %s", config.topic(), e.getMessage());
        }
    }

    private Step step() {
        try {
            Step step = QuarkusTransaction.requiringNew().call(this::relayBatch);
            if (step == Step.FAILED) {
                failures.increment();
            }
            return step;
        } catch (RuntimeException e) {
            failures.increment();
            LOG.warnf("Outbox relay could not reach the database: %s", e.getMessage());
            return Step.FAILED;
        }
    }

    private Step relayBatch() {
        if (!lock.tryLockForTransaction(LOCK_NAME)) {
            return Step.BUSY_ELSEWHERE;
        }
        List<Object[]> events = nextEvents();
        if (events.isEmpty()) {
            return Step.DRAINED;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(events.size());
        boolean failed = false;
        try {
            for (Object[] event : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>((String) event[1], (String) event[2], (String) event[3]);
                record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                sends.add(producer.send(record));
            }
        } catch (RuntimeException e) {
            failed = true;
            LOG.warnf("Outbox relay could not hand events to Kafka: %s", e.getMessage());
        }
        // A row is sent once every event it holds is acknowledged; it is marked as a whole.
        List<Long> sent = new ArrayList<>();
        int sentEvents = 0;
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (int i = 0; i < sends.size() && !failed; i++) {
            try {
                sends.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                long seq = ((Number) events.get(i)[0]).longValue();
                if (i + 1 == events.size() || ((Number) events.get(i + 1)[0]).longValue() != seq) {
                    sent.add(seq);
                    sentEvents = i + 1;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed = true;
            } catch (Exception e) {
                // Stop at the first failure: the rest stay unsent and go out, in order, on the next attempt (a row whose
                // first events were acknowledged goes out whole again: delivery is at least once).
                failed = true;
                LOG.warnf("Outbox relay: broker did not acknowledge an event: %s", e.getMessage());
            }
        }
        if (!sent.isEmpty()) {
            // One array parameter: an IN list would be a statement text (and a plan) of its own for every batch size.
            em.unwrap(Session.class).doWork(c -> {
                try (PreparedStatement ps = c.prepareStatement("update outbox_event set published_at = now() where seq = any(?)")) {
                    ps.setArray(1, c.createArrayOf("int8", sent.toArray()));
                    ps.executeUpdate();
                }
            });
            published.increment(sentEvents);
        }
        if (failed) {
            return Step.FAILED;
        }
        return events.size() < config.batchSize() ? Step.DRAINED : Step.MORE;
    }

    /**
     * The next unpublished rows' events in order (seq, then place in the row), as (seq, topic, key, payload): rows are
     * taken while the events before them number fewer than the batch size, so a batch holds at most the batch size plus
     * one row's events ({@link Outbox#PACK}), however the events were packed.
     */
    private List<Object[]> nextEvents() {
        // Plain JDBC on the transaction's connection: a Hibernate native query resolved the statement and the result
        // set's metadata again on every step: about half of the relay's own CPU under a steady stream of POSTs (JFR).
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(NEXT_EVENTS)) {
                ps.setInt(1, config.batchSize());
                ps.setInt(2, config.batchSize());
                List<Object[]> events = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                    }
                }
                return events;
            }
        });
    }

    private Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        // 64 KB per partition batch (default 16 KB): a relay batch of thousands of events goes in a quarter of the requests.
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, "65536");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, config.compression());
        int timeoutMs = (int) config.sendTimeout().toMillis();
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(Math.min(timeoutMs, 5000)));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.min(timeoutMs, 5000)));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(timeoutMs, 6000)));
        p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        return p;
    }
}
