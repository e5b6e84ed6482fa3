package uk.send.notification.delivery.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.domain.DeliveryRecord;
import uk.send.notification.delivery.entity.Delivery;
import uk.send.notification.delivery.domain.DeliveryStatus;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /** True if the same message (dedup key, channel, recipient) was queued before. */
    public boolean alreadyQueued(String tenant, String dedupKey, Channel channel, String recipient) {
        return count("tenant = ?1 and dedupKey = ?2 and channel = ?3 and recipient = ?4", tenant, dedupKey, channel, recipient) > 0;
    }

    /**
     * Takes up to {@code n} due deliveries for this replica: they are locked (skipping those another replica holds)
     * and their next attempt is pushed to {@code until}, so nobody else picks them up meanwhile.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lease(Instant now, int n, Instant until) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        select id from delivery where status in ('PENDING', 'RETRYING') and next_attempt_at <= :now
                        order by next_attempt_at limit :n for update skip locked""")
                .setParameter("now", Timestamp.from(now)).setParameter("n", n)
                .getResultList();
        if (!ids.isEmpty()) {
            getEntityManager().createNativeQuery("update delivery set next_attempt_at = :until where id in (:ids)")
                    .setParameter("until", Timestamp.from(until))
                    .setParameter("ids", ids).executeUpdate();
        }
        return new ArrayList<>(ids);
    }

    /** Logs one attempt of a delivery. */
    public void recordAttempt(UUID id, Instant attemptedAt, boolean ok, Integer httpStatus, String error) {
        getEntityManager().createNativeQuery("insert into delivery_attempt (delivery_id, attempted_at, outcome, http_status, error) values (:id, :at, :o, :s, :e)")
                .setParameter("id", id).setParameter("at", Timestamp.from(attemptedAt))
                .setParameter("o", ok ? "SENT" : "FAILED").setParameter("s", httpStatus)
                .setParameter("e", error).executeUpdate();
    }

    /** Every attempt of a delivery, oldest first. */
    public List<DeliveryRecord.Attempt> attempts(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select attempted_at, outcome, http_status, error from delivery_attempt where delivery_id = :id order by attempted_at, id")
                .setParameter("id", id).getResultList();
        List<DeliveryRecord.Attempt> attempts = new ArrayList<>();
        for (Object[] r : rows) {
            Instant at = r[0] instanceof Timestamp t ? t.toInstant() : r[0] instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) r[0];
            attempts.add(new DeliveryRecord.Attempt(at, (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue(), (String) r[3]));
        }
        return attempts;
    }

    public Optional<Delivery> findInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    public PanacheQuery<Delivery> query(String tenant, String eventId, DeliveryStatus status, Channel channel) {
        StringBuilder q = new StringBuilder("tenant = :tenant");
        Parameters p = Parameters.with("tenant", tenant);
        if (eventId != null) {
            q.append(" and eventId = :eventId");
            p.and("eventId", eventId);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        if (channel != null) {
            q.append(" and channel = :channel");
            p.and("channel", channel);
        }
        return find(q.toString(), Sort.descending("createdAt").and("id"), p);
    }
}
