package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#EXCEPTIONAL_TOP_UP_DECIDED} on {@code funding.events}, key = application id: the panel
 * approved (possibly a different sum) or refused an exceptional top-up, and where the year's budget for this spend
 * stands after it.
 *
 * @param outcome         APPROVED or REFUSED
 * @param amountApproved  0.00 when refused
 * @param budget          the LA's budget for exceptional top-ups in the financial year (0.00 if none was set)
 * @param committed       approved spend in that year, this decision included
 * @param remaining       {@code budget - committed}; negative when overspent
 * @param budgetOverspent true when the approved spend exceeds the budget
 */
@JsonClassDescription("The panel approved or refused an exceptional high-needs top-up without an EHCP.")
public record ExceptionalTopUpDecided(UUID applicationId, String settingUrn, String criterionCode, String outcome,
                                      BigDecimal amountRequested, BigDecimal amountApproved, String financialYear, BigDecimal budget,
                                      BigDecimal committed, BigDecimal remaining, boolean budgetOverspent) {
}
