package uk.send.notification.dispatch.domain;

import uk.send.platform.events.DeadlineEvent;
import uk.send.platform.events.ProviderEvent;
import uk.send.platform.events.SettingEvent;
import uk.send.platform.events.TaskStatusChanged;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of a notification: specific about what is due, by when and where, never "you have new
 * information". Pure text, no framework.
 */
public final class NotificationComposer {

    /** A notification's title and body, and the front-end path it links to (relative to the front end's base URL). */
    public record Message(String title, String body, String link) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private NotificationComposer() {
    }

    public static Message deadlineApproaching(DeadlineEvent e) {
        int days = e.leadTimeDays() == null ? 0 : e.leadTimeDays();
        String when = days == 0 ? "today" : "within " + days + (days == 1 ? " day" : " days");
        return new Message(
                "Due " + when + ": " + e.itemTitle(),
                String.format(Locale.UK, "The %s \"%s\" in \"%s\" is due on %s (%s). You are its lead officer.",
                        e.itemType(), e.itemTitle(), e.programmeTitle(), format(e.dueDate()), when),
                itemLink(e));
    }

    public static Message deadlineMissed(DeadlineEvent e) {
        int days = e.daysOverdue() == null ? 0 : e.daysOverdue();
        return new Message(
                "Overdue: " + e.itemTitle(),
                String.format(Locale.UK, "The %s \"%s\" in \"%s\" was due on %s and is %d %s overdue. Mark it done, or agree a new date.",
                        e.itemType(), e.itemTitle(), e.programmeTitle(), format(e.dueDate()), days, days == 1 ? "day" : "days"),
                itemLink(e));
    }

    public static Message deadlineMet(DeadlineEvent e) {
        return new Message("Deadline met: " + e.itemTitle(),
                String.format(Locale.UK, "The deadline of %s for the %s \"%s\" in \"%s\" was met.", format(e.dueDate()), e.itemType(),
                        e.itemTitle(), e.programmeTitle()),
                itemLink(e));
    }

    public static Message deadlineChanged(DeadlineEvent e) {
        return new Message("New deadline for " + e.itemTitle() + ": " + format(e.dueDate()),
                String.format(Locale.UK, "The %s \"%s\" in \"%s\" is now due on %s.", e.itemType(), e.itemTitle(), e.programmeTitle(),
                        format(e.dueDate())),
                itemLink(e));
    }

    public static Message stillOverdue(String itemTitle, String programmeTitle, LocalDate due, LocalDate today, String link) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(due, today);
        return new Message("Still overdue: " + itemTitle,
                String.format(Locale.UK, "\"%s\" in \"%s\" was due on %s and is now %d %s overdue. Mark it done, or agree a new date.",
                        itemTitle, programmeTitle, format(due), days, days == 1 ? "day" : "days"),
                link);
    }

    public static Message taskAssigned(String title, String programmeId, String taskId, LocalDate due) {
        return new Message("You lead a new task: " + title,
                due == null ? String.format(Locale.UK, "You are the lead officer for \"%s\". It has no deadline yet.", title)
                        : String.format(Locale.UK, "You are the lead officer for \"%s\", due on %s.", title, format(due)),
                "/programmes/" + programmeId + "/tasks/" + taskId);
    }

    public static Message taskStatusChanged(TaskStatusChanged e) {
        return new Message("\"" + e.title() + "\" is now " + label(e.to()),
                String.format(Locale.UK, "The task \"%s\" moved from %s to %s.", e.title(), label(e.from()), label(e.to())),
                "/programmes/" + e.programmeId() + "/tasks/" + e.taskId());
    }

    public static Message settingChanged(SettingEvent e, boolean registered) {
        return new Message((registered ? "Setting registered: " : "Setting updated: ") + e.name() + " (URN " + e.urn() + ")",
                String.format(Locale.UK, "%s, URN %s, type %s%s%s.", e.name(), e.urn(), label(e.type()),
                        e.cluster() == null ? "" : ", cluster " + e.cluster(), e.active() ? "" : ", no longer active"),
                "/settings/" + e.settingId());
    }

    public static Message providerChanged(ProviderEvent e, boolean registered) {
        return new Message((registered ? "Provider registered: " : "Provider updated: ") + e.name(),
                String.format(Locale.UK, "%s (%s) meets %s%s.", e.name(), label(e.type()), String.join(", ", e.needTypes()),
                        e.active() ? "" : "; no longer active"),
                "/providers/" + e.providerId());
    }

    public static Message other(String type, String subject) {
        return new Message("Update: " + type, "Event " + type + " about " + subject + ".", null);
    }

    public static String format(LocalDate date) {
        return date == null ? "no date" : date.format(DATE);
    }

    private static String label(String constant) {
        return constant == null ? "" : constant.toLowerCase(Locale.UK).replace('_', ' ');
    }

    private static String itemLink(DeadlineEvent e) {
        return "/programmes/" + e.programmeId() + "/tasks/" + e.itemId();
    }
}
