package uk.send.platform.events;

import java.math.BigDecimal;

/**
 * Payload of {@link EventTypes#PAYMENT_SCHEDULE_CHANGED} on {@code funding.events}, key = setting URN: a
 * setting's payment schedule for a financial year changed (a decision, band, scheme, uplift, appeal or
 * commissioned places).
 *
 * @param change           what the schedule's total changed by (can be negative)
 * @param linesWritten     scheduled lines written
 * @param adjustmentLines  of which adjustments to months already paid
 * @param reason           why, in the words of the adjustment lines
 */
public record PaymentScheduleChanged(String settingUrn, String financialYear, BigDecimal change, int linesWritten,
                                     int adjustmentLines, String reason) {
}
