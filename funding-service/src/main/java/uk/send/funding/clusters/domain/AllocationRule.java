package uk.send.funding.clusters.domain;

import uk.send.funding.money.domain.Money;
import uk.send.platform.domain.BusinessRuleBroken;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The delegation formula's arithmetic, pure. The pot delegated is the SEN budget less the contingency, rounded half-up
 * to the penny by {@link Money#toPenny} (the one rounding of the pot). Each school's exact share is its fixed sum plus,
 * for each factor, the factor's weight share of what is left times the school's share of that factor's total (a factor
 * whose weight or total is zero is left out and the other weights renormalised; with none left, the rest is shared
 * equally). Exact shares become pennies by the <b>largest-remainder</b> method: each is cut down to the penny, and the
 * pennies still missing go one each to the schools with the largest cut-off fractions (ties by URN), so the allocations
 * always sum to the pot exactly.
 */
public final class AllocationRule {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal PENNY = new BigDecimal("0.01");

    private AllocationRule() {
    }

    /** What the formula delegates: the SEN budget less its contingency, to the penny. */
    public static BigDecimal delegated(Formula f) {
        return Money.toPenny(f.senBudget().multiply(HUNDRED.subtract(f.contingencyPercent())).divide(HUNDRED, EXACT));
    }

    /** Every member's allocation, in the members' order; the amounts sum to {@link #delegated} exactly. */
    public static List<SchoolAllocation> allocate(Formula f, List<Member> members) {
        BigDecimal pot = delegated(f);
        int n = members.size();
        if (n == 0) {
            return List.of();
        }
        BigDecimal fixed = f.fixedSumPerSchool().multiply(BigDecimal.valueOf(n));
        if (fixed.compareTo(pot) > 0) {
            throw new BusinessRuleBroken("formula-exceeds-budget", "The fixed sums exceed the budget",
                    n + " schools × £" + f.fixedSumPerSchool().toPlainString() + " = £" + fixed.toPlainString() + " is more than the £"
                            + pot.toPlainString() + " the formula delegates");
        }
        BigDecimal rest = pot.subtract(fixed);
        List<Share> factors = new ArrayList<>();
        addFactor(factors, f.weights().pupilsOnRoll(), members, m -> BigDecimal.valueOf(factors(m).pupilsOnRoll()));
        addFactor(factors, f.weights().senSupport(), members, m -> BigDecimal.valueOf(factors(m).senSupport()));
        addFactor(factors, f.weights().deprivation(), members, m -> factors(m).deprivation());
        BigDecimal weightTotal = factors.stream().map(Share::weight).reduce(BigDecimal.ZERO, BigDecimal::add);

        List<BigDecimal> exact = new ArrayList<>(n);
        for (Member m : members) {
            BigDecimal share = f.fixedSumPerSchool();
            if (factors.isEmpty()) {
                share = share.add(rest.divide(BigDecimal.valueOf(n), EXACT));
            }
            for (Share s : factors) {
                share = share.add(rest.multiply(s.weight(), EXACT).multiply(s.value().apply(m), EXACT)
                        .divide(weightTotal.multiply(s.total(), EXACT), EXACT));
            }
            exact.add(share);
        }
        return toPennies(members, exact, pot);
    }

    private record Share(BigDecimal weight, BigDecimal total, Function<Member, BigDecimal> value) {
    }

    private static void addFactor(List<Share> out, BigDecimal weight, List<Member> members, Function<Member, BigDecimal> value) {
        BigDecimal total = members.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weight.signum() > 0 && total.signum() > 0) {
            out.add(new Share(weight, total, value));
        }
    }

    private static Factors factors(Member m) {
        return m.factors() == null ? Factors.NONE : m.factors();
    }

    /** Largest remainder: floors to the penny, then the missing pennies to the largest fractions (ties by URN). */
    static List<SchoolAllocation> toPennies(List<Member> members, List<BigDecimal> exact, BigDecimal pot) {
        int n = members.size();
        BigDecimal[] amounts = new BigDecimal[n];
        BigDecimal floored = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            amounts[i] = exact.get(i).setScale(Money.SCALE, RoundingMode.FLOOR);
            floored = floored.add(amounts[i]);
        }
        int missing = pot.subtract(floored).divide(PENNY, 0, RoundingMode.HALF_UP).intValueExact();
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigDecimal>comparing(i -> exact.get(i).subtract(amounts[i])).reversed()
                .thenComparing(i -> members.get(i).urn()));
        for (int k = 0; k < missing; k++) {
            int i = order.get(k % n);
            amounts[i] = amounts[i].add(PENNY);
        }
        List<SchoolAllocation> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Member m = members.get(i);
            Factors x = factors(m);
            out.add(new SchoolAllocation(m.urn(), m.clusterId(), m.clusterName(), m.hostUrn(), x.pupilsOnRoll(), x.senSupport(),
                    x.deprivation(), m.factors() != null, amounts[i]));
        }
        return out;
    }
}
