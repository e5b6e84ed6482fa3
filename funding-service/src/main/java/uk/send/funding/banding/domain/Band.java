package uk.send.funding.banding.domain;

import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;

/** One band of a scheme: its code (e.g. "B3"), what it means, and its annual top-up value. */
public record Band(String code, String description, BigDecimal annualValue) {
    public Band {
        if (annualValue.signum() < 0 || !Money.isPenceExact(annualValue)) {
            throw new IllegalArgumentException("a band's annual value is a non-negative amount in pence: " + annualValue);
        }
        annualValue = Money.toPenny(annualValue);
    }
}
