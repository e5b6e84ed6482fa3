package uk.send.notification.reminder.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.notification.reminder.domain.TrackedDeadline;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The {@code tracked_deadline} table: notification-service's own view of open deadlines. */
@ApplicationScoped
public class TrackedDeadlineRepository {

    private final EntityManager em;

    public TrackedDeadlineRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Starts tracking items' deadlines, or brings them up to date (open again), in one statement; a row's null
     * {@code lastReminderDate}, programme id or title keeps the stored one. At most one row per item: the caller merges
     * repeats, as PostgreSQL refuses to update a row twice in one statement.
     */
    public void upsertAll(List<TrackedDeadline> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into tracked_deadline (tenant, item_id, recipient, programme_id, programme_title, item_title, due_date, open, last_reminder_date, updated_at)
                    select r.tenant, r.item, r.person, r.programme, r.programme_title, r.title, r.due, true, r.reminded, ?
                    from unnest(?::varchar[], ?::uuid[], ?::varchar[], ?::uuid[], ?::varchar[], ?::varchar[], ?::date[], ?::date[])
                        as r (tenant, item, person, programme, programme_title, title, due, reminded)
                    on conflict (tenant, item_id) do update set recipient = excluded.recipient,
                        programme_id = coalesce(excluded.programme_id, tracked_deadline.programme_id),
                        programme_title = coalesce(excluded.programme_title, tracked_deadline.programme_title),
                        item_title = excluded.item_title, due_date = excluded.due_date, open = true,
                        last_reminder_date = coalesce(excluded.last_reminder_date, tracked_deadline.last_reminder_date),
                        updated_at = excluded.updated_at""")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setArray(2, c.createArrayOf("varchar", rows.stream().map(TrackedDeadline::tenant).toArray()));
                ps.setArray(3, c.createArrayOf("uuid", rows.stream().map(TrackedDeadline::itemId).toArray()));
                ps.setArray(4, c.createArrayOf("varchar", rows.stream().map(TrackedDeadline::recipient).toArray()));
                ps.setArray(5, c.createArrayOf("uuid", rows.stream().map(TrackedDeadline::programmeId).toArray()));
                ps.setArray(6, c.createArrayOf("varchar", rows.stream().map(TrackedDeadline::programmeTitle).toArray()));
                ps.setArray(7, c.createArrayOf("varchar", rows.stream().map(TrackedDeadline::itemTitle).toArray()));
                ps.setArray(8, c.createArrayOf("date", rows.stream().map(r -> Date.valueOf(r.dueDate())).toArray()));
                ps.setArray(9, c.createArrayOf("date", rows.stream().map(r -> r.lastReminderDate() == null ? null : Date.valueOf(r.lastReminderDate())).toArray()));
                ps.executeUpdate();
            }
        });
    }

    /** The deadline moved: reminders start again from the new date. */
    public void moveDue(String tenant, UUID itemId, LocalDate due, Instant now) {
        em.createNativeQuery("update tracked_deadline set due_date = :due, last_reminder_date = null, updated_at = :now where tenant = :t and item_id = :item")
                .setParameter("due", due).setParameter("now", Timestamp.from(now))
                .setParameter("t", tenant).setParameter("item", itemId).executeUpdate();
    }

    /** The deadline {@code due} was met: stop tracking it (a later deadline of the item is tracked when announced). */
    public void closeMet(String tenant, UUID itemId, LocalDate due, Instant now) {
        em.createNativeQuery("update tracked_deadline set open = false, updated_at = :now where tenant = :t and item_id = :item and due_date = :due")
                .setParameter("now", Timestamp.from(now)).setParameter("t", tenant)
                .setParameter("item", itemId).setParameter("due", due).executeUpdate();
    }

    /** The item was closed (done, dropped) or reopened. */
    public void setOpen(String tenant, UUID itemId, boolean open, Instant now) {
        em.createNativeQuery("update tracked_deadline set open = :open, updated_at = :now where tenant = :t and item_id = :item")
                .setParameter("open", open).setParameter("now", Timestamp.from(now))
                .setParameter("t", tenant).setParameter("item", itemId)
                .executeUpdate();
    }

    /** Open deadlines missed before {@code today} that have had their first reminder, locked for this transaction. */
    public List<TrackedDeadline> overdueForUpdate(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select tenant, item_id, recipient, programme_id, programme_title, item_title, due_date, last_reminder_date
                        from tracked_deadline where open and due_date < :today and last_reminder_date is not null
                        order by tenant, recipient, due_date for update""")
                .setParameter("today", today)
                .getResultList();
        return rows.stream().map(TrackedDeadlineRepository::deadline).toList();
    }

    public void markReminded(String tenant, UUID itemId, LocalDate today) {
        em.createNativeQuery("update tracked_deadline set last_reminder_date = :today where tenant = :t and item_id = :item")
                .setParameter("today", today).setParameter("t", tenant).setParameter("item", itemId).executeUpdate();
    }

    /** A row of (tenant, item_id, recipient, programme_id, programme_title, item_title, due_date, last_reminder_date). */
    public static TrackedDeadline deadline(Object[] r) {
        return new TrackedDeadline((String) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], (String) r[4], (String) r[5], toDate(r[6]),
                r.length > 7 ? toDate(r[7]) : null);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
