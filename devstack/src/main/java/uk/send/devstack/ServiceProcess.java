package uk.send.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service (its fast-jar) running as a child JVM, started and stopped by the launcher and the e2e tests. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The JVM settings a service runs with locally; chosen so that an idle service stays well under 250 MB RSS and a
     * busy one under 300 MB. The heap free ratios keep the serial collector's heap close to what is live (it grows
     * only when less than 10% is free after a collection, and gives back what is over 30%) instead of the default
     * 40-70%: measured on the placement benchmark (2026-12-01), peak RSS 285-310 MB became 265 MB, with no loss of
     * speed. C1 only ({@code TieredStopAtLevel=1}): on 2 cores, C2 compiling during a run made the same benchmark
     * slower and its RSS 356 MB. The heap never shrinks below 64 MB ({@code -Xms64m}): with a 32 MB floor the old
     * generation of a service with about 27 MB live was kept at about 30 MB, so each few MB promoted forced a full
     * collection that freed 2-3 MB and stopped every request for 100-350 ms, every 3 s under a steady read load
     * (GC log of the placement ledger benchmark, 2026-12-02); with 64 MB there were none in the ledger's reads, and the
     * peak RSS of the full benchmark was 263 MB (it is set by the forecasts, when the heap is larger anyway).
     */
    public static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx112m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=48m", "-Xss512k", "-XX:TieredStopAtLevel=1",
            // A JVM out of memory may have lost any thread (the outbox relay, a Kafka client): end it, to be restarted.
            "-XX:+ExitOnOutOfMemoryError");

    /** The JVM options services start with: {@link #JVM_OPTIONS}, or {@code -Dsend.service.jvm="..."} to try others. */
    public static List<String> jvmOptions() {
        String configured = System.getProperty("send.service.jvm");
        return configured == null || configured.isBlank() ? JVM_OPTIONS : List.of(configured.trim().split("\\s+"));
    }

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final long startedAtNanos;

    private ServiceProcess(String name, int port, Process process, Path log, long startedAtNanos) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.startedAtNanos = startedAtNanos;
    }

    /** Starts {@code <root>/<module>/target/quarkus-app/quarkus-run.jar} with the given config as system properties. */
    public static ServiceProcess start(Path root, String module, int port, Map<String, String> config, Path logDir) throws IOException {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IOException(jar + " is missing: build first (./mvnw package -DskipTests)");
        }
        Files.createDirectories(logDir);
        List<String> command = new ArrayList<>();
        command.add(Classpaths.javaExecutable());
        command.addAll(jvmOptions());
        command.add("-Dquarkus.http.port=" + port);
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar.toString());
        Path log = logDir.resolve(module + "-" + port + ".log");
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        // Fewer glibc malloc arenas: on a small machine they otherwise add tens of MB of resident memory per JVM.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        Process process = builder.start();
        return new ServiceProcess(module, port, process, log, t0);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Waits until /q/health/ready answers 200; returns the time from process start to ready. */
    public Duration awaitReady(Duration timeout) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited during start-up; see " + log + "\n" + tail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedAtNanos);
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        throw new IOException(name + " not ready within " + timeout.toSeconds() + " s; see " + log + "\n" + tail());
    }

    /** Resident set size of the service's JVM in kB, read from /proc (Linux). */
    public long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /**
     * CPU time the service's JVM has used so far (user + system), in milliseconds, read from /proc (Linux; clock
     * ticks of 10 ms). Differences of it measure a workload's CPU cost, which unlike its throughput hardly depends
     * on how many other processes share the machine.
     */
    public long cpuMillis() throws IOException {
        return ProcessCpu.millis(process.pid());
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Stops the service: gracefully (SIGTERM), or as a crash would ({@code kill}). */
    public void stop(boolean kill) {
        if (kill) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(false);
    }
}
