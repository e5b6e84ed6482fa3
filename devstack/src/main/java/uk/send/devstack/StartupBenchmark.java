package uk.send.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./benchmark-startup}: starts each packaged service alone (with the JVM options of the local
 * launcher) against a real PostgreSQL and Kafka, and records Quarkus' own start time, the time from
 * process start to a ready health check, and the resident memory after idling. Writes
 * docs/benchmarks/startup.md.
 */
public final class StartupBenchmark {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Duration idle = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        Path root = Classpaths.projectRoot();
        Path dir = Files.createTempDirectory("send-bench-");
        List<String> rows = new ArrayList<>();
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), 0);
             KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), 0)) {
            for (PlatformLayout.Service s : PlatformLayout.SERVICES) {
                double bestQuarkus = Double.MAX_VALUE;
                double bestReady = Double.MAX_VALUE;
                long rssIdle = 0;
                for (int i = 0; i < rounds; i++) {
                    try (ServiceProcess p = ServiceProcess.start(root, s.module(), s.port(), PlatformLayout.config(s, postgres, kafka), dir.resolve("logs"))) {
                        Duration ready = p.awaitReady(Duration.ofSeconds(60));
                        bestReady = Math.min(bestReady, ready.toMillis() / 1000.0);
                        Matcher m = STARTED.matcher(Files.readString(dir.resolve("logs").resolve(s.module() + "-" + s.port() + ".log")));
                        if (m.find()) {
                            bestQuarkus = Math.min(bestQuarkus, Double.parseDouble(m.group(1)));
                        }
                        if (i == rounds - 1) {
                            Thread.sleep(idle.toMillis());
                            rssIdle = p.rssKb();
                        }
                    }
                }
                String row = String.format("| %s | %.3f s | %.2f s | %d MB |", s.module(), bestQuarkus, bestReady, rssIdle / 1024);
                System.out.println(row);
                rows.add(row);
            }
        }
        String host = Files.exists(Path.of("/proc/cpuinfo"))
                ? Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst().map(l -> l.split(":", 2)[1].trim()).orElse("?")
                : "?";
        StringBuilder md = new StringBuilder()
                .append("# Start-up time and idle memory\n\n")
                .append("Measured by `./benchmark-startup` on ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores (").append(host).append("), JDK ")
                .append(System.getProperty("java.version")).append(".\n\n")
                .append("Each service is started alone, ").append(rounds).append(" times, as a packaged fast-jar with the launcher's JVM options (`")
                .append(String.join(" ", ServiceProcess.jvmOptions())).append("`), against a real PostgreSQL and Kafka broker. ")
                .append("*Quarkus start* is the framework's own \"started in\" (best of the runs), *to ready* is from process start to the first 200 from ")
                .append("`/q/health/ready` (includes JVM boot, Flyway and the Kafka connection; best of the runs), *RSS* is the resident set after ")
                .append(idle.toSeconds()).append(" s idle.\n\n")
                .append("Targets (issue 2): start in at most 3 s, idle under 250 MB RSS.\n\n")
                .append("| service | Quarkus start | to ready | RSS idle |\n|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Path out = root.resolve("docs/benchmarks/startup.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println("Wrote " + out);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private StartupBenchmark() {
    }
}
