package uk.send.platform.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#BANDING_SCHEME_APPROVED} and {@link EventTypes#BANDS_UPLIFTED} on
 * {@code funding.events}, key = scheme id: a version of an LA's banding scheme for a financial year and
 * setting category, with its bands.
 *
 * @param financialYear e.g. 2025-26
 * @param upliftRule    for an uplift: how the values were derived and rounded, e.g. "+3% rounded NEAREST_PENNY"
 * @param derivedFrom   for an uplift: the scheme it was derived from
 * @param pricing       BANDED (each band's value is a child's top-up) or PER_PLACE (each band's value is a place's whole
 *                      price, {@code placeValue} of it place funding); null from publishers before it was added means BANDED
 * @param placeValue    PER_PLACE only: the place funding within each band's value
 */
public record BandingSchemeEvent(UUID schemeId, String financialYear, String category, int version, LocalDate effectiveFrom,
                                 String status, List<BandValue> bands, String forumMinute, String upliftRule, UUID derivedFrom,
                                 String pricing, BigDecimal placeValue) {

    public record BandValue(String code, BigDecimal annualValue) {
    }
}
