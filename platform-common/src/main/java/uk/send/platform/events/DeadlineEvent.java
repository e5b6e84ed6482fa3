package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#DEADLINE_APPROACHING} and {@link EventTypes#DEADLINE_MISSED}.
 *
 * @param leadTimeDays for "approaching": the reminder threshold reached (14, 7, 1, 0 by default); null for "missed"
 * @param daysOverdue  for "missed": how many days past the due date at the scan; null for "approaching"
 */
@JsonClassDescription("A deadline of a plan item: approaching, missed, met or changed.")
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

    /**
     * A person named in an event, by id only: the login name the identity provider puts in the token
     * (where plan-service does not know the login yet, the address the person signs in with). Never a
     * name, job title or other contact detail: a consumer that needs one looks the person up.
     */
    public record Person(String id) {
    }
}
