package uk.send.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./benchmark-placement}: placement-service forecasting a large LA (20,000 children placed, 8
 * years of placement history, 1,000 simulations, 5-year horizon) through its API, and 32 clients reading
 * the place ledger of 300 providers, with the service's resident memory sampled throughout. Writes
 * docs/benchmarks/placement.md.
 */
public final class PlacementBenchmark {

    private static final String LA = "BENCH";
    private static final String[] TYPES = {"SPECIAL_SCHOOL", "RESOURCED_PROVISION", "INDEPENDENT_NON_MAINTAINED", "ALTERNATIVE_PROVISION", "POST_16"};
    private static final String[] NEEDS = {"ASD", "SEMH", "SLD", "MLD", "SLCN", "PMLD", "SPLD", "HI", "VI", "PD", "MSI", "DS", "OTH", "NSA"};
    private static final double[] NEED_WEIGHTS = {35, 25, 10, 9, 8, 4, 2, 1.5, 1, 1.5, 0.5, 1, 1, 0.5};
    private static final double[] TYPE_WEIGHTS = {55, 15, 12, 8, 10};
    /** Rounds of the ledger's load, each followed by a round of the reference's. */
    private static final int LEDGER_ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int simulations = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int providersCount = 300;
        int clients = 32;
        int ledgerRequests = 3200;
        Path root = Classpaths.projectRoot();
        Path dir = Files.createTempDirectory("send-placement-bench-");
        String token = DevTokens.mint(LA, "commissioner@bench.gov.uk", "commissioner");
        List<String> lines = new ArrayList<>();
        String loadBefore = loadAverage();
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), 0);
             KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), 0);
             ServiceProcess svc = ServiceProcess.start(root, "placement-service", 18383,
                     PlatformLayout.config(PlatformLayout.service("placement-service"), postgres, kafka), dir.resolve("logs"))) {
            svc.awaitReady(Duration.ofSeconds(90));
            RssSampler sampler = RssSampler.start(svc);
            // One client shared by every thread, HTTP/1.1 with keep-alive (no h2c upgrade): a connection per client thread, reused.
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            // 300 providers through the API, 60 of each kind.
            List<String[]> providers = new ArrayList<>();
            for (int i = 0; i < providersCount; i++) {
                String type = TYPES[i % TYPES.length];
                String body = String.format(Locale.ROOT, "{\"name\":\"Provider %03d\",\"type\":\"%s\",\"needTypes\":[\"ASD\",\"SEMH\",\"SLD\"],\"urn\":\"%06d\"}",
                        i, type, 140000 + i);
                String response = send(http, token, "POST", svc.baseUrl() + "/api/v1/providers", body).body();
                providers.add(new String[]{response.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"), type});
            }
            long placements = generate(postgres, providers, children);

            // Forecasts: one warm-up, then the measured runs, each a different seed.
            long warm = timed(() -> send(http, token, "POST", svc.baseUrl() + "/api/v1/forecasts",
                    "{\"horizon\":5,\"simulations\":" + simulations + ",\"seed\":0}"));
            long[] forecast = new long[runs];
            long[] cpu = new long[runs];
            for (int r = 0; r < runs; r++) {
                int seed = r + 1;
                long cpu0 = svc.cpuMillis();
                forecast[r] = timed(() -> send(http, token, "POST", svc.baseUrl() + "/api/v1/forecasts",
                        "{\"horizon\":5,\"simulations\":" + simulations + ",\"seed\":" + seed + "}"));
                cpu[r] = svc.cpuMillis() - cpu0;
            }
            long[] cpuSorted = cpu.clone();
            Arrays.sort(cpuSorted);
            long[] sorted = forecast.clone();
            Arrays.sort(sorted);
            lines.add(String.format(Locale.ROOT, "| forecast: %,d children placed (Jan %d), %,d placements over 8 years, %,d simulations, 5 years | median %,d ms (min %,d, max %,d of %d runs; the first, warm-up run %,d ms) | under 5,000 ms |",
                    children, LocalDate.now().getYear(), placements, simulations, sorted[runs / 2], sorted[0], sorted[runs - 1], runs, warm));
            lines.add(String.format(Locale.ROOT, "| the same forecasts: CPU time the service used (user + system, all threads), less sensitive to other load | median %,d ms (min %,d, max %,d) | |",
                    cpuSorted[runs / 2], cpuSorted[0], cpuSorted[runs - 1]));

            // The ledger of 300 providers read by 32 clients, pages of 100 lines; the reference is an authenticated endpoint without SQL.
            // Then the same ledger reads by clients that keep the pages they read and revalidate them (If-None-Match).
            int pages = (int) Math.ceil(providersCount * 3 / 100.0);
            double[] cold = new double[pages];
            for (int p = 0; p < pages; p++) {
                String u = svc.baseUrl() + "/api/v1/ledger?size=100&page=" + p;
                cold[p] = timed(() -> send(http, token, "GET", u, null));
            }
            Arrays.sort(cold);
            // Rounds alternate ledger and reference, so that neither alone meets whatever else the machine is doing at one moment
            // (PostgreSQL's autovacuum after the bulk history, another build); each figure is the median round.
            Load[] ledgerRounds = new Load[LEDGER_ROUNDS];
            Load[] referenceRounds = new Load[LEDGER_ROUNDS];
            for (int r = 0; r < LEDGER_ROUNDS; r++) {
                ledgerRounds[r] = load(token, svc, clients, ledgerRequests, false, i -> "/api/v1/ledger?size=100&page=" + (i % pages));
                referenceRounds[r] = load(token, svc, clients, ledgerRequests, false, i -> "/api/v1/need-types");
            }
            Load ledger = Load.medianRound(ledgerRounds);
            Load reference = Load.medianRound(referenceRounds);
            Load revalidated = load(token, svc, clients, ledgerRequests, true, i -> "/api/v1/ledger?size=100&page=" + (i % pages));
            lines.add(String.format(Locale.ROOT, "| ledger of %d providers (%d lines, pages of 100), %d clients, %d rounds of %,d reads (round p99s: %s) | %s | p99 under 50 ms |",
                    providersCount, providersCount * 3, clients, LEDGER_ROUNDS, ledgerRequests, Load.p99s(ledgerRounds), ledger));
            lines.add(String.format(Locale.ROOT, "| the first read of each of the %d pages, one at a time (computed: lines, then an index-only count of placements per line) | median %.0f ms, max %.0f ms | |",
                    pages, cold[pages / 2], cold[pages - 1]));
            lines.add(String.format(Locale.ROOT, "| reference in the same run, its rounds alternating with the ledger's: GET /api/v1/need-types (token checked, no SQL), same clients (round p99s: %s) | %s; ledger p99 = %.1f × reference p99 | |",
                    Load.p99s(referenceRounds), reference, ledger.p99() / Math.max(0.01, reference.p99())));
            lines.add(String.format(Locale.ROOT, "| the ledger again, each client sending the ETag of the page it last read (If-None-Match: 304 while unchanged) | %s | |",
                    revalidated));
            sampler.close();
            lines.add(String.format(Locale.ROOT, "| placement-service peak RSS over the whole run | %,d MB | under 300 MB |", sampler.peakMb()));
        }
        String loadAfter = loadAverage();
        StringBuilder md = new StringBuilder("# placement-service: forecast and ledger\n\n")
                .append("Measured by `./benchmark-placement` on ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", packaged placement-service with the launcher's JVM options (`").append(String.join(" ", ServiceProcess.jvmOptions()))
                .append("`) on a real PostgreSQL and Kafka broker. Times are HTTP requests as a client sees them, from 32 threads each with its own HTTP/1.1 keep-alive connection, ")
                .append("running on the same 2 cores as the service; the ledger's and reference's loads use devstack's `LeanHttp`, a minimal blocking client, ")
                .append("because `java.net.http` spent as much CPU per request as the service did, taken from the service under test. The LA is generated: ")
                .append("300 providers registered through the API (60 of each kind), 3 need types commissioned at each for 2018/19 to 2026/27, ")
                .append("and a placement history written straight to the database: about 20,000 children placed at any time from September 2018, ")
                .append("each year 9% leaving, 4% of those staying moving setting, and as many joining, so the forecast fits to 8 January snapshots ")
                .append("(2019 to 2026). A forecast request reads every placement, builds the snapshots, fits, simulates, summarises, sets demand against ")
                .append("commissioned places, stores the run and writes its gap events to the outbox. There is no physical reference for a forecast; ")
                .append("the ledger's reference is an authenticated endpoint that runs no SQL, read by the same clients in the same run. ")
                .append("The ledger's lines are only read during its load, so after the first read of each page its pages come from the service's memory, ")
                .append("as the JSON bytes sent before: the LA's ledger generation is known in memory from PostgreSQL's notifications, so such a read runs no SQL ")
                .append("(a placement or commission change would move the generation and make the next read recompute).\n\n")
                .append("**Noise:** load average (1, 5, 15 min) when the run started: ").append(loadBefore).append("; when it ended: ").append(loadAfter)
                .append(", on ").append(Runtime.getRuntime().availableProcessors()).append(" cores. The run's own PostgreSQL, Kafka, service and 32 client threads ")
                .append("account for a few of that; anything more is other work on the machine, and wall-clock times grow with it. ")
                .append("The CPU time per request (service and client, measured from /proc and the JVM) is less sensitive to other load. ")
                .append("Re-run `./benchmark-placement` on a quiet machine for numbers to quote.\n\n")
                .append("| measure | result | target (issue 11) |\n|---|---|---|\n");
        lines.forEach(l -> md.append(l).append('\n'));
        Path out = root.resolve("docs/benchmarks/placement.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.print(md);
    }

    private interface Call {
        void run() throws Exception;
    }

    private static long timed(Call call) throws Exception {
        long t0 = System.nanoTime();
        call.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The machine's load averages over 1, 5 and 15 minutes, from /proc/loadavg (Linux). */
    private static String loadAverage() throws java.io.IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + ", " + f[1] + ", " + f[2];
    }

    private static HttpResponse<String> send(HttpClient http, String token, String method, String url, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5));
        if (body != null) {
            r.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            r.GET();
        }
        HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** Latency percentiles of a load and the CPU time the service and this client spent per request. */
    private record Load(double p50, double p95, double p99, double serviceCpuMs, double clientCpuMs) {

        /** The round with the median p99 (of an odd number of rounds). */
        static Load medianRound(Load[] rounds) {
            Load[] sorted = rounds.clone();
            Arrays.sort(sorted, java.util.Comparator.comparingDouble(Load::p99));
            return sorted[sorted.length / 2];
        }

        static String p99s(Load[] rounds) {
            return Arrays.stream(rounds).map(l -> String.format(Locale.ROOT, "%.1f", l.p99())).collect(java.util.stream.Collectors.joining(", ")) + " ms";
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (CPU per read: service %.2f ms, benchmark client %.2f ms)",
                    p50, p95, p99, serviceCpuMs, clientCpuMs);
        }
    }

    /**
     * {@code total} GETs by {@code clients} threads after a tenth as many to warm up. With {@code revalidate}, each
     * thread keeps the ETag of each URL it read and sends it back in If-None-Match, so an unchanged page costs a 304.
     */
    private static Load load(String token, ServiceProcess svc, int clients, int total, boolean revalidate,
                             java.util.function.IntFunction<String> url) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int round = 0; round < 2; round++) {
                int n = round == 0 ? total / 10 : total;
                double[] times = new double[n];
                AtomicLong next = new AtomicLong();
                List<Future<?>> futures = new ArrayList<>();
                long serviceCpu0 = svc.cpuMillis();
                long clientCpu0 = ProcessCpu.ownMillis();
                for (int c = 0; c < clients; c++) {
                    futures.add(pool.submit(() -> {
                        java.util.Map<String, String> tags = new java.util.HashMap<>();
                        String bearer = "Bearer " + token;
                        try (LeanHttp client = new LeanHttp(URI.create(svc.baseUrl()))) {
                            int i;
                            while ((i = (int) next.getAndIncrement()) < n) {
                                String u = url.apply(i);
                                String tag = revalidate ? tags.get(u) : null;
                                long t0 = System.nanoTime();
                                LeanHttp.Response response = tag == null ? client.get(u, "Authorization", bearer)
                                        : client.get(u, "Authorization", bearer, "If-None-Match", tag);
                                times[i] = (System.nanoTime() - t0) / 1e6;
                                if (response.status() != 200 && response.status() != 304) {
                                    throw new IllegalStateException(u + " answered " + response.status());
                                }
                                if (response.header("ETag") != null) {
                                    tags.put(u, response.header("ETag"));
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                if (round == 1) {
                    double serviceCpu = svc.cpuMillis() - serviceCpu0;
                    double clientCpu = ProcessCpu.ownMillis() - clientCpu0;
                    Arrays.sort(times);
                    return new Load(times[(int) (n * 0.50)], times[(int) (n * 0.95)], times[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)],
                            serviceCpu / n, clientCpu / n);
                }
            }
            throw new IllegalStateException();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writes the placement history: about {@code children} placed at any time from September 2018; at each
     * September 9% leave (everyone after NCY 14), 4% of those who stay move setting, and as many join as left.
     * Also commissions 3 need types at every provider for each academic year. Returns the placements written.
     */
    private static long generate(PostgresServer pg, List<String[]> providers, int children) throws Exception {
        SplittableRandom rnd = new SplittableRandom(2026);
        List<List<String>> byType = new ArrayList<>();
        for (String t : TYPES) {
            byType.add(providers.stream().filter(p -> p[1].equals(t)).map(p -> p[0]).toList());
        }
        int thisYear = LocalDate.now().getMonthValue() >= 9 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;
        long written = 0;
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("placement") + "?reWriteBatchedInserts=true", PostgresServer.USER, PostgresServer.PASSWORD)) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into commissioned_places (tenant, provider_id, academic_year, need_type, places, requested, band_state, version) "
                    + "values (?, ?::uuid, ?, ?, ?, null, 'IN', 0)")) {
                for (String[] p : providers) {
                    for (int y = 2018; y <= thisYear; y++) {
                        for (String need : new String[]{"ASD", "SEMH", "SLD"}) {
                            ps.setString(1, LA);
                            ps.setString(2, p[0]);
                            ps.setInt(3, y);
                            ps.setString(4, need);
                            ps.setInt(5, 20 + rnd.nextInt(30));
                            ps.addBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ps = c.prepareStatement("insert into placement (id, tenant, ehcp_ref, provider_id, need_type, ncy, start_date, end_date, annual_cost, "
                    + "out_of_area, source, created_at, updated_at, version) values (?::uuid, ?, ?, ?::uuid, ?, ?, ?, ?, null, false, 'OFFICER', ?, ?, 0)")) {
                // A child: [id, NCY this academic year, need, type, provider index, spell start year, NCY at the spell's start]
                List<int[]> current = new ArrayList<>();
                int nextId = 0;
                for (int i = 0; i < children; i++) {
                    current.add(newChild(rnd, nextId++, rnd.nextInt(15), 2018, byType));
                }
                for (int y = 2019; y <= thisYear; y++) {
                    List<int[]> next = new ArrayList<>();
                    int left = 0;
                    for (int[] ch : current) {
                        boolean leaves = ch[1] >= 14 || rnd.nextDouble() < 0.09;
                        boolean moves = !leaves && rnd.nextDouble() < 0.04;
                        if (leaves || moves) {
                            written += write(ps, ch, LocalDate.of(y, 8, 31), now, byType);
                        }
                        if (leaves) {
                            left++;
                            continue;
                        }
                        ch[1]++;
                        if (moves) {
                            int type = (ch[3] + 1 + rnd.nextInt(TYPES.length - 1)) % TYPES.length;
                            next.add(new int[]{ch[0], ch[1], ch[2], type, rnd.nextInt(byType.get(type).size()), y, ch[1]});
                        } else {
                            next.add(ch);
                        }
                    }
                    for (int j = 0; j < left; j++) {
                        next.add(newChild(rnd, nextId++, rnd.nextInt(12), y, byType));
                    }
                    current = next;
                    ps.executeBatch();
                }
                for (int[] ch : current) {
                    written += write(ps, ch, null, now, byType);
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return written;
    }

    private static int[] newChild(SplittableRandom rnd, int id, int ncy, int startYear, List<List<String>> byType) {
        int need = pick(rnd, NEED_WEIGHTS);
        int type = pick(rnd, TYPE_WEIGHTS);
        return new int[]{id, ncy, need, type, rnd.nextInt(byType.get(type).size()), startYear, ncy};
    }

    private static int write(PreparedStatement ps, int[] ch, LocalDate end, Timestamp now, List<List<String>> byType) throws Exception {
        ps.setString(1, UUID.randomUUID().toString());
        ps.setString(2, LA);
        ps.setString(3, "EHCP-" + ch[0]);
        ps.setString(4, byType.get(ch[3]).get(ch[4]));
        ps.setString(5, NEEDS[ch[2]]);
        ps.setInt(6, ch[6]);
        ps.setDate(7, Date.valueOf(LocalDate.of(ch[5], 9, 1)));
        ps.setDate(8, end == null ? null : Date.valueOf(end));
        ps.setTimestamp(9, now);
        ps.setTimestamp(10, now);
        ps.addBatch();
        return 1;
    }

    private static int pick(SplittableRandom rnd, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
