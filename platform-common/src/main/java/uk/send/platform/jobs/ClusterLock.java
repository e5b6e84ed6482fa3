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
        // Plain JDBC on the transaction's connection: the outbox relay takes this lock on every step, and as a Hibernate
        // native query most of its CPU went into building the query and reading its result set's metadata (JFR).
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    /** Takes the named lock for the rest of the current transaction, waiting while another holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForTransaction(String name) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:name, 0))")
                .setParameter("name", name)
                .getSingleResult();
    }
}
