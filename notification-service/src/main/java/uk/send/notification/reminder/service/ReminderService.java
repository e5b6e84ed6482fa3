package uk.send.notification.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.config.NotificationConfig;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.service.DeliveryQueue;
import uk.send.notification.dispatch.domain.EventFacts;
import uk.send.notification.dispatch.domain.NotificationComposer;
import uk.send.notification.email.service.EmailRenderer;
import uk.send.notification.inbox.service.InboxService;
import uk.send.notification.preferences.entity.Recipient;
import uk.send.notification.preferences.service.RecipientService;
import uk.send.notification.reminder.domain.ReminderCadence;
import uk.send.notification.reminder.domain.TrackedDeadline;
import uk.send.notification.reminder.repository.TrackedDeadlineRepository;

import java.time.LocalDate;

/**
 * Repeats an overdue item's reminder at the LA's cadence (daily, every 3 days, weekly) until the item is
 * done or dropped. Each repeat is one inbox notification and one email, once per item and day.
 */
@ApplicationScoped
public class ReminderService {

    public static final String OVERDUE_REMINDER_TYPE = ReminderCadence.OVERDUE_REMINDER_TYPE;

    private final TrackedDeadlineRepository deadlines;
    private final RecipientService recipients;
    private final InboxService inbox;
    private final DeliveryQueue deliveries;
    private final EmailRenderer emails;
    private final ReminderCadence cadence;

    public ReminderService(TrackedDeadlineRepository deadlines, RecipientService recipients, InboxService inbox, DeliveryQueue deliveries,
                           EmailRenderer emails, NotificationConfig config) {
        this.deadlines = deadlines;
        this.recipients = recipients;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.emails = emails;
        this.cadence = ReminderCadence.parse(config.overdue().cadence());
    }

    /** Sends the repeats due on {@code today}; returns how many. */
    @Transactional
    public int sendDue(LocalDate today) {
        int sent = 0;
        for (TrackedDeadline d : deadlines.overdueForUpdate(today)) {
            if (!cadence.isDue(d.dueDate(), d.lastReminderDate(), today)) {
                continue;
            }
            String programmeTitle = d.programmeTitle() == null ? "" : d.programmeTitle();
            String key = "overdue:" + d.itemId() + ":" + today;
            NotificationComposer.Message message = NotificationComposer.stillOverdue(d.itemTitle(), programmeTitle, d.dueDate(), today, d.link());
            Recipient recipient = recipients.recipient(d.tenant(), d.recipient(), null);
            inbox.add(d.tenant(), d.recipient(), key, OVERDUE_REMINDER_TYPE, "task/" + d.itemId(), message, d.dueDate());
            if (recipient.emailAddress() != null) {
                EventFacts facts = new EventFacts(d.recipient(), d.programmeId(), programmeTitle, d.itemId(), d.itemTitle(), d.dueDate(),
                        null, null, message);
                EmailRenderer.Email email = emails.render(OVERDUE_REMINDER_TYPE, message, recipient.displayName, facts);
                deliveries.queue(d.tenant(), key, null, OVERDUE_REMINDER_TYPE, Channel.EMAIL, recipient.emailAddress(), null,
                        email.subject(), email.text(), email.html());
            }
            deadlines.markReminded(d.tenant(), d.itemId(), today);
            sent++;
        }
        return sent;
    }
}
