package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.math.BigDecimal;

/**
 * Payload of {@link EventTypes#EXCEPTIONAL_SPEND_MONTHLY} on {@code funding.events}, key = LA code: the total of
 * exceptional (non-EHCP) high-needs top-ups the LA's panel approved in a calendar month, once per LA and month, so that
 * a programme KPI ("non-EHCP high-needs spend reduces") can take {@code total} as its measure.
 *
 * @param la        the LA (tenant) code
 * @param month     the calendar month, yyyy-MM (Europe/London)
 * @param total     the sum approved in the month, to the penny
 * @param approvals how many applications were approved in the month
 */
@JsonClassDescription("The month's total of exceptional high-needs top-ups approved without an EHCP, for a programme KPI.")
public record ExceptionalSpendMonthly(String la, String month, BigDecimal total, int approvals) {
}
