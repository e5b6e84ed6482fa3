package uk.send.funding.payments.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One line of a setting's payment schedule.
 *
 * @param id         the stored line's id; null for a line not yet written
 * @param ehcpRef    the EHCP a top-up line is for; null for place funding
 * @param forMonth   the month the money is for
 * @param payMonth   the month it is (to be) paid in
 * @param adjustment true for a correction of a month already paid, paid in the next open month
 * @param reason     why an adjustment was made (what changed, from when); null on a scheduled line
 */
public record PaymentLine(Long id, String settingUrn, String ehcpRef, Element element, YearMonth forMonth, YearMonth payMonth,
                          boolean adjustment, BigDecimal amount, String reason) {
}
