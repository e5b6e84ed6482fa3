package uk.send.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./benchmark-latency}: end-to-end latency from a change committed in plan-service to the
 * notification stored in the lead officer's inbox (outbox row written → relay → Kafka → consumer →
 * inbox row), over sequential task creations, and the consumer's throughput over a burst; in the same
 * run, the bare broker's produce-to-consume latency from Kafka's own EndToEndLatency tool. Writes
 * docs/benchmarks/notification-latency.md.
 */
public final class LatencyBenchmark {

    private static final Pattern PERCENTILES = Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+), 99.9th = (\\d+)");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("sustained")) {
            sustainedOnly(args.length > 1 ? Integer.parseInt(args[1]) : 6000, args.length > 2 ? Integer.parseInt(args[2]) : 20,
                    args.length > 3 ? Integer.parseInt(args[3]) : 1);
            return;
        }
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int burstProgrammes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int sustainedRate = args.length > 2 ? Integer.parseInt(args[2]) : 6000;
        int sustainedSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int sustainedRuns = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        Path root = Classpaths.projectRoot();
        Path dir = Files.createTempDirectory("send-latency-");
        String la = "BENCH";
        String person = "bench.lead@bench.gov.uk";
        String token = DevTokens.mint(la, person, "programme-lead");
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), 0);
             KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), 0);
             ServiceProcess plan = ServiceProcess.start(root, "plan-service", 18181,
                     PlatformLayout.config(PlatformLayout.service("plan-service"), postgres, kafka), dir.resolve("logs"));
             ServiceProcess notifications = ServiceProcess.start(root, "notification-service", 18184,
                     PlatformLayout.config(PlatformLayout.service("notification-service"), postgres, kafka), dir.resolve("logs"))) {
            plan.awaitReady(Duration.ofSeconds(60));
            notifications.awaitReady(Duration.ofSeconds(60));
            HttpClient http = HttpClient.newHttpClient();

            int[] bare = bareBroker(kafka, events);

            String programme = post(http, plan.baseUrl() + "/api/v1/programmes", token,
                    "{\"title\":\"Latency benchmark\",\"kind\":\"WORK_PROGRAMME\"}").replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            int warmup = 200;
            // Like Kafka's EndToEndLatency, one event in flight at a time: a new task every 25 ms (well above the
            // p99), so what is measured is the path's latency, not a queue behind the previous event.
            long next = System.nanoTime();
            for (int i = 0; i < warmup + events; i++) {
                post(http, plan.baseUrl() + "/api/v1/programmes/" + programme + "/tasks", token,
                        "{\"title\":\"Task " + i + "\",\"leadOfficer\":{\"id\":\"" + person + "\"},\"dueDate\":\"" + LocalDate.now().plusMonths(2) + "\"}");
                next += TimeUnit.MILLISECONDS.toNanos(25);
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            awaitInbox(postgres, person, warmup + events);
            long[] latencies = latenciesMicros(postgres, "Latency benchmark", warmup, warmup + events);
            long[] relay = relayMicros(postgres, warmup, warmup + events);

            // The same again back to back: each task posted as soon as the previous answer arrives, so events
            // queue behind each other on this 2-core machine. Reported separately: it is load, not the path.
            for (int i = 0; i < events; i++) {
                post(http, plan.baseUrl() + "/api/v1/programmes/" + programme + "/tasks", token,
                        "{\"title\":\"Loaded " + i + "\",\"leadOfficer\":{\"id\":\"" + person + "\"},\"dueDate\":\"" + LocalDate.now().plusMonths(2) + "\"}");
            }
            awaitInbox(postgres, person, warmup + 2L * events);
            long[] loaded = latenciesMicros(postgres, "Latency benchmark", warmup + events, warmup + 2 * events);

            // Burst: many tasks committed at once; the consumer's throughput is events over the time to drain them.
            long before = inboxCount(postgres, person);
            StringBuilder tasks = new StringBuilder();
            for (int t = 0; t < 100; t++) {
                tasks.append(t == 0 ? "" : ",").append("{\"title\":\"Burst task ").append(t).append("\",\"leadOfficer\":{\"id\":\"").append(person).append("\"}}");
            }
            long t0 = System.nanoTime();
            List<Thread> posters = new ArrayList<>();
            for (int p = 0; p < burstProgrammes; p++) {
                int n = p;
                Thread th = new Thread(() -> post(http, plan.baseUrl() + "/api/v1/programmes", token,
                        "{\"title\":\"Burst " + n + "\",\"kind\":\"WORK_PROGRAMME\",\"tasks\":[" + tasks + "]}"));
                th.start();
                posters.add(th);
            }
            for (Thread th : posters) {
                th.join();
            }
            long burstEvents = burstProgrammes * 100L;
            awaitInbox(postgres, person, before + burstEvents);
            double seconds = (System.nanoTime() - t0) / 1e9;

            // Sustained load: a fixed offered rate for a fixed time, straight onto the topic (the HTTP side of
            // plan-service cannot offer thousands of events a second on these 2 cores; its relay can).
            List<SustainedLoad.Result> sustained = new ArrayList<>();
            for (int run = 0; run < sustainedRuns; run++) {
                sustained.add(SustainedLoad.run(kafka, postgres, notifications, sustainedRate, sustainedSeconds));
            }

            write(root, events, bare, latencies, relay, loaded, burstEvents, seconds, sustained,
                    loadBefore, Files.readString(Path.of("/proc/loadavg")).trim());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * {@code ./benchmark-latency sustained [rate] [seconds] [runs]}: the sustained-load phase alone, printed and not written
     * to the results file (for working on the consumer; the results file comes from a full run).
     */
    private static void sustainedOnly(int rate, int seconds, int runs) throws Exception {
        Path dir = Files.createTempDirectory("send-sustained-");
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), 0);
             KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), 0);
             ServiceProcess notifications = ServiceProcess.start(Classpaths.projectRoot(), "notification-service", 18184,
                     PlatformLayout.config(PlatformLayout.service("notification-service"), postgres, kafka), dir.resolve("logs"))) {
            notifications.awaitReady(Duration.ofSeconds(60));
            StringBuilder rows = new StringBuilder(SUSTAINED_HEADER);
            StringBuilder cpu = new StringBuilder(SustainedLoad.CPU_HEADER);
            for (int run = 1; run <= runs; run++) {
                SustainedLoad.Result r = SustainedLoad.run(kafka, postgres, notifications, rate, seconds);
                rows.append(SustainedLoad.row(r));
                cpu.append(SustainedLoad.cpuRow(run, r));
            }
            System.out.print(rows + "\n" + cpu);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static final String SUSTAINED_HEADER = "| phase | events | produced (broker acks) | first send → last inbox row | delivered | sent → inbox p50 | p99 | max |\n"
            + "|---|---|---|---|---|---|---|---|\n";

    private static int[] bareBroker(KafkaBroker kafka, int messages) throws Exception {
        Process p = new ProcessBuilder(Classpaths.javaExecutable(), "-cp", Classpaths.devstackRuntime(),
                "org.apache.kafka.tools.EndToEndLatency", kafka.bootstrapServers(), "bare-latency", String.valueOf(messages), "all", "800")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(5, TimeUnit.MINUTES);
        Matcher m = PERCENTILES.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("EndToEndLatency printed no percentiles:\n" + out);
        }
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    private static String post(HttpClient http, String url, String token, String json) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long inboxCount(PostgresServer pg, String person) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("notification"), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from notification where recipient = '" + person + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void awaitInbox(PostgresServer pg, String person, long expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (inboxCount(pg, person) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("inbox never reached " + expected);
            }
            Thread.sleep(20);
        }
    }

    /** Inbox row time minus outbox row time, per task event, after the warm-up ones. */
    private static long[] latenciesMicros(PostgresServer pg, String programmeTitle, int from, int to) throws Exception {
        Map<String, Long> written = new HashMap<>();
        List<String> order = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("plan"), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select event_id, extract(epoch from created_at) * 1000000 from outbox_event_each "
                     + "where event_type = 'uk.send.plan.task.created.v1' order by seq, position")) {
            while (rs.next()) {
                written.put(rs.getString(1), rs.getLong(2));
                order.add(rs.getString(1));
            }
        }
        Map<String, Long> stored = new HashMap<>();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("notification"), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select event_id, extract(epoch from created_at) * 1000000 from notification "
                     + "where event_type = 'uk.send.plan.task.created.v1'")) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getLong(2));
            }
        }
        List<Long> latencies = new ArrayList<>();
        for (String id : order.subList(from, Math.min(to, order.size()))) {
            latencies.add(stored.get(id) - written.get(id));
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted;
    }

    /** Outbox row written → marked published (commit, relay wake-up, send, broker ack), per task event after the warm-up. */
    private static long[] relayMicros(PostgresServer pg, int from, int to) throws Exception {
        List<Long> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("plan"), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select extract(epoch from published_at - created_at) * 1000000 from outbox_event_each "
                     + "where event_type = 'uk.send.plan.task.created.v1' order by seq, position offset " + from + " limit " + (to - from))) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static double pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
    }

    private static void write(Path root, int events, int[] bare, long[] e2e, long[] relay, long[] loaded, long burstEvents, double seconds,
                              List<SustainedLoad.Result> sustained, String loadBefore, String loadAfter) throws Exception {
        double p99 = pct(e2e, 99);
        String md = "# Notification latency and throughput\n\n"
                + "Measured by `./benchmark-latency` on " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, JDK " + System.getProperty("java.version")
                + ", one real Kafka broker (KRaft) and one PostgreSQL, packaged plan-service and notification-service with the launcher's JVM options.\n\n"
                + "*End to end* is, per event, the time from the outbox row being written in plan-service's transaction (just before commit) "
                + "to the notification row being written in notification-service: commit, relay woken on commit, Kafka (acks=all, idempotent), "
                + "consumer (Kafka's default fetch: answered as soon as the event arrives), idempotency claim and inbox insert. " + events + " task creations, one every 25 ms (one event in flight, as Kafka's tool measures), after 200 warm-up ones. "
                + "*Bare broker* is Kafka's own `org.apache.kafka.tools.EndToEndLatency` (acks=all, " + events + " messages of 800 bytes, "
                + "whole milliseconds) against the same broker in the same run. JVM options of the services: `" + String.join(" ", ServiceProcess.jvmOptions()) + "`.\n\n"
                + "| measure | p50 | p95 | p99 | max |\n|---|---|---|---|---|\n"
                + String.format("| end to end, plan-service commit → inbox | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", pct(e2e, 50), pct(e2e, 95), p99, pct(e2e, 100))
                + String.format("| of which: outbox row → published (commit, relay, broker ack) | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", pct(relay, 50), pct(relay, 95), pct(relay, 99), pct(relay, 100))
                + String.format("| end to end, back to back (events queue on 2 cores) | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", pct(loaded, 50), pct(loaded, 95), pct(loaded, 99), pct(loaded, 100))
                + String.format("| bare broker produce → consume | %d ms | – | %d ms | %d ms (p99.9) |%n", bare[0], bare[1], bare[2])
                + String.format("%nTarget (issue 4), one event in flight as the bare broker is measured: end-to-end p99 at most 3 × the bare broker's p99: %.1f ms against %d ms → %s.%n",
                p99, 3 * Math.max(1, bare[1]), p99 <= 3 * Math.max(1, bare[1]) ? "met" : "NOT met")
                + String.format("%nConsumer throughput: a burst of %d task events (%d programmes of 100 tasks posted at once) reached the inbox in %.2f s: %.0f events/s, "
                + "end to end through the relay, the broker and the consumer.%n", burstEvents, burstEvents / 100, seconds, burstEvents / seconds)
                + sustainedSection(sustained, loadBefore, loadAfter);
        Path out = root.resolve("docs/benchmarks/notification-latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.print(md);
        System.out.println("Wrote " + out);
    }

    private static String sustainedSection(List<SustainedLoad.Result> runs, String loadBefore, String loadAfter) {
        StringBuilder rows = new StringBuilder(SUSTAINED_HEADER);
        StringBuilder cpu = new StringBuilder(SustainedLoad.CPU_HEADER);
        double[] delivered = new double[runs.size()];
        double[] cpuBound = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            rows.append(SustainedLoad.row(runs.get(i)));
            cpu.append(SustainedLoad.cpuRow(i + 1, runs.get(i)));
            delivered[i] = runs.get(i).deliveredPerSecond();
            cpuBound[i] = runs.get(i).cpuBoundPerSecond();
        }
        java.util.Arrays.sort(delivered);
        java.util.Arrays.sort(cpuBound);
        double median = delivered[delivered.length / 2];
        return "\n## Sustained load (issue 13)\n\nTask-created events produced straight onto `plan.events` (acks=all, linger 5 ms) at a fixed "
                + "offered rate for a fixed time, for 100 lead officers of one LA, " + runs.size() + " runs one after another against the same "
                + "services; the consumer takes them in batches (one transaction, one idempotency claim and a handful of set-based statements per "
                + "batch). *Produced* is what the load generator itself achieved (events over the time from the first send to the broker's last "
                + "acknowledgement): no delivered rate can be higher. *Delivered* is events over the time from the first send to the last inbox row; "
                + "*sent → inbox* is, per event, the broker's acknowledgement of the send (the event committed to the log) to its inbox row.\n\n"
                + rows
                + "\nCPU time each process used over each run, per 1,000 events (from /proc: unlike the rates above it hardly depends on what else "
                + "shares the machine). The *CPU-bound rate* is the machine's cores over the CPU an event costs the four processes: the rate they "
                + "could sustain with the machine to themselves.\n\n"
                + cpu
                + String.format("%nTarget (issue 13): at least 5,000 events/s sustained → %s (median of %d runs %,.0f events/s delivered, spread %,.0f–%,.0f; "
                        + "CPU-bound %,.0f–%,.0f events/s).%n", median >= 5000 ? "met" : "NOT met", runs.size(), median, delivered[0],
                delivered[delivered.length - 1], cpuBound[0], cpuBound[cpuBound.length - 1])
                + "\nLoad average (/proc/loadavg) at the start of the whole benchmark: `" + loadBefore + "`, at its end: `" + loadAfter + "` (2 cores: "
                + "above 2, processes were waiting for a core and every rate above is lower than the code can do).\n";
    }

    private LatencyBenchmark() {
    }
}
