package uk.send.funding.banding.domain;

import uk.send.funding.money.domain.FinancialYear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of an LA's banding scheme for a financial year and setting category, with its bands and
 * optional needs matrix. Approved versions take effect from {@code effectiveFrom}; a later approved version
 * replaces an earlier one from its own date.
 *
 * @param pricing    how its bands price a place (null: {@link Pricing#BANDED})
 * @param placeValue for {@link Pricing#PER_PLACE}: the part of each band's value that is place funding (element 2); else null
 */
public record SchemeVersion(UUID id, FinancialYear year, FundingCategory category, int version, LocalDate effectiveFrom,
                            SchemeStatus status, List<Band> bands, NeedsMatrix matrix, Pricing pricing, BigDecimal placeValue) {

    public SchemeVersion {
        pricing = pricing == null ? Pricing.BANDED : pricing;
        placeValue = pricing == Pricing.PER_PLACE ? placeValue : null;
    }

    /** A banded scheme (each band's value is the top-up). */
    public SchemeVersion(UUID id, FinancialYear year, FundingCategory category, int version, LocalDate effectiveFrom,
                         SchemeStatus status, List<Band> bands, NeedsMatrix matrix) {
        this(id, year, category, version, effectiveFrom, status, bands, matrix, Pricing.BANDED, null);
    }

    public Optional<Band> band(String code) {
        return bands.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** The annual top-up (element 3) of a child in band {@code code}: the band's value, less the place value if priced per place. */
    public Optional<BigDecimal> value(String code) {
        return band(code).map(b -> topUp(b.annualValue()));
    }

    /** The annual top-up within a band value: all of it for a banded scheme, the value less the place funding for a per-place one. */
    public BigDecimal topUp(BigDecimal bandValue) {
        return pricing == Pricing.PER_PLACE ? bandValue.subtract(placeValue) : bandValue;
    }
}
