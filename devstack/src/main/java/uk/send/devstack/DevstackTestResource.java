package uk.send.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL and a real Kafka broker once per test JVM (free ports, temporary data) and
 * points the Quarkus app under test at them. Use with
 * {@code @QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))}.
 * The addresses are also published as system properties ({@code devstack.*}) for test code such as
 * a Kafka consumer checking what was published.
 */
public class DevstackTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String BOOTSTRAP_PROPERTY = "devstack.kafka.bootstrap";
    public static final String POSTGRES_PORT_PROPERTY = "devstack.postgres.port";

    private String database = "plan";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        ensureStarted();
        String url = "jdbc:postgresql://localhost:" + System.getProperty(POSTGRES_PORT_PROPERTY) + "/" + database;
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD,
                "kafka.bootstrap.servers", System.getProperty(BOOTSTRAP_PROPERTY));
    }

    @Override
    public void stop() {
        // The servers live as long as the test JVM: later test classes reuse them.
    }

    /** Starts the servers unless this JVM already has them (system properties survive class loaders). */
    public static synchronized void ensureStarted() {
        if (System.getProperty(BOOTSTRAP_PROPERTY) != null) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("send-devstack-");
            PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), 0);
            KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
                deleteQuietly(dir);
            }));
            System.setProperty(POSTGRES_PORT_PROPERTY, String.valueOf(postgres.port()));
            System.setProperty(BOOTSTRAP_PROPERTY, kafka.bootstrapServers());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test PostgreSQL and Kafka", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }
}
