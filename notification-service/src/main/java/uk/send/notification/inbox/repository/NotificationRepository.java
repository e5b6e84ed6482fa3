package uk.send.notification.inbox.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.notification.inbox.entity.Notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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

    /** Whose a notification is: its LA and recipient. */
    public record Addressee(UUID id, String tenant, String recipient) {
    }

    /**
     * Whose these notifications are, in one query on {@code c}: the live stream's own LISTEN connection, which is
     * outside the pool and any transaction (so a static query here rather than through the entity manager).
     */
    public static List<Addressee> addressees(Connection c, List<UUID> ids) throws SQLException {
        List<Addressee> found = new ArrayList<>(ids.size());
        try (PreparedStatement q = c.prepareStatement("select id, tenant, recipient from notification where id = any(?)")) {
            q.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(new Addressee(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return found;
    }
}
