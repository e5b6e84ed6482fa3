package uk.send.notification.reminder.service;

import uk.send.notification.dispatch.service.Dispatcher;
import uk.send.notification.dispatch.domain.EventFacts;
import uk.send.notification.dispatch.domain.NotificationComposer;
import uk.send.notification.email.service.EmailRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.send.notification.config.NotificationConfig;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.preferences.entity.Recipient;
import uk.send.notification.reminder.domain.ReminderCadence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Repeats an overdue item's reminder at the LA's cadence (daily, every 3 days, weekly) until the item is
 * done or dropped. Each repeat is one inbox notification and one email, once per item and day.
 */
@ApplicationScoped
public class ReminderService {

    public static final String OVERDUE_REMINDER_TYPE = "uk.send.notification.overdue-reminder.v1";

    private final EntityManager em;
    private final Dispatcher dispatcher;
    private final EmailRenderer emails;
    private final ReminderCadence cadence;

    public ReminderService(EntityManager em, Dispatcher dispatcher, EmailRenderer emails, NotificationConfig config) {
        this.em = em;
        this.dispatcher = dispatcher;
        this.emails = emails;
        this.cadence = ReminderCadence.parse(config.overdue().cadence());
    }

    /** Sends the repeats due on {@code today}; returns how many. */
    @Transactional
    public int sendDue(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select tenant, item_id, recipient, programme_id, programme_title, item_title, due_date, last_reminder_date
                        from tracked_deadline where open and due_date < :today and last_reminder_date is not null
                        order by tenant, recipient, due_date for update""")
                .setParameter("today", today)
                .getResultList();
        int sent = 0;
        for (Object[] r : rows) {
            LocalDate due = toDate(r[6]);
            LocalDate last = toDate(r[7]);
            if (!cadence.isDue(due, last, today)) {
                continue;
            }
            String tenant = (String) r[0];
            UUID item = (UUID) r[1];
            String person = (String) r[2];
            String programmeTitle = r[4] == null ? "" : (String) r[4];
            String title = (String) r[5];
            String key = "overdue:" + item + ":" + today;
            NotificationComposer.Message message = NotificationComposer.stillOverdue(title, programmeTitle, due, today,
                    r[3] == null ? null : "/programmes/" + r[3] + "/tasks/" + item);
            Recipient recipient = dispatcher.recipient(tenant, person, null);
            dispatcher.addToInbox(tenant, person, key, OVERDUE_REMINDER_TYPE, "task/" + item, message, due);
            if (recipient.emailAddress() != null) {
                EventFacts facts = new EventFacts(person, (UUID) r[3], programmeTitle, item, title, due, null, null, message);
                EmailRenderer.Email email = emails.render(OVERDUE_REMINDER_TYPE, message, recipient.displayName, facts);
                dispatcher.queue(tenant, key, null, OVERDUE_REMINDER_TYPE, Channel.EMAIL, recipient.emailAddress(), null,
                        email.subject(), email.text(), email.html());
            }
            em.createNativeQuery("update tracked_deadline set last_reminder_date = :today where tenant = :t and item_id = :item")
                    .setParameter("today", today).setParameter("t", tenant).setParameter("item", item).executeUpdate();
            sent++;
        }
        return sent;
    }

    public static LocalDate toDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
