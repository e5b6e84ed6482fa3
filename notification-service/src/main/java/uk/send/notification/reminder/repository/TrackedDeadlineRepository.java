package uk.send.notification.reminder.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.notification.reminder.domain.TrackedDeadline;

import java.sql.Date;
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

    /** Starts tracking an item's deadline, or brings it up to date (open again); {@code reminded} null keeps the last reminder day. */
    public void upsert(String tenant, UUID itemId, String recipient, UUID programmeId, String programmeTitle, String itemTitle,
                       LocalDate due, LocalDate reminded, Instant now) {
        em.createNativeQuery("""
                        insert into tracked_deadline (tenant, item_id, recipient, programme_id, programme_title, item_title, due_date, open, last_reminder_date, updated_at)
                        values (:t, :item, :person, :programme, :programmeTitle, :title, :due, true, :reminded, :now)
                        on conflict (tenant, item_id) do update set recipient = excluded.recipient,
                            programme_id = coalesce(excluded.programme_id, tracked_deadline.programme_id),
                            programme_title = coalesce(excluded.programme_title, tracked_deadline.programme_title),
                            item_title = excluded.item_title, due_date = excluded.due_date, open = true,
                            last_reminder_date = coalesce(excluded.last_reminder_date, tracked_deadline.last_reminder_date),
                            updated_at = excluded.updated_at""")
                .setParameter("t", tenant).setParameter("item", itemId).setParameter("person", recipient)
                .setParameter("programme", programmeId).setParameter("programmeTitle", programmeTitle)
                .setParameter("title", itemTitle).setParameter("due", due).setParameter("reminded", reminded)
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
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
