package uk.send.funding.payments.domain;

import uk.send.funding.money.domain.ProRataMethod;
import uk.send.funding.money.domain.TermCalendar;

/**
 * An LA's choices for pricing and paying: the pro-rata method, how often it pays, and its term dates (for
 * school days). An LA that has recorded none prices by whole months and pays monthly.
 */
public record FundingPolicy(ProRataMethod method, PaymentFrequency frequency, TermCalendar calendar, long version) {

    public static FundingPolicy defaults() {
        return new FundingPolicy(ProRataMethod.WHOLE_MONTHS, PaymentFrequency.MONTHLY, TermCalendar.none(), -1);
    }
}
