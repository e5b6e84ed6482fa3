package uk.send.notification.dispatch.domain;

import uk.send.platform.events.EhcpClockEvent;
import uk.send.platform.events.EventTypes;

import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The words of plan-service's EHCP clock events (uk.send.plan.ehcp.clock.*): the EHCP reference, the step, the
 * due date and the law that sets it, never a child's name. Pure text, no framework.
 */
public final class EhcpClockWording {

    private EhcpClockWording() {
    }

    public static NotificationComposer.Message of(String type, EhcpClockEvent e) {
        String step = e.step();
        String due = NotificationComposer.format(e.dueDate());
        String link = "/ehcps/" + e.ehcpRef() + "/timeline";
        return switch (type) {
            case EventTypes.EHCP_CLOCK_AT_RISK -> {
                int days = e.leadTimeDays() == null ? 0 : e.leadTimeDays();
                String when = days == 0 ? "today" : "within " + days + (days == 1 ? " day" : " days");
                yield new NotificationComposer.Message(capitalised(step) + " due " + when + ": " + e.ehcpRef(),
                        String.format(Locale.UK, "The %s for EHCP %s is due on %s (%s), under %s.", step, e.ehcpRef(), due, when, e.regulation()),
                        link);
            }
            case EventTypes.EHCP_CLOCK_BREACHED -> e.stoppedOn() == null
                    ? new NotificationComposer.Message("Missed: " + step + " for " + e.ehcpRef(),
                            String.format(Locale.UK, "The %s for EHCP %s was due on %s, under %s, and is %s overdue.", step, e.ehcpRef(), due,
                                    e.regulation(), days(e.daysOverdue() == null ? 0 : e.daysOverdue())),
                            link)
                    : new NotificationComposer.Message("Done late: " + step + " for " + e.ehcpRef(),
                            String.format(Locale.UK, "The %s for EHCP %s was due on %s, under %s, and was done on %s, %s late.", step, e.ehcpRef(),
                                    due, e.regulation(), NotificationComposer.format(e.stoppedOn()),
                                    days((int) ChronoUnit.DAYS.between(e.dueDate(), e.stoppedOn()))),
                            link);
            case EventTypes.EHCP_CLOCK_MET -> new NotificationComposer.Message("Done in time: " + step + " for " + e.ehcpRef(),
                    String.format(Locale.UK, "The %s for EHCP %s was done on %s, in time for %s (%s).", step, e.ehcpRef(),
                            NotificationComposer.format(e.stoppedOn()), due, e.regulation()),
                    link);
            default -> new NotificationComposer.Message("Clock started: " + step + " for " + e.ehcpRef(),
                    String.format(Locale.UK, "The %s for EHCP %s is due on %s, under %s.", step, e.ehcpRef(), due, e.regulation()),
                    link);
        };
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
