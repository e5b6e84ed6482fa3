package uk.send.notification.reminder.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How often an overdue item's reminder repeats until the item is done or dropped, as configured by
 * {@code daily}, {@code every-3-days} or {@code weekly}. Pure calculation, no framework.
 */
public enum ReminderCadence {

    DAILY("daily", Period.ofDays(1)),
    EVERY_3_DAYS("every-3-days", Period.ofDays(3)),
    WEEKLY("weekly", Period.ofWeeks(1));

    /** The type of the repeated overdue reminders (inbox and email), notification-service's own. */
    public static final String OVERDUE_REMINDER_TYPE = "uk.send.notification.overdue-reminder.v1";

    private final String configValue;
    private final Period period;

    ReminderCadence(String configValue, Period period) {
        this.configValue = configValue;
        this.period = period;
    }

    /**
     * The cadence named by a config value, ignoring case.
     *
     * @throws IllegalArgumentException if the value is not one of the allowed names (or is null),
     *                                  with the allowed names in the message so the config can be fixed
     */
    public static ReminderCadence parse(String value) {
        if (value != null) {
            // Locale.ROOT so a Turkish default locale cannot turn "DAILY" into "daıly".
            String wanted = value.toLowerCase(Locale.ROOT);
            for (ReminderCadence cadence : values()) {
                if (cadence.configValue.equals(wanted)) {
                    return cadence;
                }
            }
        }
        throw new IllegalArgumentException(
                "Unknown reminder cadence \"" + value + "\"; allowed values are " + allowedValues());
    }

    /** The config spelling, e.g. {@code every-3-days}. */
    public String configValue() {
        return configValue;
    }

    public Period period() {
        return period;
    }

    /**
     * The next date a repeat reminder is due for an item due on {@code dueDate} last reminded on
     * {@code lastReminderDate}: one period after the last reminder, or today if that date has
     * already passed. Empty while the item is not overdue ({@code today <= dueDate}).
     */
    public Optional<LocalDate> nextReminder(LocalDate dueDate, LocalDate lastReminderDate, LocalDate today) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(lastReminderDate, "lastReminderDate");
        Objects.requireNonNull(today, "today");
        if (!today.isAfter(dueDate)) {
            return Optional.empty();
        }
        LocalDate scheduled = lastReminderDate.plus(period);
        // A missed date (service down) collapses to one reminder today, not a backlog of catch-ups.
        return Optional.of(today.isBefore(scheduled) ? scheduled : today);
    }

    /** Whether a repeat reminder should go out today. */
    public boolean isDue(LocalDate dueDate, LocalDate lastReminderDate, LocalDate today) {
        return nextReminder(dueDate, lastReminderDate, today).filter(today::equals).isPresent();
    }

    private static String allowedValues() {
        return Arrays.stream(values()).map(ReminderCadence::configValue).collect(Collectors.joining(", "));
    }
}
