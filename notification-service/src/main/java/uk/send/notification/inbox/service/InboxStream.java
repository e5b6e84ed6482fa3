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
import uk.send.notification.inbox.repository.NotificationRepository;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Live inbox updates for Server-Sent Events. A new notification is announced with PostgreSQL NOTIFY in
 * the transaction that wrote it; every replica LISTENs, so a front end connected to any replica hears
 * about a notification written on any other, and only once it is committed.
 * <p>
 * The NOTIFY payload is the notification's id alone (a UUID, never text a user chose): the listener reads
 * whose it is from the table. Nothing received can break the listener: an unreadable payload is skipped,
 * a lost connection is re-opened with back-off, and {@link #listening()} (the readiness check) is false
 * while it is down.
 */
@ApplicationScoped
public class InboxStream {

    private static final Logger LOG = Logger.getLogger(InboxStream.class);
    public static final String CHANNEL = "send_inbox";
    /** The listener's connection names itself so that operators (and tests) can find it in pg_stat_activity. */
    public static final String APPLICATION_NAME = "send-inbox-listen";

    /** A new notification for a person. */
    public record Signal(String tenant, String person, UUID notificationId) {
    }

    private final BroadcastProcessor<Signal> signals = BroadcastProcessor.create();
    private final Map<String, AtomicInteger> openCounts = new ConcurrentHashMap<>();
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean running;
    private volatile boolean listening;

    public InboxStream(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                       @ConfigProperty(name = "quarkus.datasource.username") String user,
                       @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The NOTIFY payload for a new notification: its id, nothing a person typed. */
    public static String payload(UUID notificationId) {
        return notificationId.toString();
    }

    public Multi<Signal> signalsFor(String tenant, String person) {
        return signals.filter(s -> s.tenant().equals(tenant) && s.person().equals(person));
    }

    /**
     * A person's live stream, open until {@code until} (their token's expiry) and then completed, so that a stream
     * never outlives the token that opened it; empty when the person already has {@code maxPerPerson} open.
     */
    public Optional<Multi<Signal>> open(String tenant, String person, Instant until, int maxPerPerson) {
        String key = tenant + "\u0000" + person;
        AtomicInteger count = openCounts.computeIfAbsent(key, k -> new AtomicInteger());
        if (count.incrementAndGet() > maxPerPerson) {
            release(key, count);
            return Optional.empty();
        }
        Duration left = Duration.between(Instant.now(), until);
        if (left.isNegative() || left.isZero()) {
            release(key, count);
            return Optional.of(Multi.createFrom().empty());
        }
        return Optional.of(signalsFor(tenant, person).select().first(left).onTermination().invoke(() -> release(key, count)));
    }

    /** How many live streams a person has open now. */
    public int openStreams(String tenant, String person) {
        AtomicInteger count = openCounts.get(tenant + "\u0000" + person);
        return count == null ? 0 : count.get();
    }

    private void release(String key, AtomicInteger count) {
        if (count.decrementAndGet() <= 0) {
            openCounts.remove(key, count);
        }
    }

    /** True while the listener holds its LISTEN connection; false while it is reconnecting. */
    public boolean listening() {
        return listening;
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
            Properties props = new Properties();
            props.setProperty("user", user);
            props.setProperty("password", password == null ? "" : password);
            props.setProperty("ApplicationName", APPLICATION_NAME);
            // A connection of its own, outside the pool: it stays in LISTEN for the life of the service.
            try (Connection c = DriverManager.getConnection(url, props); Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                listening = true;
                backoff = 500;
                while (running) {
                    PGNotification[] received = pg.getNotifications(1000);
                    if (received != null && received.length > 0) {
                        announce(c, received);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("Inbox live stream lost its database connection or failed (%s); reconnecting", e.toString());
            } finally {
                listening = false;
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return;
            }
            backoff = Math.min(backoff * 2, 10_000);
        }
    }

    /** Reads whose notifications these are, in one query, and tells their streams; a payload that is not an id is skipped. */
    private void announce(Connection c, PGNotification[] received) throws SQLException {
        List<UUID> ids = new ArrayList<>(received.length);
        for (PGNotification n : received) {
            try {
                ids.add(UUID.fromString(n.getParameter()));
            } catch (IllegalArgumentException e) {
                LOG.warnf("Inbox live stream skipped a notification payload that is not an id (%d characters)", n.getParameter().length());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        for (NotificationRepository.Addressee a : NotificationRepository.addressees(c, ids)) {
            signals.onNext(new Signal(a.tenant(), a.recipient(), a.id()));
        }
    }
}
