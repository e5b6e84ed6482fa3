package uk.send.notification.reminder.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An open deadline notification-service tracks from plan events, for overdue reminders and the digest.
 *
 * @param recipient        the lead officer's id
 * @param lastReminderDate the day the last overdue reminder went out; null before the deadline is missed
 */
public record TrackedDeadline(String tenant, UUID itemId, String recipient, UUID programmeId, String programmeTitle, String itemTitle,
                              LocalDate dueDate, LocalDate lastReminderDate) {

    /** The front-end path of the item, or null when its programme is not known. */
    public String link() {
        return programmeId == null ? null : "/programmes/" + programmeId + "/tasks/" + itemId;
    }
}
