package uk.send.platform.persistence;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A PostgreSQL connection of its own, outside the pool, that stays in {@code LISTEN} for the life of the service
 * on the channels it is given, and hands every notification to a {@link Handler} on its own daemon thread. A lost
 * connection is re-opened with back-off (0.5 s doubling to 10 s); the handler hears when it is lost and when it
 * listens again, since notifications sent in between were missed. Nothing a handler throws stops the thread.
 */
public final class PgListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PgListener.class);
    /** Channel names are SQL identifiers written into {@code LISTEN}: only plain ones are accepted. */
    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int POLL_MILLIS = 250;
    /** The connection is checked with a query this often: a connection that died silently is found out. */
    private static final long HEARTBEAT_NANOS = 1_000_000_000L;
    /** Not heard back from the server for this long, the listener is not counted as listening. */
    private static final long STALE_NANOS = 3_000_000_000L;

    /** One notification: the channel and its payload (never trusted: a payload is text anyone with SQL can send). */
    public record Notification(String channel, String payload) {
    }

    /** What to do with what the listener hears; called on the listener's thread. */
    public interface Handler {
        /** The connection is (re)opened and LISTENs on these channels; anything sent while it was down was missed. */
        default void listening(Set<String> channels) {
        }

        /**
         * The notifications received together, in the order sent; {@code connection} is the listener's own, free for
         * a query about them (e.g. whose they are) until this returns.
         */
        void notified(Connection connection, List<Notification> received) throws SQLException;

        /** The connection was lost; notifications are missed until {@link #listening} is called again. */
        default void lost() {
        }
    }

    private final String url;
    private final Properties props = new Properties();
    private final Handler handler;
    private final String name;
    private final Set<String> wanted = ConcurrentHashMap.newKeySet();
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile long lastContact;
    private Thread thread;

    public PgListener(String url, String user, String password, String applicationName, Handler handler) {
        this.url = url;
        this.handler = handler;
        this.name = applicationName;
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        props.setProperty("ApplicationName", applicationName);
        // A read that hangs (a connection that died without closing) fails rather than blocking the thread.
        props.setProperty("socketTimeout", "10");
    }

    /** Listens on {@code channel} too (from the next poll, within a quarter of a second); starts the thread on first use. */
    public synchronized void listen(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a plain channel name: " + channel);
        }
        wanted.add(channel);
        if (thread == null) {
            running = true;
            thread = new Thread(this::run, name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** True while the connection is open, LISTENs on {@code channel} and answered its last check in time. */
    public boolean isListening(String channel) {
        return active.contains(channel) && System.nanoTime() - lastContact < STALE_NANOS;
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        long backoff = 500;
        while (running) {
            try (Connection c = DriverManager.getConnection(url, props); Statement s = c.createStatement()) {
                PGConnection pg = c.unwrap(PGConnection.class);
                Set<String> first = new HashSet<>(wanted);
                for (String channel : first) {
                    s.execute("LISTEN " + channel);
                }
                lastContact = System.nanoTime();
                active.addAll(first);
                handler.listening(Set.copyOf(first));
                backoff = 500;
                while (running) {
                    if (System.nanoTime() - lastContact > HEARTBEAT_NANOS) {
                        s.execute("select 1");
                        lastContact = System.nanoTime();
                    }
                    for (String channel : wanted) {
                        if (!active.contains(channel)) {
                            s.execute("LISTEN " + channel);
                            active.add(channel);
                        }
                    }
                    PGNotification[] received = pg.getNotifications(POLL_MILLIS);
                    if (received != null && received.length > 0) {
                        deliver(c, received);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("%s lost its database connection or failed (%s); reconnecting", name, e.toString());
                }
            } finally {
                active.clear();
                handler.lost();
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException ie) {
                return;
            }
            backoff = Math.min(backoff * 2, 10_000);
        }
    }

    /** A handler's failure on a batch is logged and the listener goes on; a lost connection ends the session. */
    private void deliver(Connection c, PGNotification[] received) throws SQLException {
        List<Notification> batch = new ArrayList<>(received.length);
        for (PGNotification n : received) {
            batch.add(new Notification(n.getName(), n.getParameter()));
        }
        try {
            handler.notified(c, batch);
        } catch (RuntimeException e) {
            LOG.warnf("%s: %d notifications could not be handled (%s)", name, batch.size(), e.toString());
        }
    }
}
