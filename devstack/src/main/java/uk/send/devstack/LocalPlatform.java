package uk.send.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The whole platform on one machine, nothing to install but a JDK: a real PostgreSQL and a real Kafka
 * broker started from Maven artifacts, the four packaged services, and ready dev tokens. Ctrl-C stops
 * everything; data stays in the data folder (default {@code .devstack-data}) for the next run.
 */
public final class LocalPlatform {

    public static final int POSTGRES_PORT = 15432;
    public static final int KAFKA_PORT = 19092;
    public static final String DEMO_LA = "DEMO";

    public static void main(String[] args) throws Exception {
        Path root = Classpaths.projectRoot();
        Path data = args.length > 0 ? Path.of(args[0]).toAbsolutePath() : root.resolve(".devstack-data");
        Files.createDirectories(data);
        long t0 = System.nanoTime();
        List<AutoCloseable> running = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping SEND Platform ...");
            for (int i = running.size() - 1; i >= 0; i--) {
                try {
                    running.get(i).close();
                } catch (Exception e) {
                    System.err.println("  could not stop cleanly: " + e.getMessage());
                }
            }
            System.out.println("Stopped. Data kept in " + data);
            stopped.countDown();
        }, "platform-shutdown"));

        System.out.println("Starting PostgreSQL on port " + POSTGRES_PORT + " (data in " + data.resolve("postgres") + ")");
        PostgresServer postgres = PostgresServer.start(data.resolve("postgres"), POSTGRES_PORT);
        running.add(postgres);
        System.out.println("Starting Kafka (KRaft) on port " + KAFKA_PORT + " (data in " + data.resolve("kafka") + ")");
        KafkaBroker kafka = KafkaBroker.start(data.resolve("kafka"), KAFKA_PORT);
        running.add(kafka);

        List<ServiceProcess> services = new ArrayList<>();
        for (PlatformLayout.Service s : PlatformLayout.SERVICES) {
            ServiceProcess p = ServiceProcess.start(root, s.module(), s.port(), PlatformLayout.config(s, postgres, kafka), data.resolve("logs"));
            services.add(p);
            running.add(p);
        }
        for (ServiceProcess p : services) {
            Duration ready = p.awaitReady(Duration.ofSeconds(60));
            System.out.printf("  %-22s ready in %5.1f s  %s/q/swagger-ui%n", p.name(), ready.toMillis() / 1000.0, p.baseUrl());
        }
        System.out.printf("%nSEND Platform is up in %.1f s. Logs: %s%n", (System.nanoTime() - t0) / 1e9, data.resolve("logs"));
        System.out.println("Kafka bootstrap: " + kafka.bootstrapServers() + "   PostgreSQL: localhost:" + POSTGRES_PORT + " (postgres/postgres)");
        printTokens(data);
        System.out.println("\nPress Ctrl-C to stop.");
        stopped.await();
    }

    private static void printTokens(Path data) throws IOException {
        String[][] people = {
                {"LEAD_TOKEN", "lead.officer@demo.gov.uk", "programme-lead"},
                {"SEN_TOKEN", "case.officer@demo.gov.uk", "sen-officer"},
                {"FINANCE_TOKEN", "finance@demo.gov.uk", "finance"},
                {"COMMISSIONER_TOKEN", "commissioner@demo.gov.uk", "commissioner"},
                {"CMS_TOKEN", "case-management-system", "case-management"},
                {"ADMIN_TOKEN", "admin@demo.gov.uk", "admin"},
        };
        StringBuilder env = new StringBuilder("# Dev tokens for LA " + DEMO_LA + ", valid 12 hours: source this file\n");
        System.out.println("\nDev tokens for LA " + DEMO_LA + " (12 h), also in " + data.resolve("tokens.env") + ":");
        for (String[] p : people) {
            String token = DevTokens.mint(DEMO_LA, p[1], List.of(p[2]), null, Duration.ofHours(12));
            env.append("export ").append(p[0]).append('=').append(token).append('\n');
            System.out.printf("  %-19s %s (%s)%n  %s%n", p[0], p[1], p[2], token);
        }
        Files.writeString(data.resolve("tokens.env"), env);
        System.out.println("\nTry:  source " + data.resolve("tokens.env")
                + " && curl -s -H \"Authorization: Bearer $LEAD_TOKEN\" http://localhost:8081/api/v1/programmes");
    }

    private LocalPlatform() {
    }
}
