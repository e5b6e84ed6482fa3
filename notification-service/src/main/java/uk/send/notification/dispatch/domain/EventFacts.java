package uk.send.notification.dispatch.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What notification-service needs to know of an event to route and word it: the person it names, what
 * it is about (programme, item, setting, provider) and the message. Pseudonymous references only: the
 * named person is an id (login name); their name and address come from the recipients directory.
 */
public record EventFacts(
        String namedPerson,
        UUID programmeId,
        String programmeTitle,
        UUID itemId,
        String itemTitle,
        LocalDate dueDate,
        String settingUrn,
        UUID providerId,
        NotificationComposer.Message message) {
}
