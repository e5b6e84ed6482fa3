package uk.send.platform.consumer;

import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure of the infrastructure (the database unreachable, restarting or out of connections), after
 * which the same work will succeed if tried again, from a failure of the work itself. A consumer waits and
 * retries the first kind, never dead-letters it: a database restart must not send good events to the
 * dead-letter topic.
 */
public final class TransientFailures {

    private static final Logger LOG = Logger.getLogger(TransientFailures.class);

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or starting
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Runs {@code work}; while it fails for a {@linkplain #isTransient transient} reason it is run again every second,
     * up to {@code attempts} times in all. The consumer does not poll meanwhile: its partitions wait, nothing is lost or
     * skipped. Any other failure, or the last transient one, is thrown.
     */
    public static void retrying(int attempts, Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (!isTransient(e) || attempt >= attempts) {
                    throw e;
                }
                LOG.warnf("Database unavailable (%s); trying again in 1 s (attempt %d of %d)", e.toString(), attempt, attempts);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
