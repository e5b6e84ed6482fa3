package uk.send.notification.inbox.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import uk.send.notification.inbox.domain.NewNotification;
import uk.send.notification.inbox.entity.Notification;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

    /**
     * Inserts these notifications in one statement and, in the same statement, tells every replica's live streams of
     * each (PostgreSQL NOTIFY on {@code channel}, payload the notification's id as text, delivered when the
     * transaction commits).
     */
    public void insertAndNotify(List<UUID> ids, List<NewNotification> rows, Instant createdAt, String channel) {
        if (rows.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    with added as (
                        insert into notification (id, tenant, recipient, event_id, event_type, subject, title, body, due_date, created_at)
                        select n.id, n.tenant, n.recipient, n.event_id, n.event_type, n.subject, n.title, n.body, n.due_date, ?
                        from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::date[])
                            as n (id, tenant, recipient, event_id, event_type, subject, title, body, due_date)
                        returning id)
                    select count(pg_notify(?, added.id::text)) from added""")) {
                ps.setTimestamp(1, Timestamp.from(createdAt));
                ps.setArray(2, c.createArrayOf("uuid", ids.toArray()));
                ps.setArray(3, c.createArrayOf("varchar", rows.stream().map(NewNotification::tenant).toArray()));
                ps.setArray(4, c.createArrayOf("varchar", rows.stream().map(NewNotification::recipient).toArray()));
                ps.setArray(5, c.createArrayOf("varchar", rows.stream().map(NewNotification::eventId).toArray()));
                ps.setArray(6, c.createArrayOf("varchar", rows.stream().map(NewNotification::eventType).toArray()));
                ps.setArray(7, c.createArrayOf("varchar", rows.stream().map(NewNotification::subject).toArray()));
                ps.setArray(8, c.createArrayOf("varchar", rows.stream().map(NewNotification::title).toArray()));
                ps.setArray(9, c.createArrayOf("text", rows.stream().map(NewNotification::body).toArray()));
                ps.setArray(10, c.createArrayOf("date", rows.stream().map(r -> r.dueDate() == null ? null : Date.valueOf(r.dueDate())).toArray()));
                ps.setString(11, channel);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }
        });
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
