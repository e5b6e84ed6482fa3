package uk.send.notification.inbox.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.notification.inbox.entity.Notification;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** A notification in this person's inbox; anyone else's is not found. */
    public Optional<Notification> findInInbox(String tenant, String recipient, UUID id) {
        return find("id = ?1 and tenant = ?2 and recipient = ?3", id, tenant, recipient).firstResultOptional();
    }

    public PanacheQuery<Notification> inbox(String tenant, String recipient, Boolean unread, String type, java.time.Instant from, java.time.Instant to) {
        StringBuilder q = new StringBuilder("tenant = :tenant and recipient = :recipient");
        Parameters p = Parameters.with("tenant", tenant).and("recipient", recipient);
        if (Boolean.TRUE.equals(unread)) {
            q.append(" and readAt is null");
        } else if (Boolean.FALSE.equals(unread)) {
            q.append(" and readAt is not null");
        }
        if (type != null) {
            q.append(" and eventType = :type");
            p.and("type", type);
        }
        if (from != null) {
            q.append(" and createdAt >= :from");
            p.and("from", from);
        }
        if (to != null) {
            q.append(" and createdAt < :to");
            p.and("to", to);
        }
        return find(q.toString(), Sort.descending("createdAt").and("id"), p);
    }

    /** Tells every replica's live streams (PostgreSQL NOTIFY, delivered when the transaction commits). */
    public void notifyStreams(String channel, String payload) {
        getEntityManager().createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", channel).setParameter("payload", payload)
                .getSingleResult();
    }

    public long unreadCount(String tenant, String recipient) {
        return count("tenant = ?1 and recipient = ?2 and readAt is null", tenant, recipient);
    }
}
