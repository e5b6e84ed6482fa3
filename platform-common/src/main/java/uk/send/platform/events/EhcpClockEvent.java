package uk.send.platform.events;

import java.time.LocalDate;

/**
 * Payload of {@link EventTypes#EHCP_CLOCK_STARTED}, {@link EventTypes#EHCP_CLOCK_AT_RISK},
 * {@link EventTypes#EHCP_CLOCK_BREACHED} and {@link EventTypes#EHCP_CLOCK_MET} on {@code plan.events}, keyed by
 * the EHCP reference. One statutory clock of one EHC plan's timeline. Pseudonymous: the EHCP reference and the
 * case officer's login only.
 *
 * @param ehcpRef         the LA's pseudonymous EHCP reference
 * @param clockKey        the clock's key within the EHCP (rule and start day), stable while its decisions stand
 * @param rule            the clock's rule, e.g. {@code DECIDE_TO_ASSESS}, {@code FINAL_PLAN}, {@code ANNUAL_REVIEW}
 * @param step            the step it waits for, in words ("decision whether to assess")
 * @param regulation      the law that sets the limit ("SEND Regulations 2014, reg 5(1)")
 * @param startedOn       the day the clock started
 * @param dueDate         the last day for the step
 * @param stoppedOn       met / breached when stopped: the day the step was done; null while open
 * @param caseOfficerId   the case officer the EHCP's decisions name, if any
 * @param audienceRole    who to tell when no officer is named: {@code sen-officer} (every SEN officer of the LA); null when one is
 * @param leadTimeDays    at risk: the reminder's lead time in days (14, 7, 1, 0)
 * @param daysOverdue     breached by the deadline scan: days past the due date on the scan day
 * @param exceptionReason the Reg 10(4) exception that applied while it ran, if any
 */
public record EhcpClockEvent(
        String ehcpRef,
        String clockKey,
        String rule,
        String step,
        String regulation,
        LocalDate startedOn,
        LocalDate dueDate,
        LocalDate stoppedOn,
        String caseOfficerId,
        String audienceRole,
        Integer leadTimeDays,
        Integer daysOverdue,
        String exceptionReason) {
}
