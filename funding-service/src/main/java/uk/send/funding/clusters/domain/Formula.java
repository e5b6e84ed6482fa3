package uk.send.funding.clusters.domain;

import uk.send.funding.money.domain.Money;
import uk.send.platform.domain.DomainException.FieldIssue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A delegation formula: {@code senBudget} is put through it; {@code contingencyPercent} of it is kept back by the LA;
 * every cluster school gets {@code fixedSumPerSchool}; what is left is shared by the weighted factors (weights are
 * relative: 60/30/10 and 6/3/1 are the same formula). {@code totalSenBudget} is the LA's whole SEN budget, against which
 * the delegation rate is measured, and {@code targetPercent} its delegation target (e.g. 85%, as in seed 000's county).
 */
public record Formula(BigDecimal senBudget, BigDecimal totalSenBudget, BigDecimal targetPercent, BigDecimal fixedSumPerSchool,
                      BigDecimal contingencyPercent, Weights weights) {

    /** Relative weights of the factors; 0 leaves a factor out. */
    public record Weights(BigDecimal pupilsOnRoll, BigDecimal senSupport, BigDecimal deprivation) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public List<FieldIssue> problems() {
        List<FieldIssue> problems = new ArrayList<>();
        money(problems, "senBudget", senBudget, true);
        money(problems, "totalSenBudget", totalSenBudget, true);
        money(problems, "fixedSumPerSchool", fixedSumPerSchool, false);
        if (senBudget != null && totalSenBudget != null && totalSenBudget.compareTo(senBudget) < 0) {
            problems.add(new FieldIssue("totalSenBudget", "must be at least the SEN budget put through the formula"));
        }
        percent(problems, "targetPercent", targetPercent, HUNDRED);
        percent(problems, "contingencyPercent", contingencyPercent, BigDecimal.valueOf(50));
        weight(problems, "weights.pupilsOnRoll", weights.pupilsOnRoll());
        weight(problems, "weights.senSupport", weights.senSupport());
        weight(problems, "weights.deprivation", weights.deprivation());
        return problems;
    }

    private static void money(List<FieldIssue> problems, String field, BigDecimal v, boolean positive) {
        if (v == null || (positive ? v.signum() <= 0 : v.signum() < 0) || !Money.isPenceExact(v) || v.compareTo(BigDecimal.valueOf(10_000_000_000L)) >= 0) {
            problems.add(new FieldIssue(field, (positive ? "must be more than 0" : "must be 0 or more") + ", whole pence, under 10,000,000,000"));
        }
    }

    private static void weight(List<FieldIssue> problems, String field, BigDecimal v) {
        if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1000)) > 0) {
            problems.add(new FieldIssue(field, "must be 0 to 1000"));
        }
    }

    private static void percent(List<FieldIssue> problems, String field, BigDecimal v, BigDecimal max) {
        if (v == null || v.signum() < 0 || v.compareTo(max) > 0 || v.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldIssue(field, "must be 0 to " + max.toPlainString() + " with at most 2 decimals"));
        }
    }
}
