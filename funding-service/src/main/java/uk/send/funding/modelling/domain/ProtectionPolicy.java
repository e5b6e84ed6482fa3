package uk.send.funding.modelling.domain;

import uk.send.platform.domain.DomainException.FieldIssue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimum income guarantee for a scenario (DOMAIN.md "Protection"): no setting loses more than
 * {@code year1MaxLossPercent} of its income now in the first year of the new scheme, nor more than
 * {@code year2MaxLossPercent} in the second (the tapered floor, at least as loose as year 1); from year 3 the
 * setting is on the new scheme. With {@code capGains} the floors are paid for by scaling back the gainers'
 * gains, so that the change is cost-neutral to the penny (as far as the gains reach).
 */
public record ProtectionPolicy(BigDecimal year1MaxLossPercent, BigDecimal year2MaxLossPercent, boolean capGains) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The rules each broken field breaks; empty when the policy is well formed. */
    public List<FieldIssue> problems(String prefix) {
        List<FieldIssue> problems = new ArrayList<>();
        check(problems, prefix + "year1MaxLossPercent", year1MaxLossPercent);
        check(problems, prefix + "year2MaxLossPercent", year2MaxLossPercent);
        if (problems.isEmpty() && year2MaxLossPercent.compareTo(year1MaxLossPercent) < 0) {
            problems.add(new FieldIssue(prefix + "year2MaxLossPercent", "the year-2 floor tapers: it may not protect more than year 1's"));
        }
        return problems;
    }

    private static void check(List<FieldIssue> problems, String field, BigDecimal pct) {
        if (pct == null || pct.signum() < 0 || pct.compareTo(HUNDRED) > 0) {
            problems.add(new FieldIssue(field, "must be a percentage from 0 to 100"));
        }
    }
}
