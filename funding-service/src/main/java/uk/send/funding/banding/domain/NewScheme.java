package uk.send.funding.banding.domain;

import uk.send.funding.money.domain.FinancialYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a draft scheme holds, checked against the scheme rules: 1 to 16 bands with distinct codes, an
 * effective date inside the year, and a matrix (if any) whose thresholds name bands of the scheme.
 *
 * @param effectiveFrom null for the first day of the year
 */
public record NewScheme(FinancialYear year, FundingCategory category, LocalDate effectiveFrom, List<Band> bands, NeedsMatrix matrix) {

    public static final int MAX_BANDS = 16;

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
