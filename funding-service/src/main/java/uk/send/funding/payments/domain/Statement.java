package uk.send.funding.payments.domain;

import uk.send.funding.banding.domain.Pricing;
import uk.send.funding.money.domain.FinancialYear;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A setting's payment statement for a financial year: per pay month what is paid for top-up, place funding,
 * protection (granted by the modelling feature) and adjustments, and the year's totals (which equal the sum of its lines).
 *
 * @param pricing    how the setting's category is priced this year (the latest approved scheme of the year); BANDED if none
 * @param placeValue when priced per place: the place funding within each place's price (paid as place funding, per
 *                   commissioned place); the rest of a place's price is the top-up of the child in it
 */
public record Statement(String settingUrn, FinancialYear year, PaymentFrequency frequency, YearMonth paidThrough,
                        List<Period> periods, BigDecimal topUp, BigDecimal placeFunding, BigDecimal protection, BigDecimal adjustments,
                        BigDecimal total, Pricing pricing, BigDecimal placeValue) {

    /** One pay month. */
    public record Period(YearMonth payMonth, boolean paid, BigDecimal topUp, BigDecimal placeFunding, BigDecimal protection,
                         BigDecimal adjustments, BigDecimal total, long lines) {
    }

    /** One setting's line in the LA's schedule. */
    public record SettingTotal(String settingUrn, BigDecimal topUp, BigDecimal placeFunding, BigDecimal protection, BigDecimal adjustments,
                               BigDecimal total, long ehcps) {
    }
}
