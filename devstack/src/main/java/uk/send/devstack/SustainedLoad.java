package uk.send.devstack;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The sustained-load phase of {@code ./benchmark-latency}: task-created CloudEvents produced straight onto
 * {@code plan.events} (as plan-service's relay does after a national deadline scan or an LA's onboarding) at a
 * fixed offered rate for a fixed time, spread over 100 lead officers of one LA; then how many reached the
 * inbox per second, and each event's time from being sent (acks=all, so: committed to the log) to its inbox row.
 */
final class SustainedLoad {

    /**
     * Offered rate, events sent, seconds from the first send to the last inbox row, delivered rate, latency percentiles (µs),
     * seconds from the first send to the broker's last acknowledgement (what the producer itself achieved), and the CPU
     * time (ms) each process used over the run: notification-service, PostgreSQL, the Kafka broker, the load generator.
     */
    record Result(int offeredPerSecond, long events, double seconds, double deliveredPerSecond, long[] latencyMicros, double producedSeconds,
                  long[] cpuMillis, String loadBefore, String loadAfter) {

        double producedPerSecond() {
            return events / producedSeconds;
        }

        /** CPU milliseconds per 1,000 events of process {@code i} (an index of {@link #CPU_NAMES}). */
        double cpuPerThousand(int i) {
            return cpuMillis[i] * 1000.0 / events;
        }

        /**
         * Events a second the machine's cores could carry if these four processes had them to themselves: cores over
         * the CPU time an event costs all four. Unlike the delivered rate it hardly depends on what else runs.
         */
        double cpuBoundPerSecond() {
            long total = java.util.Arrays.stream(cpuMillis).sum();
            return Runtime.getRuntime().availableProcessors() * 1000.0 * events / Math.max(1, total);
        }
    }

    static final String[] CPU_NAMES = {"notification-service", "PostgreSQL", "Kafka broker", "load generator"};

    private SustainedLoad() {
    }

    static Result run(KafkaBroker kafka, PostgresServer postgres, ServiceProcess notifications, int perSecond, int seconds) throws Exception {
        String la = "SUSTAIN" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Map<String, Long> sentMicros = new java.util.concurrent.ConcurrentHashMap<>();
        long events = (long) perSecond * seconds;
        String loadBefore = loadAverage();
        long[] cpuBefore = cpu(notifications, postgres, kafka);
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            String programme = UUID.randomUUID().toString();
            long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
            for (long i = 0; i < events; i++) {
                long due = t0 + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 1_000_000) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String id = UUID.randomUUID().toString();
                String task = UUID.randomUUID().toString();
                String value = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/send-platform/plan-service\","
                        + "\"type\":\"uk.send.plan.task.created.v1\",\"subject\":\"" + task + "\",\"time\":\"" + Instant.now() + "\","
                        + "\"datacontenttype\":\"application/json\",\"tenant\":\"" + la + "\",\"data\":{\"programmeId\":\"" + programme
                        + "\",\"taskId\":\"" + task + "\",\"kind\":\"TASK\",\"title\":\"Sustained " + i + "\",\"status\":\"NOT_STARTED\","
                        + "\"dueDate\":\"" + LocalDate.now().plusMonths(2) + "\",\"leadOfficer\":{\"id\":\"lead" + (i % 100) + "@" + la + "\"}}}";
                producer.send(new ProducerRecord<>("plan.events", task, value), (meta, e) -> {
                    if (e == null) {
                        sentMicros.put(id, ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
                    }
                });
            }
            producer.flush();
        }
        double produced = (System.nanoTime() - t0) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (count(postgres, la) < events) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the inbox never reached " + events + " sustained-load notifications");
            }
            // Not more often: each count scans the LA's rows, CPU taken from the database being measured. The end of the
            // run is the last row's own time, so this interval does not change the figures.
            Thread.sleep(500);
        }
        long[] cpu = cpu(notifications, postgres, kafka);
        for (int i = 0; i < cpu.length; i++) {
            cpu[i] -= cpuBefore[i];
        }
        double elapsed = lastRowSeconds(postgres, la, t0);
        return new Result(perSecond, events, elapsed, events / elapsed, latencies(postgres, la, sentMicros), produced, cpu, loadBefore, loadAverage());
    }

    /** The 1-minute load average (/proc/loadavg): how many processes wanted the machine's cores. */
    private static String loadAverage() throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static long[] cpu(ServiceProcess notifications, PostgresServer postgres, KafkaBroker kafka) throws Exception {
        return new long[]{notifications.cpuMillis(), postgres.cpuMillis(), kafka.cpuMillis(), ProcessCpu.ownMillis()};
    }

    private static Connection connect(PostgresServer pg) throws Exception {
        return DriverManager.getConnection(pg.jdbcUrl("notification"), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    private static long count(PostgresServer pg, String la) throws Exception {
        try (Connection c = connect(pg); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from notification where tenant = '" + la + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Seconds from the first send to the last inbox row (database clock and this JVM's clock are the same machine's). */
    private static double lastRowSeconds(PostgresServer pg, String la, long t0Nanos) throws Exception {
        long startMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()) - (System.nanoTime() - t0Nanos) / 1000;
        try (Connection c = connect(pg); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select extract(epoch from max(created_at)) * 1000000 from notification where tenant = '" + la + "'")) {
            rs.next();
            return (rs.getLong(1) - startMicros) / 1e6;
        }
    }

    private static long[] latencies(PostgresServer pg, String la, Map<String, Long> sentMicros) throws Exception {
        Map<String, Long> stored = new HashMap<>();
        try (Connection c = connect(pg); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select event_id, extract(epoch from created_at) * 1000000 from notification where tenant = '" + la + "'")) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getLong(2));
            }
        }
        return stored.entrySet().stream().filter(e -> sentMicros.containsKey(e.getKey()))
                .mapToLong(e -> Math.max(0, e.getValue() - sentMicros.get(e.getKey()))).sorted().toArray();
    }

    static String row(Result r) {
        long[] l = r.latencyMicros();
        return String.format("| %,d events/s offered for %d s | %,d | %,.0f events/s | %.1f s | %,.0f events/s | %.1f ms | %.1f ms | %.1f ms |%n",
                r.offeredPerSecond(), r.events() / Math.max(1, r.offeredPerSecond()), r.events(), r.producedPerSecond(), r.seconds(), r.deliveredPerSecond(),
                pct(l, 50), pct(l, 99), pct(l, 100));
    }

    /** The header of the CPU table, whose rows are {@link #cpuRow}. */
    static final String CPU_HEADER = "| run | " + String.join(" | ", CPU_NAMES) + " | all four | CPU-bound rate | load average before → after |\n"
            + "|---|---|---|---|---|---|---|---|\n";

    /**
     * A run's CPU: milliseconds per 1,000 events of each process and of all four, the rate the machine's cores could
     * carry at that cost if the four had them to themselves, and the load average around the run.
     */
    static String cpuRow(int run, Result r) {
        StringBuilder md = new StringBuilder("| ").append(run);
        long total = 0;
        for (int i = 0; i < CPU_NAMES.length; i++) {
            md.append(String.format(" | %.0f ms", r.cpuPerThousand(i)));
            total += r.cpuMillis()[i];
        }
        return md.append(String.format(" | %.0f ms | %,.0f events/s | %s → %s |%n", total * 1000.0 / r.events(), r.cpuBoundPerSecond(),
                r.loadBefore(), r.loadAfter())).toString();
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
    }
}
