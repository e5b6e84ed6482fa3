package uk.send.notification.inbox.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Live inbox updates for Server-Sent Events. A new notification is announced with PostgreSQL NOTIFY in
 * the transaction that wrote it; every replica LISTENs, so a front end connected to any replica hears
 * about a notification written on any other, and only once it is committed.
 */
@ApplicationScoped
public class InboxStream {

    private static final Logger LOG = Logger.getLogger(InboxStream.class);
    public static final String CHANNEL = "send_inbox";

    /** A new notification for a person. */
    public record Signal(String tenant, String person, UUID notificationId) {
    }

    private final BroadcastProcessor<Signal> signals = BroadcastProcessor.create();
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean running;

    public InboxStream(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                       @ConfigProperty(name = "quarkus.datasource.username") String user,
                       @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static String payload(String tenant, String person, UUID id) {
        return tenant + "\n" + person + "\n" + id;
    }

    public Multi<Signal> signalsFor(String tenant, String person) {
        return signals.filter(s -> s.tenant().equals(tenant) && s.person().equals(person));
    }

    void start(@Observes StartupEvent event) {
        running = true;
        Thread t = new Thread(this::listen, "inbox-listen");
        t.setDaemon(true);
        t.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            // A connection of its own, outside the pool: it stays in LISTEN for the life of the service.
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                backoff = 500;
                while (running) {
                    PGNotification[] received = pg.getNotifications(1000);
                    if (received == null) {
                        continue;
                    }
                    for (PGNotification n : received) {
                        String[] parts = n.getParameter().split("\n", 3);
                        if (parts.length == 3) {
                            signals.onNext(new Signal(parts[0], parts[1], UUID.fromString(parts[2])));
                        }
                    }
                }
            } catch (SQLException e) {
                LOG.warnf("Inbox live stream lost its database connection (%s); reconnecting", e.getMessage());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }
}
