package uk.send.notification.inbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.dispatch.domain.NotificationComposer;
import uk.send.notification.inbox.domain.InboxEntry;
import uk.send.notification.inbox.domain.NewNotification;
import uk.send.notification.inbox.entity.Notification;
import uk.send.notification.inbox.repository.NotificationRepository;
import uk.send.platform.jobs.TimeConfig;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.persistence.Slices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Each person's own inbox: adds notifications (telling live streams on every replica) and serves them back. */
@ApplicationScoped
public class InboxService {

    private final NotificationRepository notifications;
    private final Clock clock;

    public InboxService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public Optional<InboxEntry> find(String tenant, String recipient, UUID id) {
        return notifications.findInInbox(tenant, recipient, id).map(InboxService::view);
    }

    public Slice<InboxEntry> inbox(String tenant, String recipient, Boolean unread, String type, LocalDate from, LocalDate to, PageRequest page) {
        var query = notifications.inbox(tenant, recipient, unread, type,
                from == null ? null : from.atStartOfDay(TimeConfig.LONDON).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(TimeConfig.LONDON).toInstant());
        return Slices.of(query, page, InboxService::view);
    }

    public long unreadCount(String tenant, String recipient) {
        return notifications.unreadCount(tenant, recipient);
    }

    /** Marks one of the person's notifications read or unread; empty if it is not theirs. */
    @Transactional
    public Optional<InboxEntry> mark(String tenant, String recipient, UUID id, boolean read) {
        return notifications.findInInbox(tenant, recipient, id).map(n -> {
            if (read && n.readAt == null) {
                n.readAt = clock.instant();
            } else if (!read) {
                n.readAt = null;
            }
            return view(n);
        });
    }

    /** Adds a notification to a person's inbox, in the caller's transaction; live streams hear of it on commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String tenant, String person, String eventId, String type, String subject,
                    NotificationComposer.Message message, LocalDate dueDate) {
        addAll(List.of(new NewNotification(tenant, person, eventId, type, subject, message.title(), message.body(), dueDate)));
    }

    /**
     * Adds notifications to people's inboxes in one statement, in the caller's transaction; live streams hear of each
     * on commit (one NOTIFY each, payload {@link InboxStream#payload}: the id).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAll(List<NewNotification> added) {
        List<UUID> ids = new ArrayList<>(added.size());
        for (int i = 0; i < added.size(); i++) {
            ids.add(UUID.randomUUID());
        }
        notifications.insertAndNotify(ids, added, clock.instant(), InboxStream.CHANNEL);
    }

    private static InboxEntry view(Notification n) {
        return new InboxEntry(n.id, n.eventType, n.subject, n.title, n.body, n.dueDate, n.createdAt, n.readAt);
    }
}
