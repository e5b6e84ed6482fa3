package uk.send.e2e;

import uk.send.devstack.Classpaths;
import uk.send.devstack.KafkaBroker;
import uk.send.devstack.PlatformLayout;
import uk.send.devstack.PostgresServer;
import uk.send.devstack.ServiceProcess;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged services as separate processes on one real PostgreSQL and one real Kafka broker. */
final class RunningPlatform implements AutoCloseable {

    final Path dir;
    PostgresServer postgres;
    final KafkaBroker kafka;
    private final List<ServiceProcess> services = new ArrayList<>();

    RunningPlatform() throws IOException {
        dir = Files.createTempDirectory("send-e2e-");
        postgres = PostgresServer.start(dir.resolve("postgres"), 0);
        try {
            kafka = KafkaBroker.start(dir.resolve("kafka"), 0);
        } catch (IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** Starts one more instance of a service on a free port and waits until it is ready. */
    ServiceProcess start(String module) throws IOException {
        PlatformLayout.Service service = PlatformLayout.service(module);
        ServiceProcess p = ServiceProcess.start(Classpaths.projectRoot(), module, freePort(),
                PlatformLayout.config(service, postgres, kafka), dir.resolve("logs"));
        services.add(p);
        p.awaitReady(Duration.ofSeconds(90));
        return p;
    }

    /**
     * SIGKILL to PostgreSQL's postmaster and every backend (a crashed database server), then the same server
     * started again on the same port and data directory: it recovers from its write-ahead log. The server stays
     * down for at least {@code down} and until {@code noticed} holds (the callers have seen the outage).
     */
    void crashAndRestartPostgres(java.time.Duration down, java.util.concurrent.Callable<Boolean> noticed) throws IOException {
        int port = postgres.port();
        Path data = dir.resolve("postgres");
        long pid = Long.parseLong(Files.readAllLines(data.resolve("data/postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        postmaster.onExit().join();
        // Release what this JVM still holds of the dead server (zonky's lock on its data directory), as a
        // restarted host would: the data directory itself is kept, and recovery runs from its write-ahead log.
        try {
            postgres.close();
        } catch (IOException alreadyDead) {
            // pg_ctl stop finds no server: expected after SIGKILL
        }
        org.awaitility.Awaitility.await().pollDelay(down).atMost(down.plusSeconds(30)).until(noticed);
        Files.deleteIfExists(data.resolve("data/postmaster.pid"));
        postgres = PostgresServer.start(data, port);
    }

    @Override
    public void close() throws IOException {
        services.forEach(ServiceProcess::close);
        kafka.close();
        postgres.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
