package uk.send.notification.dispatch.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What notification-service needs to know of an event to route and word it: the person it names, what
 * it is about (programme, item, setting, provider) and the message. Pseudonymous references only.
 */
public record EventFacts(
        String namedPerson,
        String namedPersonName,
        UUID programmeId,
        String programmeTitle,
        UUID itemId,
        String itemTitle,
        LocalDate dueDate,
        String settingUrn,
        UUID providerId,
        NotificationComposer.Message message) {
}
