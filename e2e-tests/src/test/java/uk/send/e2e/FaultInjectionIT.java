package uk.send.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.send.devstack.DevTokens;
import uk.send.devstack.PostgresServer;
import uk.send.devstack.ServiceProcess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault injection against the packaged services (two plan-service and two notification-service replicas on
 * one PostgreSQL and one Kafka broker): while writers post a steady burst of programmes (one task each, so
 * each accepted write must put exactly one "You lead a new task" notification in the lead's inbox), the
 * broker, PostgreSQL, a plan-service replica and a notification-service replica are each killed with SIGKILL.
 * Printed and written to {@code target/security-suite/faults.json}: writes accepted, requests failed, events
 * lost (accepted, never in the inbox) and duplicated (in the inbox more than once), and for the consumer the
 * failover (the slowest commit → inbox time of the writes made after the kill). Lost and duplicated must be 0,
 * failover under 10 s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionIT {

    private static final String NOTICE_PREFIX = "You lead a new task: ";
    private static final int WRITES_BEFORE_FAULT = 30;
    private static final int WRITES_AFTER_FAULT = 30;
    private static final Duration BURST = Duration.ofSeconds(Integer.getInteger("suite.fault.burst-seconds", 6));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private RunningPlatform platform;
    private final List<ServiceProcess> plans = new CopyOnWriteArrayList<>();
    private final List<ServiceProcess> notifications = new ArrayList<>();

    @BeforeAll
    void startPlatform() throws Exception {
        platform = new RunningPlatform();
        plans.add(platform.start("plan-service"));
        plans.add(platform.start("plan-service"));
        notifications.add(platform.start("notification-service"));
        notifications.add(platform.start("notification-service"));
    }

    @AfterAll
    void stopPlatform() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    /** One fault's burst: what was written, when it was accepted, and what failed. */
    private final class Burst {
        final String la = "FAULT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        final String lead = "lead@" + la.toLowerCase() + ".example";
        final String token = DevTokens.mint(la, "head@" + la.toLowerCase() + ".example", "programme-lead");
        final Map<String, Long> acceptedAtMillis = new ConcurrentHashMap<>();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicBoolean running = new AtomicBoolean(true);
        final List<Thread> writers = new ArrayList<>();

        Burst start() {
            AtomicInteger n = new AtomicInteger();
            for (int w = 0; w < 3; w++) {
                Thread t = new Thread(() -> {
                    while (running.get()) {
                        int i = n.incrementAndGet();
                        List<ServiceProcess> alive = List.copyOf(plans);
                        write("Fault task " + i, alive.get(i % alive.size()));
                    }
                });
                t.start();
                writers.add(t);
            }
            return this;
        }

        private void write(String title, ServiceProcess plan) {
            String body = "{\"title\":\"Fault programme\",\"kind\":\"RECOVERY_PLAN\",\"tasks\":[{\"title\":\"" + title
                    + "\",\"leadOfficer\":{\"id\":\"" + lead + "\"},\"dueDate\":\"" + LocalDate.now().plusMonths(3) + "\"}]}";
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(plan.baseUrl() + "/api/v1/programmes"))
                        .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    acceptedAtMillis.put(NOTICE_PREFIX + title, System.currentTimeMillis());
                } else {
                    failed.incrementAndGet();
                }
            } catch (Exception e) {
                failed.incrementAndGet();
            }
        }

        long acceptedSince(long millis) {
            return acceptedAtMillis.values().stream().filter(t -> t > millis).count();
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : writers) {
                t.join();
            }
        }
    }

    private interface Fault {
        void inject(Burst burst) throws Exception;
    }

    @Test
    void shouldLoseAndDuplicateNothingWhenAnythingIsKilledMidBurst() throws Exception {
        ArrayNode faults = new ObjectMapper().createArrayNode();
        run(faults, "Kafka broker (SIGKILL, at least 3 s down)", burst -> {
            long down = System.currentTimeMillis();
            platform.kafka.stop(true);
            // Kept down for 3 s and until the outbox has banked writes it cannot yet publish.
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
                    .until(() -> burst.acceptedSince(down) >= WRITES_AFTER_FAULT);
            platform.kafka.start();
        });
        run(faults, "PostgreSQL (SIGKILL of every server process, at least 2 s down)", burst -> {
            int failedBefore = burst.failed.get();
            // Kept down for 2 s and until the writers have seen it fail.
            platform.crashAndRestartPostgres(Duration.ofSeconds(2), () -> burst.failed.get() > failedBefore);
        });
        run(faults, "plan-service replica (SIGKILL; the other replica goes on)", burst -> plans.remove(0).stop(true));
        long[] failover = new long[1];
        ObjectNode consumer = run(faults, "notification-service replica (SIGKILL; the other takes its partitions)", burst -> {
            notifications.get(0).stop(true);
            failover[0] = System.currentTimeMillis();
        });
        ObjectNode root = new ObjectMapper().createObjectNode().put("service", "fault-injection")
                .put("description", "Packaged services (launcher JVM options), 2 plan-service and 2 notification-service replicas, one "
                        + "PostgreSQL, one Kafka broker. Three writers post programmes (one task each) for " + BURST.toSeconds()
                        + " s; the fault strikes once " + WRITES_BEFORE_FAULT + " writes are accepted, and the burst goes on for "
                        + (BURST.toSeconds() - 2) + " s after it and until " + WRITES_AFTER_FAULT + " more are accepted. Failed requests are expected while the database is down or a replica dies "
                        + "(the caller sees an error and may retry); what was accepted must reach the inbox exactly once. "
                        + "Consumer failover = slowest commit → inbox time of writes accepted after the kill (session.timeout.ms 6 s).");
        root.set("faults", faults);
        Path out = Path.of("target/security-suite");
        Files.createDirectories(out);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve("faults.json").toFile(), root);
        System.out.println(root.toPrettyString());

        faults.forEach(f -> {
            assertThat(f.path("lost").asInt()).as(f.path("fault").asText() + ": events lost " + f.path("lostTitles")
                    + " (" + f.path("lostByDatabase").asInt() + " of them not in plan-service's database either)").isZero();
            assertThat(f.path("duplicated").asInt()).as(f.path("fault").asText() + ": events duplicated").isZero();
            assertThat(f.path("accepted").asInt()).as(f.path("fault").asText() + ": writes accepted").isPositive();
        });
        assertThat(consumer.path("failoverMillis").asLong()).as("consumer failover after SIGKILL").isLessThan(10_000);
    }

    private ObjectNode run(ArrayNode faults, String name, Fault fault) throws Exception {
        Burst burst = new Burst().start();
        // The fault strikes once the burst is under way (writes being accepted), not after a fixed pause.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> burst.acceptedAtMillis.size() >= WRITES_BEFORE_FAULT);
        long killedAt = System.currentTimeMillis();
        fault.inject(burst);
        // The burst goes on until the platform has visibly recovered (writes accepted again after the fault)
        // and has run for its length, so every fault is followed by the same kind of traffic.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> System.currentTimeMillis() - killedAt >= BURST.toMillis() - 2000
                        && burst.acceptedSince(killedAt + 500) >= WRITES_AFTER_FAULT);
        burst.stop();

        Map<String, Long> inboxAt = awaitInbox(burst, Duration.ofSeconds(90));
        Map<String, Integer> counts = inboxCounts(burst.la);
        List<String> lostTitles = burst.acceptedAtMillis.keySet().stream().filter(t -> !counts.containsKey(t)).sorted().toList();
        // A write acknowledged with 201 whose task is not in plan-service's own database was lost by the
        // database, not by the outbox/Kafka/consumer pipeline: told apart so a failure says where to look.
        Set<String> stored = storedTaskTitles(burst.la);
        long lostByDatabase = lostTitles.stream().filter(t -> !stored.contains(t.substring(NOTICE_PREFIX.length()))).count();
        int duplicated = counts.values().stream().mapToInt(c -> c - 1).sum();
        long failover = burst.acceptedAtMillis.entrySet().stream().filter(e -> e.getValue() >= killedAt && inboxAt.containsKey(e.getKey()))
                .mapToLong(e -> inboxAt.get(e.getKey()) - e.getValue()).max().orElse(-1);
        ObjectNode f = faults.addObject().put("fault", name).put("accepted", burst.acceptedAtMillis.size())
                .put("failed", burst.failed.get()).put("lost", lostTitles.size()).put("lostByDatabase", lostByDatabase)
                .put("duplicated", duplicated).put("failoverMillis", failover)
                .put("failover", failover < 0 ? "–" : String.format("%.1f s", failover / 1000.0));
        lostTitles.stream().limit(10).forEach(f.putArray("lostTitles")::add);
        System.out.println("FAULT " + f);
        return f;
    }

    /** Waits until every accepted write is in the inbox (or the time is up); inbox row time per title. */
    private Map<String, Long> awaitInbox(Burst burst, Duration timeout) {
        AtomicReference<Map<String, Long>> at = new AtomicReference<>(Map.of());
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
                at.set(inboxTimes(burst.la));
                return at.get().keySet().containsAll(burst.acceptedAtMillis.keySet());
            });
        } catch (ConditionTimeoutException notAllArrived) {
            // reported as lost below, with the titles
        }
        return at.get();
    }

    private Set<String> storedTaskTitles(String la) throws Exception {
        Set<String> titles = new HashSet<>();
        try (Connection c = DriverManager.getConnection(platform.postgres.jdbcUrl("plan"), PostgresServer.USER, PostgresServer.PASSWORD);
             PreparedStatement s = c.prepareStatement("select title from plan_item where tenant = ?")) {
            s.setString(1, la);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    titles.add(rs.getString(1));
                }
            }
        }
        return titles;
    }

    private Connection notificationDb() throws Exception {
        return DriverManager.getConnection(platform.postgres.jdbcUrl("notification"), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    private Map<String, Long> inboxTimes(String la) throws Exception {
        Map<String, Long> at = new HashMap<>();
        try (Connection c = notificationDb(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select title, (extract(epoch from min(created_at)) * 1000)::bigint from notification "
                     + "where tenant = '" + la + "' group by title")) {
            while (rs.next()) {
                at.put(rs.getString(1), rs.getLong(2));
            }
        } catch (java.sql.SQLException databaseStillRecovering) {
            // asked again on the next round
        }
        return at;
    }

    private Map<String, Integer> inboxCounts(String la) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = notificationDb(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select title, count(*) from notification where tenant = '" + la + "' group by title")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }
}
