package uk.send.funding.clusters.domain;

import uk.send.platform.domain.DomainException.FieldIssue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A setting's formula factors for a financial year, as the LA enters them (from the school census and its deprivation
 * measure, e.g. the IDACI score or the number of pupils eligible for free school meals).
 */
public record Factors(String urn, int pupilsOnRoll, int senSupport, BigDecimal deprivation) {

    public static final Factors NONE = new Factors(null, 0, 0, BigDecimal.ZERO);

    /** What is wrong with this row; {@code at} prefixes the field names (e.g. {@code factors[3].}). */
    public List<FieldIssue> problems(String at) {
        List<FieldIssue> problems = new ArrayList<>();
        if (urn == null || !urn.matches("\\d{6}")) {
            problems.add(new FieldIssue(at + "urn", "must be a 6-digit URN"));
        }
        if (pupilsOnRoll < 0 || pupilsOnRoll > 10_000) {
            problems.add(new FieldIssue(at + "pupilsOnRoll", "must be 0 to 10000"));
        }
        if (senSupport < 0 || senSupport > pupilsOnRoll) {
            problems.add(new FieldIssue(at + "senSupport", "must be 0 to the pupils on roll"));
        }
        if (deprivation == null || deprivation.signum() < 0 || deprivation.compareTo(BigDecimal.valueOf(100_000_000)) >= 0
                || deprivation.stripTrailingZeros().scale() > 4) {
            problems.add(new FieldIssue(at + "deprivation", "must be 0 or more, with at most 4 decimals"));
        }
        return problems;
    }
}
