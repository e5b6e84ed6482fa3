package uk.send.funding.banding.domain;

import uk.send.funding.money.domain.FinancialYear;

/**
 * Fired (CDI, synchronously, in the approving transaction) when an LA's approved band values for a year
 * change: the top-up feature recomputes that year's schedule in the same transaction.
 */
public record BandingChanged(String tenant, FinancialYear year, String reason) {
}
