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
 */
public record SchemeVersion(UUID id, FinancialYear year, FundingCategory category, int version, LocalDate effectiveFrom,
                            SchemeStatus status, List<Band> bands, NeedsMatrix matrix) {

    public Optional<Band> band(String code) {
        return bands.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    public Optional<BigDecimal> value(String code) {
        return band(code).map(Band::annualValue);
    }
}
