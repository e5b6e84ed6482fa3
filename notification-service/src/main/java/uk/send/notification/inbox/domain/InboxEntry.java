package uk.send.notification.inbox.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One notification in a person's inbox.
 *
 * @param type    the event type it came from (or the reminder's own type)
 * @param subject what it is about, e.g. task/&lt;id&gt;
 * @param dueDate the due date it is about, if any
 * @param readAt  when the person read it; null while unread
 */
public record InboxEntry(UUID id, String type, String subject, String title, String body, LocalDate dueDate, Instant createdAt,
                         Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
