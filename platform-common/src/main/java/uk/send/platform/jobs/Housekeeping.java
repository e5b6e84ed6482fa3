package uk.send.platform.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.platform.outbox.OutboxConfig;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes what no longer needs keeping: published outbox rows after their retention, consumed-event ids
 * after 30 days (far beyond the topics' redelivery window), idempotency keys after 7 days.
 */
@ApplicationScoped
public class Housekeeping {

    private final EntityManager em;
    private final ClusterLock lock;
    private final OutboxConfig outbox;

    public Housekeeping(EntityManager em, ClusterLock lock, OutboxConfig outbox) {
        this.em = em;
        this.lock = lock;
        this.outbox = outbox;
    }

    @Scheduled(every = "1h", delay = 5, delayUnit = java.util.concurrent.TimeUnit.MINUTES, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!lock.tryLockForTransaction("send.housekeeping")) {
                return;
            }
            Instant now = Instant.now();
            em.createNativeQuery("delete from outbox_event where published_at < :t")
                    .setParameter("t", Timestamp.from(now.minus(outbox.retention()))).executeUpdate();
            em.createNativeQuery("delete from processed_event where processed_at < :t")
                    .setParameter("t", Timestamp.from(now.minus(Duration.ofDays(30)))).executeUpdate();
            em.createNativeQuery("delete from idempotency_record where created_at < :t")
                    .setParameter("t", Timestamp.from(now.minus(Duration.ofDays(7)))).executeUpdate();
        });
    }
}
