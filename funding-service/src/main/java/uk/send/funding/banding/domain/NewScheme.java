package uk.send.funding.banding.domain;

import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a draft scheme holds, checked against the scheme rules: 1 to 16 bands with distinct codes, an
 * effective date inside the year, and a matrix (if any) whose thresholds name bands of the scheme.
 *
 * A per-place scheme ({@link Pricing#PER_PLACE}) is for a place-funded category only, states its place value, and
 * prices every band at no less than it (the top-up of a place is never negative).
 *
 * @param effectiveFrom null for the first day of the year
 * @param pricing       null for {@link Pricing#BANDED}
 * @param placeValue    for a per-place scheme, the place funding in each band's value; null means {@link #STANDARD_PLACE_VALUE}
 */
public record NewScheme(FinancialYear year, FundingCategory category, LocalDate effectiveFrom, List<Band> bands, NeedsMatrix matrix,
                        Pricing pricing, BigDecimal placeValue) {

    public static final int MAX_BANDS = 16;
    /** The national place value of a special school or AP place (element 2). */
    public static final BigDecimal STANDARD_PLACE_VALUE = new BigDecimal("10000.00");

    public NewScheme {
        pricing = pricing == null ? Pricing.BANDED : pricing;
        placeValue = pricing == Pricing.PER_PLACE ? (placeValue == null ? STANDARD_PLACE_VALUE : Money.toPenny(placeValue)) : null;
    }

    public NewScheme(FinancialYear year, FundingCategory category, LocalDate effectiveFrom, List<Band> bands, NeedsMatrix matrix) {
        this(year, category, effectiveFrom, bands, matrix, Pricing.BANDED, null);
    }

    public LocalDate effectiveFromOrStart() {
        return effectiveFrom == null ? year.start() : effectiveFrom;
    }

    /** The rule each broken field breaks, as (field, message); empty when the scheme is well formed. */
    public List<String[]> problems() {
        List<String[]> problems = new ArrayList<>();
        if (bands.isEmpty() || bands.size() > MAX_BANDS) {
            problems.add(new String[]{"bands", "a scheme has 1 to " + MAX_BANDS + " bands"});
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            if (!codes.add(bands.get(i).code())) {
                problems.add(new String[]{"bands[" + i + "].code", "band code " + bands.get(i).code() + " appears twice"});
            }
        }
        if (pricing == Pricing.PER_PLACE) {
            if (!category.hasPlaceFunding()) {
                problems.add(new String[]{"pricing", category + " settings are not place-funded, so cannot be priced per place"});
            }
            if (placeValue.signum() <= 0) {
                problems.add(new String[]{"placeValue", "must be more than 0"});
            }
            for (int i = 0; i < bands.size(); i++) {
                if (bands.get(i).annualValue().compareTo(placeValue) < 0) {
                    problems.add(new String[]{"bands[" + i + "].annualValue", "a place priced per place is worth at least its place value "
                            + placeValue.toPlainString()});
                }
            }
        }
        if (!year.contains(effectiveFromOrStart())) {
            problems.add(new String[]{"effectiveFrom", "must fall in the financial year " + year.label()});
        }
        if (matrix != null) {
            for (int i = 0; i < matrix.thresholds().size(); i++) {
                if (!codes.contains(matrix.thresholds().get(i).bandCode())) {
                    problems.add(new String[]{"matrix.thresholds[" + i + "].bandCode", "is not a band of this scheme"});
                }
            }
            Set<String> areas = new HashSet<>();
            for (int i = 0; i < matrix.areas().size(); i++) {
                if (!areas.add(matrix.areas().get(i).code())) {
                    problems.add(new String[]{"matrix.areas[" + i + "].code", "need area appears twice"});
                }
            }
        }
        return problems;
    }
}
