package uk.send.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Makes a job run on one replica at a time: a PostgreSQL transaction-level advisory lock, released by
 * the database when the holder's transaction ends (also when the holder crashes).
 */
@ApplicationScoped
public class ClusterLock {

    private final EntityManager em;

    public ClusterLock(EntityManager em) {
        this.em = em;
    }

    /** Tries to take the named lock for the rest of the current transaction; false if another holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLockForTransaction(String name) {
        return lock("select pg_try_advisory_xact_lock(hashtextextended(?, 0))", true, name);
    }

    /** Takes the named lock for the rest of the current transaction, waiting while another holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForTransaction(String name) {
        lock("select pg_advisory_xact_lock(hashtextextended(?, 0))", false, name);
    }

    /**
     * Runs one of PostgreSQL's transaction-level advisory lock functions on the name, as plain JDBC on the transaction's
     * connection: the outbox relay tries its lock on every step, and as a Hibernate native query most of that CPU went
     * into building the query and reading its result set's metadata (JFR). {@code answers}: the function says whether
     * it took the lock (the waiting one answers void, once it has it).
     */
    private boolean lock(String sql, boolean answers, String name) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && (!answers || rs.getBoolean(1));
                }
            }
        });
    }
}
