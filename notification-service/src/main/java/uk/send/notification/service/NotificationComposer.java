package uk.send.notification.service;

import uk.send.platform.events.DeadlineEvent;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The words of a notification: specific about what is due, by when and where, never "you have new
 * information". Pure text, no framework.
 */
public final class NotificationComposer {

    public record Message(String title, String body) {
    }

    private NotificationComposer() {
    }

    public static Message deadlineApproaching(DeadlineEvent e) {
        int days = e.leadTimeDays() == null ? 0 : e.leadTimeDays();
        String when = days == 0 ? "today" : "within " + days + (days == 1 ? " day" : " days");
        return new Message(
                "Due " + when + ": " + e.itemTitle(),
                String.format(Locale.UK, "The %s \"%s\" in \"%s\" is due on %s (%s). You are its lead officer.",
                        e.itemType(), e.itemTitle(), e.programmeTitle(), format(e.dueDate()), when));
    }

    public static Message deadlineMissed(DeadlineEvent e) {
        int days = e.daysOverdue() == null ? 0 : e.daysOverdue();
        return new Message(
                "Overdue: " + e.itemTitle(),
                String.format(Locale.UK, "The %s \"%s\" in \"%s\" was due on %s and is %d %s overdue. Mark it done, or agree a new date.",
                        e.itemType(), e.itemTitle(), e.programmeTitle(), format(e.dueDate()), days, days == 1 ? "day" : "days"));
    }

    private static String format(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK));
    }
}
