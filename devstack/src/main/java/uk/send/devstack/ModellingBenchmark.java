package uk.send.devstack;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./benchmark-modelling}: the banding impact model (issue 12) on the packaged funding-service. Seeds, by SQL
 * as the intake writes them, a national-scale deployment (by default 640,000 EHCPs in 24,000 settings across 153
 * LAs) and one large LA (20,000 EHCPs in 600 settings), approves each LA's 2025-26 schemes over the API, saves
 * one scenario per LA (new mainstream bands, a band mapping, a 3% uplift and a cost-neutral protection), then
 * measures over HTTP: every LA's scenario modelled (GET, 2 clients), and the large LA's scenario modelled and its
 * settings page read (several runs); the service's peak RSS throughout; and, through JDBC, EXPLAIN ANALYZE of the large LA's
 * position read against the same read as it was before V60 (the reference). Writes docs/benchmarks/modelling.md.
 */
public final class ModellingBenchmark {

    private static final String BANDS = "[{\"code\":\"B1\",\"annualValue\":1600},{\"code\":\"B2\",\"annualValue\":3100},"
            + "{\"code\":\"B3\",\"annualValue\":4500},{\"code\":\"B4\",\"annualValue\":6200}]";
    private static final String SCENARIO = "{\"name\":\"Three bands, 3%%, MFG\",\"financialYear\":\"2026-27\",\"asAt\":\"2026-03-31\","
            + "\"bands\":{\"MAINSTREAM\":[{\"code\":\"M1\",\"annualValue\":2000},{\"code\":\"M2\",\"annualValue\":4000},{\"code\":\"M3\",\"annualValue\":6000}]},"
            + "\"bandMapping\":{\"MAINSTREAM\":{\"B1\":\"M1\",\"B2\":\"M1\",\"B3\":\"M2\",\"B4\":\"M3\"}},\"uplift\":{\"percentage\":3},"
            + "\"protection\":{\"year1MaxLossPercent\":0,\"year2MaxLossPercent\":2.5,\"capGains\":true}}";
    /** The same proposal re-banding scored EHCPs from a proposed mainstream matrix (the large LA's band agreements hold scores). */
    private static final String MATRIX_SCENARIO = SCENARIO.substring(0, SCENARIO.length() - 1).replace("MFG", "MFG, matrix")
            + ",\"matrices\":{\"MAINSTREAM\":{\"version\":2,\"areas\":[{\"code\":\"CI\",\"weight\":2},{\"code\":\"CL\",\"weight\":1},"
            + "{\"code\":\"SEMH\",\"weight\":2},{\"code\":\"SP\",\"weight\":1}],\"thresholds\":[{\"minScore\":0,\"bandCode\":\"M1\"},"
            + "{\"minScore\":8,\"bandCode\":\"M2\"},{\"minScore\":14,\"bandCode\":\"M3\"}]}}}";

    public static void main(String[] args) throws Exception {
        int ehcps = args.length > 0 ? Integer.parseInt(args[0]) : 640_000;
        int settings = args.length > 1 ? Integer.parseInt(args[1]) : 24_000;
        int las = args.length > 2 ? Integer.parseInt(args[2]) : 153;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Path root = Classpaths.projectRoot();
        Path dir = Files.createTempDirectory("send-modelling-bench-");
        List<String> rows = new ArrayList<>();
        String uptimeBefore = uptime();
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), 0);
             KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), 0);
             ServiceProcess funding = ServiceProcess.start(root, "funding-service", 18283,
                     PlatformLayout.config(PlatformLayout.service("funding-service"), postgres, kafka), dir.resolve("logs"))) {
            funding.awaitReady(Duration.ofSeconds(180));
            RssSampler sampler = RssSampler.start(funding);
            HttpClient http = HttpClient.newHttpClient();
            String base = funding.baseUrl() + "/api/v1/";
            String jdbc = postgres.jdbcUrl("funding");

            List<String> tenants = new ArrayList<>();
            for (int i = 1; i <= las; i++) {
                tenants.add(String.format("M%03d", i));
            }
            String big = "MBIG";
            List<String> explained;
            long seedStart = System.nanoTime();
            for (String la : tenants) {
                schemes(http, base, la);
            }
            schemes(http, base, big);
            try (Connection c = DriverManager.getConnection(jdbc, PostgresServer.USER, PostgresServer.PASSWORD); Statement s = c.createStatement()) {
                for (int i = 0; i < las; i++) {
                    int n = ehcps / las + (i < ehcps % las ? 1 : 0);
                    int k = settings / las + (i < settings % las ? 1 : 0);
                    seed(s, tenants.get(i), n, k);
                }
                seed(s, big, 20_000, 600);
                scores(s, big);
                // As autovacuum leaves a table some time after a bulk load (statistics, and the visibility map an index-only
                // scan relies on); done here, before measuring, so that autovacuum never starts in the middle of the runs.
                s.execute("vacuum analyze");
                explained = positionReads(c, big, runs);
            }
            List<String> ids = new ArrayList<>();
            for (String la : tenants) {
                ids.add(id(send(http, "POST", base + "banding-scenarios", token(la), SCENARIO.formatted())));
            }
            String bigId = id(send(http, "POST", base + "banding-scenarios", token(big), SCENARIO.formatted()));
            String bigMatrixId = id(send(http, "POST", base + "banding-scenarios", token(big), MATRIX_SCENARIO.formatted()));
            rows.add(String.format("| seed: %d LAs' schemes over the API, %,d + 20,000 EHCPs by SQL, one scenario saved per LA | %,d ms | – |",
                    las + 1, ehcps, (System.nanoTime() - seedStart) / 1_000_000));
            rows.addAll(explained);

            // National: every LA's scenario modelled once per run, concurrently by 2 clients (the machine's 2 cores); the time is
            // the wall time from the first request to the last answer.
            long[] national = new long[runs];
            ExecutorService pool = Executors.newFixedThreadPool(2);
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                List<Future<String>> done = new ArrayList<>();
                for (int i = 0; i < las; i++) {
                    String url = base + "banding-scenarios/" + ids.get(i);
                    String t = token(tenants.get(i));
                    done.add(pool.submit(() -> send(http, "GET", url, t, null)));
                }
                for (Future<String> f : done) {
                    f.get();
                }
                national[r] = (System.nanoTime() - t0) / 1_000_000;
            }
            pool.shutdown();
            rows.add(row(String.format("national: all %d LAs' scenarios modelled (%,d EHCPs, %,d settings), 2 concurrent clients, total wall time",
                            las, ehcps, settings),
                    national, "under 5 s"));

            // The large LA: its scenario modelled (LA totals, protection) and its first settings page, several runs.
            String bigToken = token(big);
            long[] model = new long[runs];
            long[] page = new long[runs];
            long[] matrix = new long[runs];
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                send(http, "GET", base + "banding-scenarios/" + bigId, bigToken, null);
                model[r] = (System.nanoTime() - t0) / 1_000_000;
                t0 = System.nanoTime();
                send(http, "GET", base + "banding-scenarios/" + bigMatrixId, bigToken, null);
                matrix[r] = (System.nanoTime() - t0) / 1_000_000;
                t0 = System.nanoTime();
                send(http, "GET", base + "banding-scenarios/" + bigId + "/settings?size=100", bigToken, null);
                page[r] = (System.nanoTime() - t0) / 1_000_000;
            }
            rows.add(row("large LA (20,000 EHCPs, 600 settings): scenario modelled", model, "under 300 ms"));
            rows.add(row("large LA: the same proposal re-banding from a matrix (half the EHCPs hold matrix scores)", matrix, "–"));
            rows.add(row("large LA: first 100 settings of the impact (modelled again, paged)", page, "–"));
            sampler.close();
            rows.add(String.format("| funding-service peak RSS throughout | %d MB | under 300 MB |", sampler.peakMb()));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        String uptimeAfter = uptime();
        StringBuilder md = new StringBuilder("# funding-service: banding impact model (issue 12)\n\n")
                .append("Measured by `./benchmark-modelling ").append(ehcps).append(' ').append(settings).append(' ').append(las).append(' ').append(runs)
                .append("` on ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", packaged funding-service with the launcher's JVM options (`").append(String.join(" ", ServiceProcess.jvmOptions()))
                .append("`) on a real PostgreSQL and Kafka broker, all in one database as one deployment. Each LA: settings 5/6 mainstream, ")
                .append("the rest special and resourced provision; EHCPs spread evenly over them with bands B1–B4, each a final plan in the ")
                .append("decision log (seeded by SQL as the intake writes it; then `vacuum analyze`, as autovacuum would). A scenario is modelled on every read: the LA's decisions and bands ")
                .append("read set-wise (the funding fields from plain columns PostgreSQL generates from each payload, by an index-only scan, V60), each EHCP placed on the scenario's date by the ")
                .append("top-up feature's own timeline rules, counted per (setting, band), priced once per (category, band) by the banding engine, ")
                .append("protection computed; times are whole HTTP requests. The national case models all the LAs' scenarios (one each) ")
                .append("concurrently from 2 clients and reports the wall time of the whole set. The large LA's matrix scenario is the same ")
                .append("proposal re-banding from a proposed needs matrix: half its EHCPs hold a panel band agreement with matrix scores (seeded ")
                .append("by SQL), counted per (setting, band, scores) and re-banded once per distinct scores. Results are min / median / max ")
                .append("of the runs. The two SQL rows are EXPLAIN (ANALYZE, BUFFERS) through JDBC, after seeding, of the large LA's ")
                .append("position read as the service runs it and, as the reference measured in the same run, as it was before V60.\n\n")
                .append("The machine was shared with other builds when measured (load average before: ").append(uptimeBefore)
                .append("; after: ").append(uptimeAfter).append("), so absolute times are noisy; the coordinator re-runs it on a quieter machine.\n\n")
                .append("| measure | result | target (issue 12) |\n|---|---|---|\n");
        rows.forEach(l -> md.append(l).append('\n'));
        Path out = root.resolve("docs/benchmarks/modelling.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.print(md);
    }

    private static String row(String what, long[] ms, String target) {
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format("| %s, runs %s | median %,d ms (min %,d, max %,d) | %s |", what, Arrays.toString(ms), sorted[sorted.length / 2],
                sorted[0], sorted[sorted.length - 1], target);
    }

    private static String token(String la) {
        return DevTokens.mint(la, "finance@" + la.toLowerCase() + ".gov.uk", "finance");
    }

    private static void schemes(HttpClient http, String base, String la) throws Exception {
        for (String category : List.of("MAINSTREAM", "SPECIAL", "RESOURCED_PROVISION")) {
            String id = id(send(http, "POST", base + "banding-schemes", token(la),
                    "{\"financialYear\":\"2025-26\",\"category\":\"" + category + "\",\"bands\":" + BANDS + "}"));
            FundingBenchmark.send(http, "POST", base + "banding-schemes/" + id + "/approval", token(la), "\"0\"", "{\"forumMinute\":\"BENCH-1\"}");
        }
    }

    private static void seed(Statement s, String la, int ehcps, int settings) throws Exception {
        s.execute("insert into setting (id, tenant, urn, name, type, active, created_at, updated_at, version) "
                + "select gen_random_uuid(), '" + la + "', (100000 + g)::text, 'Setting ' || g, "
                + "case when g % 6 = 0 then 'SPECIAL' when g % 12 = 1 and g > 1 then 'RESOURCED_PROVISION' else 'MAINSTREAM_PRIMARY' end, "
                + "true, now(), now(), 0 from generate_series(1, " + settings + ") g");
        s.execute("insert into ehcp_decision (id, tenant, source_id, ehcp_ref, kind, effective_kind, decision_date, recorded_at, payload) "
                + "select gen_random_uuid(), '" + la + "', 'SRC-' || g, 'EHCP-' || g, 'FINAL_PLAN_ISSUED', 'FINAL_PLAN_ISSUED', date '2025-03-01', now(), "
                + "jsonb_build_object('sourceId', 'SRC-' || g, 'ehcpRef', 'EHCP-' || g, 'kind', 'FINAL_PLAN_ISSUED', 'decisionDate', '2025-03-01', "
                + "'recordedAt', '2025-03-01T10:00:00Z', 'settingUrns', jsonb_build_array((100000 + 1 + (g % " + settings + "))::text), "
                + "'bandCode', 'B' || (1 + (g * 7 + g / " + settings + ") % 4), 'effectiveDate', '2025-04-01') from generate_series(1, " + ehcps + ") g");
    }

    /** Half the LA's EHCPs get a panel band agreement holding matrix scores (4 need areas, levels 0–4), as the panel records them. */
    private static void scores(Statement s, String la) throws Exception {
        s.execute("insert into ehcp_band (id, tenant, ehcp_ref, band_code, effective_from, panel_date, matrix_version, needs_levels, source, "
                + "recorded_by, recorded_at) select gen_random_uuid(), '" + la + "', ehcp_ref, payload->>'bandCode', date '2025-09-01', "
                + "date '2025-07-10', 1, jsonb_build_object('CI', g % 5, 'CL', (g / 5) % 5, 'SEMH', (g / 25) % 5, 'SP', (g / 125) % 5), 'PANEL', "
                + "'bench', now() from (select ehcp_ref, payload, row_number() over (order by ehcp_ref) g from ehcp_decision where tenant = '" + la
                + "') d where g % 2 = 0");
    }

    /** The large LA's position read in SQL as funding-service runs it (PositionRepository: V60's columns, index-only). */
    private static final String COLUMN_READ = "select d.ehcp_ref, d.effective_kind, d.setting_urn, d.band_code, d.effective_date, "
            + "d.decision_date, d.review_outcome, floor(extract(epoch from d.recorded_at) * 1000)::bigint from ehcp_decision d "
            + "where d.tenant = ? and d.superseded_by is null "
            + "and d.effective_kind in ('FINAL_PLAN_ISSUED', 'AMENDED_PLAN_ISSUED', 'TRANSFER_IN', 'REVIEW_DECISION')";
    /** The reference, measured in the same run: the same read as it was before V60, each field taken out of the jsonb payload. */
    private static final String JSONB_READ = "select d.ehcp_ref, d.kind, d.payload->>'correctedKind', d.payload->'settingUrns'->>0, "
            + "d.payload->>'bandCode', (d.payload->>'effectiveDate')::date, d.decision_date, d.payload->>'reviewOutcome', "
            + "floor(extract(epoch from d.recorded_at) * 1000)::bigint from ehcp_decision d where d.tenant = ? and d.superseded_by is null "
            + "and d.kind in ('FINAL_PLAN_ISSUED', 'AMENDED_PLAN_ISSUED', 'TRANSFER_IN', 'REVIEW_DECISION', 'CORRECTION')";

    /** EXPLAIN (ANALYZE, BUFFERS) of both reads of the large LA's decisions, {@code runs} times each, alternately: two table rows. */
    private static List<String> positionReads(Connection c, String la, int runs) throws Exception {
        double[] columns = new double[runs];
        double[] jsonb = new double[runs];
        String[] plans = new String[2];
        for (int r = 0; r < runs; r++) {
            jsonb[r] = explain(c, JSONB_READ, la, plans, 0);
            columns[r] = explain(c, COLUMN_READ, la, plans, 1);
        }
        double ref = median(jsonb);
        double now = median(columns);
        return List.of(
                String.format("| SQL: the large LA's position read (20,000 decisions) as before V60, funding fields out of each jsonb payload "
                        + "(reference, same run), EXPLAIN ANALYZE execution, runs %s; plan: %s | median %.1f ms | – |", ms(jsonb), plans[0], ref),
                String.format("| SQL: the same read from V60's generated columns, runs %s; plan: %s | median %.1f ms (%.2f× the reference) | – |",
                        ms(columns), plans[1], now, now / ref));
    }

    private static double explain(Connection c, String sql, String la, String[] plans, int which) throws Exception {
        try (var ps = c.prepareStatement("explain (analyze, buffers) " + sql)) {
            ps.setString(1, la);
            List<String> lines = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1).trim());
                }
            }
            // the top node without its cost estimate, and what it read (heap fetches, buffers)
            plans[which] = "`" + lines.get(0).replaceAll("\\s*\\(cost=.*$", "") + "`" + first(lines, "Heap Fetches") + first(lines, "Buffers");
            String time = lines.stream().filter(l -> l.startsWith("Execution Time:")).findFirst().orElseThrow();
            return Double.parseDouble(time.replaceAll("[^0-9.]", ""));
        }
    }

    private static String first(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().map(l -> ", " + l).orElse("");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String ms(double[] values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format("%.1f", values[i]));
        }
        return b.append(']').toString();
    }

    private static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String send(HttpClient http, String method, String url, String token, String body) throws Exception {
        return FundingBenchmark.send(http, method, url, token, null, body);
    }

    private static String id(String body) {
        return FundingBenchmark.id(body);
    }

    private ModellingBenchmark() {
    }
}
