package uk.send.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(:name, 0))")
                .setParameter("name", name)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /** Takes the named lock for the rest of the current transaction, waiting while another holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForTransaction(String name) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:name, 0))")
                .setParameter("name", name)
                .getSingleResult();
    }
}
