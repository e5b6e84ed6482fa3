package uk.send.notification.inbox.domain;

import java.time.LocalDate;

/**
 * A notification to add to a person's inbox, made from one event (or one overdue reminder).
 *
 * @param eventId the event it came from; a person gets at most one notification per event
 * @param subject what it is about, as a pseudonymous reference such as {@code task/<id>}
 */
public record NewNotification(String tenant, String recipient, String eventId, String eventType, String subject, String title, String body,
                              LocalDate dueDate) {
}
