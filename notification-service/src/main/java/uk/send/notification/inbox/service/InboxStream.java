package uk.send.notification.inbox.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.send.notification.inbox.repository.NotificationRepository;
import uk.send.platform.persistence.PgListener;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
    private final PgListener listener;

    public InboxStream(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                       @ConfigProperty(name = "quarkus.datasource.username") String user,
                       @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.listener = new PgListener(url, user, password, APPLICATION_NAME, (connection, received) -> announce(connection, received));
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
        return listener.isListening(CHANNEL);
    }

    void start(@Observes StartupEvent event) {
        listener.listen(CHANNEL);
    }

    void stop(@Observes ShutdownEvent event) {
        listener.close();
    }

    /** Reads whose notifications these are, in one query, and tells their streams; a payload that is not an id is skipped. */
    private void announce(Connection c, List<PgListener.Notification> received) throws SQLException {
        List<UUID> ids = new ArrayList<>(received.size());
        for (PgListener.Notification n : received) {
            try {
                ids.add(UUID.fromString(n.payload()));
            } catch (IllegalArgumentException e) {
                LOG.warnf("Inbox live stream skipped a notification payload that is not an id (%d characters)", n.payload().length());
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
