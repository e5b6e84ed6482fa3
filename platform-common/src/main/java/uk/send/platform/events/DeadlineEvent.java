package uk.send.platform.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#DEADLINE_APPROACHING} and {@link EventTypes#DEADLINE_MISSED}.
 *
 * @param leadTimeDays for "approaching": the reminder threshold reached (14, 7, 1, 0 by default); null for "missed"
 * @param daysOverdue  for "missed": how many days past the due date at the scan; null for "approaching"
 */
public record DeadlineEvent(
        UUID programmeId,
        String programmeTitle,
        UUID itemId,
        String itemType,
        String itemTitle,
        Person leadOfficer,
        LocalDate dueDate,
        Integer leadTimeDays,
        Integer daysOverdue) {

    /** A person named in an event: the id is the login name the identity provider puts in the token. */
    public record Person(String id, String name) {
    }
}
