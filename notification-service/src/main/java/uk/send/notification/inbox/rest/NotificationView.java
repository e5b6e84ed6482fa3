package uk.send.notification.inbox.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.notification.inbox.domain.InboxEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A notification as the inbox shows it. */
public record NotificationView(
        UUID id,
        @Schema(example = "uk.send.plan.deadline.approaching.v1") String type,
        @Schema(example = "task/0b6f2a3e-8f0e-4a43-9a0c-3c2f4c1d9e55") String subject,
        @Schema(example = "Due within 1 day: Agree band values with the SEN panel") String title,
        String body,
        LocalDate dueDate,
        Instant createdAt,
        boolean read,
        Instant readAt) {

    /** An inbox entry as the API shows it. */
    public static NotificationView of(InboxEntry e) {
        return new NotificationView(e.id(), e.type(), e.subject(), e.title(), e.body(), e.dueDate(), e.createdAt(), e.read(), e.readAt());
    }
}
