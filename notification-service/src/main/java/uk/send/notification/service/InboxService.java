package uk.send.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.entity.Notification;
import uk.send.notification.repository.NotificationRepository;
import uk.send.notification.rest.NotificationView;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.DeadlineEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.consumer.InboundEvents;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Turns events into inbox notifications and serves each person their own inbox. */
@ApplicationScoped
public class InboxService {

    private final NotificationRepository notifications;
    private final InboundEvents inbound;
    private final Clock clock;

    public InboxService(NotificationRepository notifications, InboundEvents inbound, Clock clock) {
        this.notifications = notifications;
        this.inbound = inbound;
        this.clock = clock;
    }

    /** Called in the consumer's transaction, after the event id was claimed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(CloudEvent event) {
        switch (event.type()) {
            case EventTypes.DEADLINE_APPROACHING -> deadline(event, true);
            case EventTypes.DEADLINE_MISSED -> deadline(event, false);
            default -> {
                // Other events have no inbox rule yet; they are claimed so that a redelivery stays a no-op.
            }
        }
    }

    private void deadline(CloudEvent event, boolean approaching) {
        DeadlineEvent data = inbound.data(event, DeadlineEvent.class);
        if (data.leadOfficer() == null || data.leadOfficer().id() == null || data.dueDate() == null) {
            return;
        }
        NotificationComposer.Message message = approaching
                ? NotificationComposer.deadlineApproaching(data)
                : NotificationComposer.deadlineMissed(data);
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.tenant = event.tenant();
        n.recipient = data.leadOfficer().id();
        n.eventId = event.id();
        n.eventType = event.type();
        n.subject = event.subject();
        n.title = message.title();
        n.body = message.body();
        n.dueDate = data.dueDate();
        n.createdAt = clock.instant();
        notifications.persist(n);
    }

    public Page<NotificationView> inbox(String tenant, String recipient, Boolean unread, String type, PageParams page) {
        var query = notifications.inbox(tenant, recipient, unread, type);
        return Page.of(query.page(page.page, page.size).list().stream().map(InboxService::view).toList(), page, query.count());
    }

    public long unreadCount(String tenant, String recipient) {
        return notifications.unreadCount(tenant, recipient);
    }

    /** Marks one of the person's notifications read or unread; empty if it is not theirs. */
    @Transactional
    public Optional<NotificationView> mark(String tenant, String recipient, UUID id, boolean read) {
        return notifications.findInInbox(tenant, recipient, id).map(n -> {
            if (read && n.readAt == null) {
                n.readAt = clock.instant();
            } else if (!read) {
                n.readAt = null;
            }
            return view(n);
        });
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id, n.eventType, n.subject, n.title, n.body, n.dueDate, n.createdAt, n.readAt != null, n.readAt);
    }
}
