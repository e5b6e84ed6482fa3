package uk.send.notification.inbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.inbox.entity.Notification;
import uk.send.notification.inbox.repository.NotificationRepository;
import uk.send.notification.inbox.rest.NotificationView;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;

import uk.send.platform.jobs.TimeConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Serves each person their own inbox. */
@ApplicationScoped
public class InboxService {

    private final NotificationRepository notifications;
    private final Clock clock;

    public InboxService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public Optional<NotificationView> find(String tenant, String recipient, UUID id) {
        return notifications.findInInbox(tenant, recipient, id).map(InboxService::view);
    }

    public Page<NotificationView> inbox(String tenant, String recipient, Boolean unread, String type, LocalDate from, LocalDate to, PageParams page) {
        var query = notifications.inbox(tenant, recipient, unread, type,
                from == null ? null : from.atStartOfDay(TimeConfig.LONDON).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(TimeConfig.LONDON).toInstant());
        return Page.of(query, page, InboxService::view);
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
