package uk.send.funding.clusters.domain;

import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A formula's result: what it delegates and keeps back, the delegation rate against the LA's target, each cluster's
 * total and each school's allocation.
 *
 * @param delegationRatePercent delegated / total SEN budget × 100, half-up to 2 decimals
 * @param neededForTarget       what would have to be delegated to meet the target (total SEN budget × target, to the penny)
 * @param shortfall             {@code neededForTarget - delegated}, or 0 when the target is met
 */
public record Allocation(Formula formula, BigDecimal delegated, BigDecimal contingency, BigDecimal delegationRatePercent,
                         boolean meetsTarget, BigDecimal neededForTarget, BigDecimal shortfall, int schoolsWithoutFactors,
                         List<ClusterTotal> clusters, List<SchoolAllocation> schools) {

    /** One cluster's total. */
    public record ClusterTotal(UUID clusterId, String name, String hostUrn, int schools, BigDecimal allocation) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Runs the formula over the year's cluster members. */
    public static Allocation run(Formula f, List<Member> members) {
        return of(f, AllocationRule.allocate(f, members));
    }

    /** Summarises school allocations (worked out now, or frozen at adoption). */
    public static Allocation of(Formula f, List<SchoolAllocation> schools) {
        BigDecimal delegated = schools.stream().map(SchoolAllocation::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal contingency = f.senBudget().subtract(AllocationRule.delegated(f));
        BigDecimal rate = delegated.multiply(HUNDRED).divide(f.totalSenBudget(), 2, RoundingMode.HALF_UP);
        BigDecimal needed = Money.toPenny(f.totalSenBudget().multiply(f.targetPercent()).divide(HUNDRED));
        BigDecimal shortfall = needed.subtract(delegated).max(Money.ZERO);
        Map<UUID, List<SchoolAllocation>> byCluster = new LinkedHashMap<>();
        schools.forEach(s -> byCluster.computeIfAbsent(s.clusterId(), k -> new ArrayList<>()).add(s));
        List<ClusterTotal> clusters = byCluster.values().stream().map(list -> new ClusterTotal(list.get(0).clusterId(), list.get(0).clusterName(),
                list.get(0).hostUrn(), list.size(), list.stream().map(SchoolAllocation::amount).reduce(Money.ZERO, BigDecimal::add))).toList();
        int withoutFactors = (int) schools.stream().filter(s -> !s.hasFactors()).count();
        return new Allocation(f, delegated, contingency, rate, rate.compareTo(f.targetPercent()) >= 0, needed, shortfall, withoutFactors,
                clusters, schools);
    }
}
