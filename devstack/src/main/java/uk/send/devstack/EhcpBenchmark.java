package uk.send.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./benchmark-ehcp}: funding-service's EHCP intake (issue 9). (a) Single decisions POSTed by 32 concurrent
 * clients against the packaged service, each round measured against the raw JDBC ceiling of the same two inserts
 * (decision row + outbox row per transaction, 32 threads, same PostgreSQL) run just before it; (b) a batch of
 * 200,000 decisions uploaded as NDJSON, timed until every line is judged, and until plan-service has built every
 * EHCP's timeline (when plan-service has {@code GET /api/v1/ehcps}); (c) peak RSS of each service throughout.
 * Writes docs/benchmarks/ehcp-decisions.md.
 */
public final class EhcpBenchmark {

    private static final int CLIENTS = 32;
    private static final int DECISIONS_PER_EHCP = EhcpDecisionsJson.DECISIONS_PER_EHCP;

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 8_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        Path root = Classpaths.projectRoot();
        // -Dsend.bench.keep=<dir>: the run's database, broker and logs stay there afterwards (to EXPLAIN its statements later).
        String keepDir = System.getProperty("send.bench.keep");
        Path dir = keepDir == null ? Files.createTempDirectory("send-ehcp-bench-") : Files.createDirectories(Path.of(keepDir));
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        List<String> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), 0);
             KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), 0);
             ServiceProcess funding = ServiceProcess.start(root, "funding-service", 18282,
                     PlatformLayout.config(PlatformLayout.service("funding-service"), postgres, kafka), dir.resolve("logs"));
             ServiceProcess plan = ServiceProcess.start(root, "plan-service", 18281,
                     PlatformLayout.config(PlatformLayout.service("plan-service"), postgres, kafka), dir.resolve("logs"))) {
            funding.awaitReady(Duration.ofSeconds(120));
            plan.awaitReady(Duration.ofSeconds(120));
            RssSampler fundingRss = RssSampler.start(funding);
            RssSampler planRss = RssSampler.start(plan);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(8)).build();
            String cms = DevTokens.mint("BENCH", "cms-client", "case-management");
            String funDb = postgres.jdbcUrl("funding");

            // (a) single decisions: warm up, then ceiling and service alternately (rounds = 0 skips it, for a batch-only run)
            if (rounds > 0) {
                // One unmeasured round of each first. With 2,000 warm-up POSTs only, the first measured round was still warming:
                // funding-service's CPU per POST 0.76 ms against 0.54-0.55 in the next two, and the ceiling at 1,857 tx/s
                // against 2,450-2,631 (docs/benchmarks/ehcp-decisions.md, session 12).
                jdbcCeiling(funDb, "cw", perRound);
                posts(funding, cms, "warm", perRound);
                double[] ceiling = new double[rounds];
                double[] service = new double[rounds];
                double[] cpuPerPost = new double[rounds];
                // Where the 2 cores went, per transaction: the whole machine (/proc/stat), and in the service rounds each process.
                double[] machinePerTx = new double[rounds];
                double[] machinePerPost = new double[rounds];
                double[] planPerPost = new double[rounds];
                double[] loadGeneratorPerPost = new double[rounds];
                double[] perTransaction = new double[rounds];
                // PostgreSQL's (all its processes) and the broker's own CPU, from /proc as the services' is: what was "the rest" until session 13.
                double[] postgresPerTx = new double[rounds];
                double[] postgresPerPost = new double[rounds];
                double[] kafkaPerPost = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    long m0 = ProcessCpu.machineMillis();
                    long pg0 = postgres.cpuMillis();
                    ceiling[r] = jdbcCeiling(funDb, "c" + r, perRound);
                    machinePerTx[r] = (double) (ProcessCpu.machineMillis() - m0) / perRound;
                    long pgPost0 = postgres.cpuMillis();
                    postgresPerTx[r] = (double) (pgPost0 - pg0) / perRound;
                    long kafka0 = kafka.cpuMillis();
                    long cpu0 = funding.cpuMillis();
                    long plan0 = plan.cpuMillis();
                    long self0 = ProcessCpu.ownMillis();
                    long machine0 = ProcessCpu.machineMillis();
                    double[] groups0 = groupCommits(http, funding);
                    service[r] = posts(funding, cms, "s" + r, perRound);
                    double[] groups1 = groupCommits(http, funding);
                    perTransaction[r] = (groups1[1] - groups0[1]) / Math.max(1, groups1[0] - groups0[0]);
                    cpuPerPost[r] = (double) (funding.cpuMillis() - cpu0) / perRound;
                    planPerPost[r] = (double) (plan.cpuMillis() - plan0) / perRound;
                    loadGeneratorPerPost[r] = (double) (ProcessCpu.ownMillis() - self0) / perRound;
                    machinePerPost[r] = (double) (ProcessCpu.machineMillis() - machine0) / perRound;
                    postgresPerPost[r] = (double) (postgres.cpuMillis() - pgPost0) / perRound;
                    kafkaPerPost[r] = (double) (kafka.cpuMillis() - kafka0) / perRound;
                    System.out.printf("round %d: JDBC ceiling %.0f/s, service %.0f/s (%.0f%%)%n", r + 1, ceiling[r], service[r], 100 * service[r] / ceiling[r]);
                }
                double[] ratios = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratios[r] = service[r] / ceiling[r];
                }
                rows.add(String.format("| (a) raw JDBC ceiling: decision row + outbox row per transaction, %d threads (%d rounds of %,d) | median %.0f tx/s (%s) | – |",
                        CLIENTS, rounds, perRound, median(ceiling), spread(ceiling, "%.0f")));
                rows.add(String.format("| (a) POST /api/v1/ehcp-decisions, %d concurrent clients, 201 each (%d rounds of %,d) | median %.0f decisions/s (%s) | – |",
                        CLIENTS, rounds, perRound, median(service), spread(service, "%.0f")));
                rows.add(String.format("| (a) service / ceiling, per round | median %.0f%% (%s) | at least 60%% |", 100 * median(ratios),
                        spread(Arrays.stream(ratios).map(x -> 100 * x).toArray(), "%.0f%%")));
                rows.add(String.format("| (a) POSTs written per transaction (group commit: the decisions that arrive while one transaction is written go in the next; "
                                + "from funding-service's `send_ehcp_post_group_size` metric) | median %.1f (%s) | – |",
                        median(perTransaction), spread(perTransaction, "%.1f")));
                rows.add(String.format("| (a) funding-service CPU per POST (its JVM's user + system time over the round / POSTs; relay included) | median %.2f ms (%s) | – |",
                        median(cpuPerPost), spread(cpuPerPost, "%.2f")));
                rows.add(String.format("| (a) CPU of the whole machine (/proc/stat, every process) per ceiling transaction | median %.2f ms (%s) | – |",
                        median(machinePerTx), spread(machinePerTx, "%.2f")));
                rows.add(String.format("| (a) ... of which PostgreSQL (all its processes) | median %.2f ms (%s) | – |",
                        median(postgresPerTx), spread(postgresPerTx, "%.2f")));
                double[] rest = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    rest[r] = machinePerPost[r] - cpuPerPost[r] - planPerPost[r] - loadGeneratorPerPost[r] - postgresPerPost[r] - kafkaPerPost[r];
                }
                rows.add(String.format("| (a) CPU of the whole machine per POST: all / funding-service / plan-service (consuming the decisions as they come) / "
                                + "the load generator's 32 HTTP clients / PostgreSQL (all its processes) / Kafka / the rest (anything else running) "
                                + "| median %.2f / %.2f / %.2f / %.2f / %.2f / %.2f / %.2f ms | – |",
                        median(machinePerPost), median(cpuPerPost), median(planPerPost), median(loadGeneratorPerPost), median(postgresPerPost),
                        median(kafkaPerPost), median(rest)));
            }
            untilZero(funDb, "select count(*) from outbox_event where published_at is null", Duration.ofMinutes(5));

            // (b) a large LA's history in one batch
            int ehcps = batchSize / DECISIONS_PER_EHCP;
            byte[] ndjson = EhcpDecisionsJson.history(batchSize);
            boolean planHasEhcps = planEhcps(http, plan) >= 0;
            if (!planHasEhcps) {
                notes.add("plan-service has no `GET /api/v1/ehcps` yet (built by the statutory-clocks work of issue 9): the timeline part was skipped; re-run after it lands.");
            }
            long batchCpu0 = funding.cpuMillis();
            long[] cpu0 = {funding.cpuMillis(), plan.cpuMillis(), postgres.cpuMillis(), kafka.cpuMillis()};
            long t0 = System.nanoTime();
            HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(funding.baseUrl() + "/api/v1/ehcp-decisions/batches"))
                    .header("Authorization", "Bearer " + cms).header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)).build(), HttpResponse.BodyHandlers.ofString());
            long answered = ms(t0);
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("batch upload answered " + accepted.statusCode() + ": " + accepted.body());
            }
            String batch = accepted.body().replaceAll(".*\"batchId\":\"([^\"]+)\".*", "$1");
            String status = "";
            long judged = -1;
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < deadline) {
                status = get(http, funding.baseUrl() + "/api/v1/ehcp-decisions/batches/" + batch, cms);
                if (status.contains("\"COMPLETED\"")) {
                    judged = ms(t0);
                    break;
                }
                Thread.sleep(100);
            }
            long batchCpu = funding.cpuMillis() - batchCpu0;
            untilZero(funDb, "select count(*) from outbox_event where published_at is null", Duration.ofMinutes(10));
            long onKafkaMs = ms(t0);
            rows.add(String.format("| (b) upload of %,d decisions (%,d EHCPs, %.1f MB NDJSON) stored and answered 202 | %,d ms | – |",
                    batchSize, ehcps, ndjson.length / 1e6, answered));
            rows.add(String.format("| (b) ... every line judged (batch COMPLETED: %s), from the start of the upload | %,d ms | under 30 s |",
                    status.replaceAll(".*\"accepted\":(\\d+),\"duplicates\":(\\d+),\"refused\":(\\d+).*", "$1 accepted, $2 duplicates, $3 refused"), judged));
            rows.add(String.format("| (b) ... funding-service CPU from the upload's start until every line was judged (per line) | %,d ms (%.0f µs) | – |",
                    batchCpu, 1000.0 * batchCpu / batchSize));
            rows.add(String.format("| (b) ... every decision's event acknowledged by Kafka, from the start of the upload | %,d ms | – |", onKafkaMs));
            if (planHasEhcps) {
                long built = -1;
                long planDeadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (System.nanoTime() < planDeadline) {
                    if (planEhcps(http, plan) >= ehcps) {
                        built = ms(t0);
                        break;
                    }
                    Thread.sleep(200);
                }
                rows.add(String.format("| (b) ... every timeline built in plan-service (`GET /api/v1/ehcps` counts %,d), from the start of the upload | %s | under 60 s |",
                        ehcps, built < 0 ? "not within 5 min" : String.format("%,d ms", built)));
                rows.add(String.format("| (b) ... CPU from the upload's start until every timeline was built: funding-service, plan-service, PostgreSQL "
                                + "(all its processes), Kafka | %,d / %,d / %,d / %,d ms | – |", funding.cpuMillis() - cpu0[0], plan.cpuMillis() - cpu0[1],
                        postgres.cpuMillis() - cpu0[2], kafka.cpuMillis() - cpu0[3]));
            } else {
                rows.add("| (b) ... every timeline built in plan-service | skipped (see note) | under 60 s |");
            }
            fundingRss.close();
            planRss.close();
            rows.add(String.format("| (c) funding-service peak RSS throughout | %d MB | under 300 MB |", fundingRss.peakMb()));
            rows.add(String.format("| (c) plan-service peak RSS throughout | %d MB | under 300 MB |", planRss.peakMb()));
            Files.readAllLines(dir.resolve("logs").resolve("funding-service-18282.log")).stream()
                    .filter(l -> l.contains("WARN") || l.contains("ERROR")).limit(20).forEach(l -> System.out.println("LOG " + l));
        } finally {
            if (keepDir == null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
        notes.add("Load average (/proc/loadavg) before the run: `" + loadBefore + "`, after: `" + Files.readString(Path.of("/proc/loadavg")).trim()
                + "` (this machine has " + Runtime.getRuntime().availableProcessors() + " cores).");
        StringBuilder md = new StringBuilder("# funding-service: EHCP decision intake\n\n")
                .append("Measured by `./benchmark-ehcp` on ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", packaged funding-service and plan-service with the launcher's JVM options (`").append(String.join(" ", ServiceProcess.jvmOptions()))
                .append("`) on one real PostgreSQL 16 and one Kafka broker, all on the same machine as the load generator. ")
                .append("**Read the load average at the end first: on a machine shared with other builds, absolute rates are noisy; the ratio, ")
                .append("measured round by round against a reference run on the same PostgreSQL moments before, and the service's CPU per ")
                .append("decision (its JVM's own CPU time, which barely depends on the load) are the steadier figures.**\n\n")
                .append("- (a) The ceiling is plain JDBC from the benchmark's JVM: ").append(CLIENTS).append(" threads, each transaction one `insert` into ")
                .append("`ehcp_decision` (same columns, indexes and JSON payload) and one into `outbox_event` (an envelope of the same size), then commit; ")
                .append("its outbox rows are inserted already marked published so that the service's relay does not send them. The service path is ")
                .append("the real one: JWT check, strict parsing, per-kind rules, `insert ... on conflict` on the sourceId, outbox row, CDI event, commit, ")
                .append("201 with the decision (decisions POSTed while a transaction is being written go in together in the next one: group commit, ")
                .append("each request answered once its own transaction has committed), with the outbox relay publishing to Kafka at the same time (work the ceiling does not do: its rows ")
                .append("are born published). Both commit on the same PostgreSQL with its default `synchronous_commit`. Each client sends `ASSESSMENT_REQUESTED` ")
                .append("decisions with fresh sourceIds, each client on its own keep-alive connection through devstack's `LeanHttp` (a minimal blocking ")
                .append("HTTP/1.1 client: `java.net.http` cost about 0.85 ms of CPU per POST on the same 2 cores). One unmeasured round of each warms both up; ")
                .append("then rounds alternate ceiling, service.\n")
                .append("- (b) The batch is ").append(DECISIONS_PER_EHCP).append(" decisions per EHCP (request, decision to assess, draft, final plan ")
                .append("naming a setting, annual review). Times are from the first byte of the upload.\n\n")
                .append("| measure | result | target (issue 9) |\n|---|---|---|\n");
        rows.forEach(l -> md.append(l).append('\n'));
        notes.forEach(n -> md.append("\n").append(n).append('\n'));
        Path out = root.resolve("docs/benchmarks/ehcp-decisions.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.print(md);
        System.exit(0);
    }

    /** POSTs {@code n} decisions from {@link #CLIENTS} threads; returns decisions per second. */
    private static double posts(ServiceProcess funding, String token, String prefix, int n) throws Exception {
        URI uri = URI.create(funding.baseUrl() + "/api/v1/ehcp-decisions");
        LocalDate date = LocalDate.now().minusDays(30);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            done.add(pool.submit(() -> {
                // Each client its own keep-alive connection, through the lean load generator (see LeanHttp).
                try (LeanHttp client = new LeanHttp(uri)) {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        String body = EhcpDecisionsJson.decision(prefix + "-" + i, "EHCP-" + prefix + "-" + (i / 2), "ASSESSMENT_REQUESTED", date, "");
                        LeanHttp.Response r = client.send("POST", uri.getRawPath(), body.getBytes(StandardCharsets.UTF_8),
                                "Authorization", "Bearer " + token, "Content-Type", "application/json");
                        if (r.status() != 201) {
                            throw new IllegalStateException("POST answered " + r.status() + ": " + r.text());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return n / seconds;
    }

    /** The same two inserts per transaction over plain JDBC, {@link #CLIENTS} connections; returns transactions per second. */
    private static double jdbcCeiling(String url, String prefix, int n) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Connection> connections = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Connection conn = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
            conn.setAutoCommit(false);
            connections.add(conn);
        }
        LocalDate date = LocalDate.now().minusDays(30);
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (Connection conn : connections) {
            done.add(pool.submit(() -> {
                try (PreparedStatement decision = conn.prepareStatement("insert into ehcp_decision (id, tenant, source_id, ehcp_ref, kind, "
                        + "effective_kind, sort_rank, decision_date, recorded_at, payload) values (?, 'CEILING', ?, ?, 'ASSESSMENT_REQUESTED', "
                        + "'ASSESSMENT_REQUESTED', 0, ?, ?, ?::jsonb)");
                     PreparedStatement outbox = conn.prepareStatement("insert into outbox_event (event_id, tenant, topic, event_key, event_type, "
                             + "payload, created_at, published_at) values (?, 'CEILING', 'funding.events', ?, 'uk.send.funding.ehcp.decision-recorded.v1', ?, ?, ?)")) {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        UUID id = UUID.randomUUID();
                        String ref = "EHCP-" + prefix + "-" + (i / 2);
                        Timestamp now = Timestamp.from(Instant.now());
                        String data = "{\"decisionId\":\"" + id + "\"," + EhcpDecisionsJson.decision(prefix + "-" + i, ref, "ASSESSMENT_REQUESTED", date,
                                ",\"recordedAt\":\"" + now.toInstant() + "\",\"reassessment\":false").substring(1);
                        decision.setObject(1, id);
                        decision.setString(2, prefix + "-" + i);
                        decision.setString(3, ref);
                        decision.setObject(4, date);
                        decision.setTimestamp(5, now);
                        decision.setString(6, data);
                        decision.executeUpdate();
                        outbox.setObject(1, UUID.randomUUID());
                        outbox.setString(2, ref);
                        outbox.setString(3, "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/send-platform/funding-service\","
                                + "\"type\":\"uk.send.funding.ehcp.decision-recorded.v1\",\"subject\":\"ehcp/" + ref + "/decision/" + id + "\",\"time\":\""
                                + now.toInstant() + "\",\"datacontenttype\":\"application/json\",\"tenant\":\"CEILING\",\"data\":" + data + "}");
                        outbox.setTimestamp(4, now);
                        outbox.setTimestamp(5, now);
                        outbox.executeUpdate();
                        conn.commit();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        for (Connection c : connections) {
            c.close();
        }
        return n / seconds;
    }

    /** plan-service's count of EHCPs with a timeline, or -1 when it has no such endpoint. */
    private static long planEhcps(HttpClient http, ServiceProcess plan) throws Exception {
        String token = DevTokens.mint("BENCH", "bench.officer", "sen-officer", "programme-lead", "admin");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(plan.baseUrl() + "/api/v1/ehcps?size=1"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return -1;
        }
        return Long.parseLong(r.body().replaceAll(".*\"totalItems\":(\\d+).*", "$1"));
    }

    /** funding-service's group commit so far: {transactions, POSTs written}, from its Prometheus metrics. */
    private static double[] groupCommits(HttpClient http, ServiceProcess funding) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(funding.baseUrl() + "/q/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new double[]{PrometheusText.value(metrics, "send_ehcp_post_group_size_count"), PrometheusText.value(metrics, "send_ehcp_post_group_size_sum")};
    }

    private static String get(HttpClient http, String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static long untilZero(String url, String sql, Duration timeout) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD); Statement s = c.createStatement()) {
            long deadline = t0 + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return ms(t0);
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("still waiting after " + timeout + ": " + sql);
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String spread(double[] xs, String format) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return "runs: " + String.join(", ", Arrays.stream(xs).mapToObj(x -> String.format(format, x)).toList())
                + "; min " + String.format(format, s[0]) + ", max " + String.format(format, s[s.length - 1]);
    }

    private EhcpBenchmark() {
    }
}
