package uk.send.devstack;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ./benchmark-ehcp-timelines}: an LA's history of EHCP decisions (200,000 by default, 5 per EHCP) published
 * on funding.events as funding-service's relay publishes them, and the time until plan-service has built every
 * EHCP's timeline (all decisions stored and every touched EHCP's clocks written), with plan-service's peak RSS.
 * Reference, in the same run: the raw JDBC floor of storing the same decision rows in the same database (one
 * {@code INSERT … SELECT FROM unnest} per 1,000 rows, no parsing, no clocks). Several runs, each its own LA.
 * Writes docs/benchmarks/ehcp-timelines.md.
 */
public final class EhcpTimelineBenchmark {

    private static final int PER_EHCP = 5;

    public static void main(String[] args) throws Exception {
        int decisions = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path root = Classpaths.projectRoot();
        Path dir = Files.createTempDirectory("send-ehcp-bench-");
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        List<long[]> results = new ArrayList<>();
        long peakRss;
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), 0);
             KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), 0);
             ServiceProcess plan = ServiceProcess.start(root, "plan-service", 18291,
                     PlatformLayout.config(PlatformLayout.service("plan-service"), postgres, kafka), dir.resolve("logs"));
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                     ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                     ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                     ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, "20",
                     ProducerConfig.BATCH_SIZE_CONFIG, "262144"))) {
            plan.awaitReady(Duration.ofSeconds(120));
            RssSampler sampler = RssSampler.start(plan);
            // Warm-up: a small LA, so that the consumer has its partitions and the JIT has seen the path.
            load(producer, postgres, "WARM", 5_000);
            for (int run = 1; run <= runs; run++) {
                String la = "BENCH" + run;
                long planCpu = plan.cpuMillis();
                long postgresCpu = postgres.cpuMillis();
                long built = load(producer, postgres, la, decisions);
                planCpu = plan.cpuMillis() - planCpu;
                postgresCpu = postgres.cpuMillis() - postgresCpu;
                long floor = rawInsertFloor(postgres, "RAW" + run, decisions);
                results.add(new long[]{built, floor, planCpu, postgresCpu});
                System.out.printf("run %d: timelines of %,d decisions built in %,d ms (CPU: plan-service %,d ms, PostgreSQL %,d ms); raw insert floor %,d ms%n",
                        run, decisions, built, planCpu, postgresCpu, floor);
            }
            sampler.close();
            peakRss = sampler.peakMb();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        long[] built = results.stream().mapToLong(r -> r[0]).sorted().toArray();
        long[] floor = results.stream().mapToLong(r -> r[1]).sorted().toArray();
        long[] planCpu = results.stream().mapToLong(r -> r[2]).sorted().toArray();
        long[] postgresCpu = results.stream().mapToLong(r -> r[3]).sorted().toArray();
        StringBuilder md = new StringBuilder("# plan-service: building EHCP timelines from a large LA's history\n\n")
                .append("Measured by `./benchmark-ehcp-timelines ").append(decisions).append(' ').append(runs).append("` on ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", packaged plan-service with the launcher's JVM options (`").append(String.join(" ", ServiceProcess.jvmOptions()))
                .append("`) on a real PostgreSQL and Kafka broker (3 partitions). Each run is a new LA: ").append(String.format("%,d", decisions))
                .append(" `uk.send.funding.ehcp.decision-recorded.v1` CloudEvents (").append(PER_EHCP)
                .append(" per EHCP: request, decided to assess, draft, final plan, review meeting; keyed by EHCP reference) are published on ")
                .append("`funding.events` as fast as the producer goes, and the clock runs from the first send until plan-service has stored every ")
                .append("decision and written every EHCP's clocks (polled in its database every 250 ms). The reference is the floor of storing the same decision ")
                .append("rows with raw JDBC in the same database (`INSERT … SELECT FROM unnest`, 1,000 rows a statement), measured in the same run.\n\n")
                .append("**Read the load average at the end first: on a machine shared with other builds absolute times are noisy; the ratio to ")
                .append("the same-run floor is the steadier figure. The coordinator may re-run it on a quiet machine.**\n\n")
                .append("| measure | runs (sorted) | median | target (issue 9) |\n|---|---|---|---|\n")
                .append(String.format("| every timeline built, from the first decision sent | %s ms | %,d ms | under 60 s |%n", join(built), built[built.length / 2]))
                .append(String.format("| raw JDBC floor: the decision rows alone | %s ms | %,d ms | – |%n", join(floor), floor[floor.length / 2]))
                .append(String.format("| ratio built / floor (median) | – | %.1f× | – |%n", (double) built[built.length / 2] / Math.max(1, floor[floor.length / 2])))
                .append(String.format("| CPU while building: plan-service (its JVM's user + system time) | %s ms | %,d ms | – |%n",
                        join(planCpu), planCpu[planCpu.length / 2]))
                .append(String.format("| CPU while building: PostgreSQL (all its processes) | %s ms | %,d ms | – |%n", join(postgresCpu), postgresCpu[postgresCpu.length / 2]))
                .append(String.format("| plan-service peak RSS throughout | – | %d MB | under 300 MB |%n", peakRss))
                .append("\nLoad average (/proc/loadavg) before the run: `").append(loadBefore).append("`, after: `")
                .append(Files.readString(Path.of("/proc/loadavg")).trim()).append("` (this machine has ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores).\n");
        Path out = root.resolve("docs/benchmarks/ehcp-timelines.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.print(md);
    }

    private static String join(long[] values) {
        return String.join(" / ", Arrays.stream(values).mapToObj(v -> String.format("%,d", v)).toList());
    }

    /** Publishes {@code count} decisions of a new LA and waits until every one is in a timeline; returns the milliseconds. */
    private static long load(KafkaProducer<String, String> producer, PostgresServer pg, String la, int count) throws Exception {
        int ehcps = count / PER_EHCP;
        LocalDate base = LocalDate.now().minusYears(3);
        long t0 = System.nanoTime();
        for (int e = 0; e < ehcps; e++) {
            String ref = la + "-EHCP-" + e;
            LocalDate request = base.plusDays(e % 700);
            String officer = "officer" + (e % 40) + "@" + la.toLowerCase() + ".gov.uk";
            String[][] steps = {
                    {"ASSESSMENT_REQUESTED", request.toString(), ",\"ncy\":" + (e % 12) + ",\"caseOfficerId\":\"" + officer + "\",\"reassessment\":false"},
                    {"DECIDED_TO_ASSESS", request.plusWeeks(5 + e % 3).toString(), ""},
                    {"DRAFT_PLAN_ISSUED", request.plusWeeks(14 + e % 4).toString(), ""},
                    {"FINAL_PLAN_ISSUED", request.plusWeeks(18 + e % 5).toString(), ",\"settingUrns\":[\"100000\"],\"needTypes\":[\"ASD\"]"},
                    {"ANNUAL_REVIEW_HELD", request.plusWeeks(66 + e % 6).toString(), ""}};
            for (int s = 0; s < PER_EHCP; s++) {
                String sourceId = ref + "-" + s;
                String data = "{\"decisionId\":\"" + UUID.randomUUID() + "\",\"sourceId\":\"" + sourceId + "\",\"ehcpRef\":\"" + ref + "\",\"kind\":\""
                        + steps[s][0] + "\",\"decisionDate\":\"" + steps[s][1] + "\",\"recordedAt\":\"" + Instant.now() + "\"" + steps[s][2] + "}";
                String event = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/send-platform/funding-service\","
                        + "\"type\":\"uk.send.funding.ehcp.decision-recorded.v1\",\"subject\":\"ehcp/" + ref + "\",\"time\":\"" + Instant.now()
                        + "\",\"datacontenttype\":\"application/json\",\"tenant\":\"" + la + "\",\"data\":" + data + "}";
                producer.send(new ProducerRecord<>("funding.events", ref, event));
            }
        }
        producer.flush();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("plan"), PostgresServer.USER, PostgresServer.PASSWORD);
             PreparedStatement ps = c.prepareStatement("select count(*), coalesce(sum(decisions), 0) from ehcp where tenant = ?")) {
            ps.setString(1, la);
            long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == ehcps && rs.getLong(2) == (long) ehcps * PER_EHCP) {
                        return (System.nanoTime() - t0) / 1_000_000;
                    }
                }
                // Each look counts and sums a growing table: every 50 ms, pg_stat_statements put it at 4.4 s of the database's
                // time in a 43 s run, load the measurement added to what it measured. 250 ms costs a fifth of that.
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("Timelines of " + la + " not built after 15 minutes");
    }

    /** The floor: the same number of decision rows inserted with raw JDBC, 1,000 a statement, one transaction each. */
    private static long rawInsertFloor(PostgresServer pg, String la, int count) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("plan"), PostgresServer.USER, PostgresServer.PASSWORD);
             PreparedStatement ps = c.prepareStatement("""
                     insert into ehcp_decision (tenant, source_id, ehcp_ref, decision_date, payload, received_at)
                     select ?, d.source_id, d.ehcp_ref, current_date, cast(d.payload as json), now()
                     from unnest(?::varchar[], ?::varchar[], ?::text[]) as d (source_id, ehcp_ref, payload)""")) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            for (int from = 0; from < count; from += 1000) {
                int n = Math.min(1000, count - from);
                String[] ids = new String[n];
                String[] refs = new String[n];
                String[] payloads = new String[n];
                for (int i = 0; i < n; i++) {
                    ids[i] = la + "-" + (from + i);
                    refs[i] = la + "-EHCP-" + ((from + i) / PER_EHCP);
                    payloads[i] = "{\"sourceId\":\"" + ids[i] + "\",\"ehcpRef\":\"" + refs[i] + "\",\"kind\":\"ASSESSMENT_REQUESTED\",\"decisionDate\":\"2025-01-06\"}";
                }
                ps.setString(1, la);
                Array a = c.createArrayOf("varchar", ids);
                ps.setArray(2, a);
                ps.setArray(3, c.createArrayOf("varchar", refs));
                ps.setArray(4, c.createArrayOf("text", payloads));
                ps.executeUpdate();
                c.commit();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            try (Statement s = c.createStatement()) {
                s.execute("delete from ehcp_decision where tenant = '" + la + "'");
                c.commit();
            }
            return ms;
        }
    }
}
