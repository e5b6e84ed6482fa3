package uk.send.platform.persistence;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.send.platform.outbox.OutboxWritten;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-LA generations (counters in the database that move, by trigger and in the writer's own transaction, with
 * every change to what a cached read shows) known in memory, so that a read served from a cache costs no
 * round trip to check that it is still current.
 * <p>
 * A generation is learnt from the database once (the caller's {@code load}) and then kept up to date by
 * PostgreSQL {@code NOTIFY}: the trigger that moves it also runs {@code pg_notify('<channel>', tenant || ':' ||
 * generation)}, and every replica {@code LISTEN}s on a connection of its own ({@link PgListener}), so a change
 * committed on any replica reaches every other within the time NOTIFY takes (typically well under a millisecond).
 * On the replica that made a change it is seen at once: any transaction that publishes an event of an LA (every
 * change that matters publishes one, through the outbox) forgets that LA's generations when it commits, before
 * its caller hears back, so the next read asks the database.
 * <p>
 * Safe by construction rather than by timing:
 * <ul>
 *   <li>while the listener is not connected (starting, or its connection lost) every read asks the database, and
 *   everything known is forgotten when it reconnects, since notifications may have been missed meanwhile;</li>
 *   <li>a value loaded from the database is kept only if nothing about its LA was heard (a notification, a local
 *   commit, a reconnect) while it was being loaded, so an older value can never overwrite a newer one;</li>
 *   <li>generations only grow, so of two values heard the larger is kept.</li>
 * </ul>
 * Channels are registered on first use; services that never ask open no connection.
 */
@ApplicationScoped
public class Generations {

    private static final Logger LOG = Logger.getLogger(Generations.class);
    /** The listener's connection names itself so that operators (and tests) can find it in pg_stat_activity. */
    public static final String APPLICATION_NAME = "send-generations-listen";

    private record Key(String channel, String tenant) {
    }

    private final Map<Key, Long> known = new ConcurrentHashMap<>();
    /** Per LA, how many times something was heard about it; a load that saw this move does not keep its value. */
    private final Map<String, Long> heard = new ConcurrentHashMap<>();
    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    private final PgListener listener;
    private final TransactionSynchronizationRegistry transactions;
    /** Moves whenever the listener (re)connects or drops: a value loaded across such a moment is not kept. */
    private volatile long connection;

    public Generations(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                       @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                       @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                       TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.listener = new PgListener(url, user.orElse(""), password.orElse(""), APPLICATION_NAME, new PgListener.Handler() {
            @Override
            public void listening(Set<String> channels) {
                reset();
            }

            @Override
            public void notified(Connection connection, List<PgListener.Notification> received) {
                for (PgListener.Notification n : received) {
                    heardOf(n.channel(), n.payload());
                }
            }

            @Override
            public void lost() {
                reset();
            }
        });
    }

    /**
     * The current generation of {@code tenant} on {@code channel}: from memory when known and the listener is live,
     * else from {@code load} (one read of the database, made outside any lock).
     */
    public long current(String channel, String tenant, LongSupplier load) {
        if (channels.add(channel)) {
            listener.listen(channel);
        }
        Key key = new Key(channel, tenant);
        boolean live = listener.isListening(channel);
        if (live) {
            Long g = known.get(key);
            if (g != null) {
                return g;
            }
        }
        long connectionBefore = connection;
        long heardBefore = heard.getOrDefault(tenant, 0L);
        long loaded = load.getAsLong();
        if (live) {
            synchronized (this) {
                if (connection == connectionBefore && heard.getOrDefault(tenant, 0L) == heardBefore && listener.isListening(channel)) {
                    known.merge(key, loaded, Math::max);
                }
            }
        }
        return loaded;
    }

    /** Forgets what is known of these LAs: the next read of each asks the database. */
    public synchronized void forget(Set<String> tenants) {
        for (String tenant : tenants) {
            if (tenant == null) {
                continue;
            }
            heard.merge(tenant, 1L, Long::sum);
            known.keySet().removeIf(k -> k.tenant().equals(tenant));
        }
    }

    /**
     * For a change that publishes no event: forget what is known of {@code tenant} once the current transaction
     * commits (the trigger's notification tells the other replicas).
     */
    public void changedInTransaction(String tenant) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    forget(Set.of(tenant));
                }
            }
        });
    }

    /** A transaction that published events of some LAs committed here: what was known of them may be behind. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (!channels.isEmpty()) {
            forget(written.tenants());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        listener.close();
    }

    /** True while the listener holds its connection and LISTENs on {@code channel} (readiness, tests). */
    public boolean listening(String channel) {
        return listener.isListening(channel);
    }

    private synchronized void heardOf(String channel, String payload) {
        int colon = payload.lastIndexOf(':');
        long generation;
        try {
            generation = Long.parseLong(payload.substring(colon + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            LOG.warnf("Ignored an unreadable generation notification on %s", channel);
            return;
        }
        String tenant = payload.substring(0, colon);
        Key key = new Key(channel, tenant);
        if (known.containsKey(key)) {
            known.merge(key, generation, Math::max);
        } else {
            // Not known here: a load of it may be under way and must not keep a value older than this one.
            heard.merge(tenant, 1L, Long::sum);
        }
    }

    private synchronized void reset() {
        connection++;
        known.clear();
    }
}
