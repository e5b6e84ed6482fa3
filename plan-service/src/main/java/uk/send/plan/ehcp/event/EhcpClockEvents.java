package uk.send.plan.ehcp.event;

import uk.send.plan.ehcp.domain.Clock;
import uk.send.platform.events.EhcpClockEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.PendingEvent;
import uk.send.platform.security.Roles;

/** Builds the uk.send.plan.ehcp.clock.* events (payload {@link EhcpClockEvent}, key = the EHCP reference). */
public final class EhcpClockEvents {

    private EhcpClockEvents() {
    }

    public static PendingEvent started(String tenant, String ehcpRef, String officer, Clock c) {
        return of(tenant, EventTypes.EHCP_CLOCK_STARTED, ehcpRef, officer, c, null, null);
    }

    public static PendingEvent met(String tenant, String ehcpRef, String officer, Clock c) {
        return of(tenant, EventTypes.EHCP_CLOCK_MET, ehcpRef, officer, c, null, null);
    }

    /** Breached: the step was done late ({@code stoppedOn} set), or the scan found it still not done ({@code daysOverdue}). */
    public static PendingEvent breached(String tenant, String ehcpRef, String officer, Clock c, Integer daysOverdue) {
        return of(tenant, EventTypes.EHCP_CLOCK_BREACHED, ehcpRef, officer, c, null, daysOverdue);
    }

    public static PendingEvent atRisk(String tenant, String ehcpRef, String officer, Clock c, int leadDays) {
        return of(tenant, EventTypes.EHCP_CLOCK_AT_RISK, ehcpRef, officer, c, leadDays, null);
    }

    private static PendingEvent of(String tenant, String type, String ehcpRef, String officer, Clock c, Integer lead, Integer overdue) {
        EhcpClockEvent data = new EhcpClockEvent(ehcpRef, c.key(), c.rule().name(), c.rule().step(), c.rule().regulation(), c.started(),
                c.due(), c.stopped(), officer, officer == null ? Roles.SEN_OFFICER : null, lead, overdue, c.exceptionReason());
        return new PendingEvent(tenant, type, ehcpRef, "ehcp/" + ehcpRef, data);
    }
}
