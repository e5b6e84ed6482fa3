package uk.send.devstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The four services: module, fixed HTTP port and database. */
public final class PlatformLayout {

    public record Service(String module, int port, String database) {
    }

    public static final List<Service> SERVICES = List.of(
            new Service("plan-service", 8081, "plan"),
            new Service("funding-service", 8082, "funding"),
            new Service("placement-service", 8083, "placement"),
            new Service("notification-service", 8084, "notification"));

    private PlatformLayout() {
    }

    public static Service service(String module) {
        return SERVICES.stream().filter(s -> s.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + module));
    }

    /** The runtime settings a packaged service needs to run against the devstack's servers. */
    public static Map<String, String> config(Service service, PostgresServer postgres, KafkaBroker kafka) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(service.database()));
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", "dev-jwt/publicKey.pem");
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        if (service.module().equals("plan-service")) {
            // Signs calendar feed links; local only (production reads PLAN_CALENDAR_SECRET).
            config.put("plan.calendar.secret", "local-platform-calendar-secret");
            config.put("plan.calendar.public-base-url", "http://localhost:" + service.port());
        }
        if (service.module().equals("notification-service")) {
            // No mail server on a laptop: emails are written to the service's log instead of sent.
            config.put("quarkus.mailer.mock", "true");
        }
        return config;
    }
}
