package uk.send.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./benchmark-plan}: plan-service importing a 5,000-row action plan through its API and scanning
 * 100,000 dated items, with the service's resident memory sampled throughout. Writes
 * docs/benchmarks/plan-service.md.
 */
public final class PlanBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int dated = args.length > 1 ? Integer.parseInt(args[1]) : 100_000; // 0 skips the deadline scans
        Path root = Classpaths.projectRoot();
        Path dir = Files.createTempDirectory("send-plan-bench-");
        String token = DevTokens.mint("BENCH", "bench.lead@bench.gov.uk", "programme-lead");
        List<String> lines = new ArrayList<>();
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), 0);
             KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), 0);
             ServiceProcess plan = ServiceProcess.start(root, "plan-service", 18281,
                     PlatformLayout.config(PlatformLayout.service("plan-service"), postgres, kafka), dir.resolve("logs"))) {
            plan.awaitReady(Duration.ofSeconds(180)); // a shared, busy machine can take over a minute to start it
            RssSampler sampler = RssSampler.start(plan);
            HttpClient http = HttpClient.newHttpClient();
            String tsv = recoveryPlan(rows);
            int lineCount = tsv.split("\n").length;

            String warmup = programme(http, plan, token, "Warm-up");
            timed(() -> post(http, plan.baseUrl() + "/api/v1/programmes/" + warmup + "/imports", token, "text/tab-separated-values", tsv));
            String target = programme(http, plan, token, "Benchmark plan");
            List<Long> textRuns = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                String p = run == 0 ? target : programme(http, plan, token, "Benchmark plan " + run);
                textRuns.add(timed(() -> post(http, plan.baseUrl() + "/api/v1/programmes/" + p + "/imports", token, "text/tab-separated-values", tsv)));
            }
            long reimportMs = timed(() -> post(http, plan.baseUrl() + "/api/v1/programmes/" + target + "/imports", token, "text/tab-separated-values", tsv));
            row(lines, String.format("| import a %d-line recovery plan (%d items created), 3 runs into new programmes: median (min–max) | %s | under 2 s |",
                    lineCount, countItems(postgres, target), spread(textRuns)));
            row(lines, String.format("| import the same plan again (nothing duplicated) | %d ms | under 2 s |", reimportMs));
            // Word and Excel files of the same size (issue 14), each imported into its own programme after one warm-up.
            byte[] docx = PlanFiles.docx(rows);
            byte[] xlsx = PlanFiles.xlsx(rows);
            String docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            String xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            String docxWarm = programme(http, plan, token, "Warm-up docx");
            timed(() -> postBytes(http, plan.baseUrl() + "/api/v1/programmes/" + docxWarm + "/imports", token, docxType, docx));
            String docxTarget = programme(http, plan, token, "Benchmark docx");
            List<Long> docxRuns = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                String p = run == 0 ? docxTarget : programme(http, plan, token, "Benchmark docx " + run);
                docxRuns.add(timed(() -> postBytes(http, plan.baseUrl() + "/api/v1/programmes/" + p + "/imports", token, docxType, docx)));
            }
            row(lines, String.format("| import a %d-row .docx recovery plan (%d KB; %d items created), 3 runs into new programmes: median (min–max) | %s | under 3 s |",
                    rows, docx.length / 1024, countItems(postgres, docxTarget), spread(docxRuns)));
            String xlsxWarm = programme(http, plan, token, "Warm-up xlsx");
            timed(() -> postBytes(http, plan.baseUrl() + "/api/v1/programmes/" + xlsxWarm + "/imports", token, xlsxType, xlsx));
            String xlsxTarget = programme(http, plan, token, "Benchmark xlsx");
            List<Long> xlsxRuns = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                String p = run == 0 ? xlsxTarget : programme(http, plan, token, "Benchmark xlsx " + run);
                xlsxRuns.add(timed(() -> postBytes(http, plan.baseUrl() + "/api/v1/programmes/" + p + "/imports", token, xlsxType, xlsx)));
            }
            row(lines, String.format("| import a %d-row .xlsx tracker (%d KB; %d items created), 3 runs into new programmes: median (min–max) | %s | under 3 s |",
                    rows, xlsx.length / 1024, countItems(postgres, xlsxTarget), spread(xlsxRuns)));
            long docxAgain = timed(() -> postBytes(http, plan.baseUrl() + "/api/v1/programmes/" + docxTarget + "/imports", token, docxType, docx));
            row(lines, String.format("| import the same .docx again (nothing duplicated) | %d ms | under 3 s |", docxAgain));
            // Reads on a quiet service: the imports' item-created events have all been relayed first.
            untilNone(postgres, "select count(*) from outbox_event where published_at is null", System.nanoTime());
            String items = plan.baseUrl() + "/api/v1/programmes/" + target + "/items";
            String task = firstTask(postgres, target);
            row(lines, String.format("| read one task of that plan with its rolled-up RAG (median of 5) | %d ms | – |",
                    median(http, token, items + "/" + task, 5)));
            row(lines, String.format("| a page of 20 of its items, filtered by rolled-up RAG (median of 5) | %d ms | – |",
                    median(http, token, items + "?rag=GREEN&size=20", 5)));
            row(lines, String.format("| its whole tree, all %d items (median of 3) | %d ms | – |", countItems(postgres, target),
                    median(http, token, items + "/tree", 3)));

            if (dated > 0) {
                String scanProgramme = programme(http, plan, token, "Scan benchmark");
                seedDatedItems(postgres, scanProgramme, dated);
                // Scans may not look ahead of today: the first scan is as of yesterday, so that "the next day" is today.
                LocalDate today = LocalDate.now().minusDays(1);
                long scanStarted = System.nanoTime();
                long firstScan = timed(() -> post(http, plan.baseUrl() + "/api/v1/deadline-scans?asOf=" + today, token, null, ""));
                String firstResult = lastBody;
                long inOutbox = untilNone(postgres, "select count(*) from deadline_notice where published_at is null", scanStarted);
                long onKafka = untilNone(postgres, "select count(*) from outbox_event where published_at is null", scanStarted);
                long sameDay = timed(() -> post(http, plan.baseUrl() + "/api/v1/deadline-scans?asOf=" + today, token, null, ""));
                long nextDay = timed(() -> post(http, plan.baseUrl() + "/api/v1/deadline-scans?asOf=" + today.plusDays(1), token, null, ""));
                String nextResult = lastBody;
                row(lines, String.format("| first scan of %,d dated items (notices recorded for every deadline due or overdue: %s) | %d ms | under 1 s |", dated, firstResult, firstScan));
                row(lines, String.format("| ... every one of those notices written to the outbox as its own event (from the start of the scan) | %d ms | – |", inOutbox));
                row(lines, String.format("| ... and acknowledged by Kafka (from the start of the scan) | %d ms | – |", onKafka));
                row(lines, String.format("| the same day's scan again (nothing new) | %d ms | under 1 s |", sameDay));
                row(lines, String.format("| next day's scan (%s) | %d ms | under 1 s |", nextResult, nextDay));
            }
            sampler.close();
            Files.readAllLines(dir.resolve("logs").resolve("plan-service-18281.log")).stream()
                    .filter(l -> l.contains("Deadline scan") || l.contains("Import into programme")).forEach(l -> System.out.println("LOG " + l));
            row(lines, String.format("| plan-service peak RSS throughout | %d MB | under 300 MB |", sampler.peakMb()));
        } finally {
            // The service's log outlives the run's temporary directory, so that a failed run can be diagnosed.
            Path log = dir.resolve("logs").resolve("plan-service-18281.log");
            if (Files.exists(log)) {
                Path kept = Path.of(System.getProperty("java.io.tmpdir"), "send-plan-benchmark-service.log");
                Files.copy(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                System.out.println("plan-service log: " + kept);
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        StringBuilder md = new StringBuilder("# plan-service: import and deadline scan\n\n")
                .append("Measured by `./benchmark-plan` on ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", packaged plan-service with the launcher's JVM options (`").append(String.join(" ", ServiceProcess.jvmOptions()))
                .append("`) on a real PostgreSQL and Kafka broker. Times are the HTTP request as a client sees it, after one warm-up import; the reads are of the imported plan. ")
                .append("The import is a generated recovery-plan task table (Task lines, five columns, bullets, wrapped cells, a key of lead officers). ")
                .append("The .docx is the same kind of plan as Word tables (three rows per deliverable, its first cell merged down, bulleted cells, a key table); ")
                .append("the .xlsx a tracker with one row per action or criterion; both generated with Apache POI and sent as their own media types. ")
                .append("The machine is shared with other builds while this runs, so times are noisy: the first imports give the spread of three runs. ")
                .append("Each import's phases (read; existing items loaded; rows worked out; created items inserted; updates, events and record written) ")
                .append("are in the service log as `Import into programme …` lines, which the command prints. ")
                .append("The scan's items are inserted directly, due dates spread evenly over a year either side of today, so the first scan finds ")
                .append("every deadline of the past year overdue at once. A scan records its notices in one transaction and answers; the publisher then ")
                .append("writes one event per notice to the outbox, 1,000 per transaction, and the relay sends them to Kafka: the two rows after the ")
                .append("first scan time that fan-out, from the moment the scan was requested.\n\n")
                .append("Load average (/proc/loadavg) before the run: `").append(loadBefore).append("`, after: `")
                .append(Files.readString(Path.of("/proc/loadavg")).trim()).append("` (2 cores: a load above 2 means other work shared the machine).\n\n")
                .append("| measure | result | target (issue 3; file imports issue 14) |\n|---|---|---|\n");
        lines.forEach(l -> md.append(l).append('\n'));
        Path out = root.resolve("docs/benchmarks/plan-service.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.print(md);
    }

    private static volatile String lastBody;

    /** Adds a result row, printing it at once so that a run that fails later still shows what it measured. */
    private static void row(List<String> lines, String line) {
        lines.add(line);
        System.out.println(line);
    }

    private interface Call {
        void run() throws Exception;
    }

    private static long timed(Call call) throws Exception {
        long t0 = System.nanoTime();
        call.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String programme(HttpClient http, ServiceProcess plan, String token, String title) throws Exception {
        post(http, plan.baseUrl() + "/api/v1/programmes", token, "application/json", "{\"title\":\"" + title + "\",\"kind\":\"RECOVERY_PLAN\"}");
        return lastBody.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private static void post(HttpClient http, String url, String token, String contentType, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            r.header("Content-Type", contentType + "; charset=UTF-8");
        }
        HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        lastBody = response.body();
    }

    private static void postBytes(HttpClient http, String url, String token, String contentType, byte[] body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        lastBody = response.body();
    }

    /** "1234 ms (1100–1400 ms)": the median of the runs and their range. */
    private static String spread(List<Long> runs) {
        List<Long> sorted = new ArrayList<>(runs);
        sorted.sort(Long::compare);
        return sorted.get(sorted.size() / 2) + " ms (" + sorted.get(0) + "–" + sorted.get(sorted.size() - 1) + " ms)";
    }

    /** The median time of {@code n} GETs of {@code url}, after one more to warm up. */
    private static long median(HttpClient http, String token, String url, int n) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(1)).GET().build();
        long[] times = new long[n];
        for (int i = -1; i < n; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 0) {
                times[i] = (System.nanoTime() - t0) / 1_000_000;
            }
        }
        java.util.Arrays.sort(times);
        return times[n / 2];
    }

    /** A recovery-plan task table of about {@code rows} lines: tasks of deliverables, each over three lines. */
    static String recoveryPlan(int rows) {
        StringBuilder sb = new StringBuilder("Anytown Council SEND Recovery Plan\n");
        String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "SEPT", "Oct", "Nov", "Dec"};
        int lines = 1;
        int task = 0;
        while (lines < rows) {
            task++;
            sb.append("Task ").append(task).append(": Workstream ").append(task).append(" of the recovery plan\n");
            sb.append("General deliverable\tSpecific actions\tSuccess criteria\tDeadline\tLead officer\n");
            lines += 2;
            for (int d = 1; d <= 30 && lines < rows; d++) {
                String month = months[(task + d) % 12];
                sb.append("Deliverable ").append(task).append('.').append(d).append(" for the\t• Action ").append(d)
                        .append("a to deliver it\t• Criterion ").append(d).append("a is met\t").append(month).append(' ').append(2027 + d % 2)
                        .append('\t').append(d % 2 == 0 ? "BB" : "CD").append('\n');
                sb.append("workstream\t• Action ").append(d).append("b across all\t• Criterion ").append(d).append("b is met\t\t\n");
                sb.append("\tsettings\t\t\t\n");
                lines += 3;
            }
        }
        sb.append("\nKey to lead officers\nBB\tBob Brown\tHead of SEN\nCD\tCarol Davies\tFinance Business Partner\n");
        return sb.toString();
    }

    /** Waits until {@code countSql} counts nothing; returns the milliseconds since {@code since}. */
    private static long untilNone(PostgresServer pg, String countSql, long since) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("plan"), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement()) {
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < deadline) {
                try (var rs = s.executeQuery(countSql)) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return (System.nanoTime() - since) / 1_000_000;
                    }
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("Still waiting after 5 minutes: " + countSql);
        }
    }

    private static String firstTask(PostgresServer pg, String programme) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("plan"), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement();
             var rs = s.executeQuery("select id from plan_item where programme_id = '" + programme + "' and kind = 'TASK' order by position limit 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long countItems(PostgresServer pg, String programme) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("plan"), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from plan_item where programme_id = '" + programme + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void seedDatedItems(PostgresServer pg, String programme, int count) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("plan"), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("insert into plan_item (id, tenant, programme_id, title, lead_officer_id, lead_officer_name, status, created_at, updated_at, version, kind, position) "
                    + "select gen_random_uuid(), 'BENCH', '" + programme + "', 'Dated item ' || g, 'lead' || (g % 40) || '@bench.gov.uk', 'Lead ' || (g % 40), "
                    + "'IN_PROGRESS', now(), now(), 0, 'ACTION', g from generate_series(1, " + count + ") g");
            s.execute("insert into item_deadline (id, tenant, item_id, position, kind, due_date, created_at, updated_at) "
                    + "select gen_random_uuid(), 'BENCH', i.id, 0, 'DAY', current_date - 365 + (i.position % 731), now(), now() "
                    + "from plan_item i where i.programme_id = '" + programme + "'");
            s.execute("analyze");
        }
    }

    private PlanBenchmark() {
    }
}
