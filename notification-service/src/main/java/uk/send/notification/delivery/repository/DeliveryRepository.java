package uk.send.notification.delivery.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.domain.DeliveryRecord;
import uk.send.notification.delivery.entity.Delivery;
import uk.send.notification.delivery.domain.DeliveryStatus;
import uk.send.notification.delivery.domain.NewDelivery;

import java.sql.PreparedStatement;
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
     * Queues these messages as PENDING, due now, in one statement; a message whose (tenant, dedup key, channel,
     * recipient) is already queued, or repeats an earlier one of the list, is left out. Returns how many were queued.
     */
    public int insertNew(List<NewDelivery> messages, Instant now) {
        return getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into delivery (id, tenant, dedup_key, event_id, event_type, channel, recipient, endpoint_id, subject, body_text, body_html,
                                          status, attempts, next_attempt_at, created_at)
                    select gen_random_uuid(), d.tenant, d.dedup_key, d.event_id, d.event_type, d.channel, d.recipient, d.endpoint_id, d.subject,
                           d.body_text, d.body_html, 'PENDING', 0, ?, ?
                    from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::uuid[], ?::varchar[], ?::text[], ?::text[])
                        with ordinality as d (tenant, dedup_key, event_id, event_type, channel, recipient, endpoint_id, subject, body_text, body_html, n)
                    order by d.n
                    on conflict (tenant, dedup_key, channel, recipient) do nothing""")) {
                Timestamp at = Timestamp.from(now);
                ps.setTimestamp(1, at);
                ps.setTimestamp(2, at);
                ps.setArray(3, c.createArrayOf("varchar", messages.stream().map(NewDelivery::tenant).toArray()));
                ps.setArray(4, c.createArrayOf("varchar", messages.stream().map(NewDelivery::dedupKey).toArray()));
                ps.setArray(5, c.createArrayOf("varchar", messages.stream().map(NewDelivery::eventId).toArray()));
                ps.setArray(6, c.createArrayOf("varchar", messages.stream().map(NewDelivery::eventType).toArray()));
                ps.setArray(7, c.createArrayOf("varchar", messages.stream().map(m -> m.channel().name()).toArray()));
                ps.setArray(8, c.createArrayOf("varchar", messages.stream().map(NewDelivery::recipient).toArray()));
                ps.setArray(9, c.createArrayOf("uuid", messages.stream().map(NewDelivery::endpointId).toArray()));
                ps.setArray(10, c.createArrayOf("varchar", messages.stream().map(NewDelivery::subject).toArray()));
                ps.setArray(11, c.createArrayOf("text", messages.stream().map(NewDelivery::text).toArray()));
                ps.setArray(12, c.createArrayOf("text", messages.stream().map(NewDelivery::html).toArray()));
                return ps.executeUpdate();
            }
        });
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
