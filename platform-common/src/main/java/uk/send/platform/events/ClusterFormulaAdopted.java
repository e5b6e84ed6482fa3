package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#CLUSTER_FORMULA_ADOPTED} on {@code funding.events}, key = formula id: the LA adopted a
 * formula that delegates part of its SEN budget to school clusters for a financial year; the allocations are frozen.
 *
 * @param financialYear         e.g. 2026-27
 * @param senBudget             the SEN budget put through the formula
 * @param contingency           the part of it the LA keeps back (the formula's contingency %)
 * @param delegated             what the clusters' schools receive: {@code senBudget - contingency}, the sum of the allocations
 * @param totalSenBudget        the LA's whole SEN budget, the denominator of the delegation rate
 * @param delegationRatePercent {@code delegated / totalSenBudget} as a percentage, two decimals
 * @param targetPercent         the LA's delegation target, e.g. 85.00
 * @param clusters              each cluster's allocation (ids and money only)
 */
@JsonClassDescription("An LA adopted a formula delegating SEN funding to school clusters for a financial year.")
public record ClusterFormulaAdopted(UUID formulaId, String financialYear, String name, BigDecimal senBudget, BigDecimal contingency,
                                    BigDecimal delegated, BigDecimal totalSenBudget, BigDecimal delegationRatePercent,
                                    BigDecimal targetPercent, boolean meetsTarget, int schools, List<ClusterAllocated> clusters) {

    /** One cluster's share: its host school, how many schools and the sum of their allocations. */
    public record ClusterAllocated(UUID clusterId, String name, String hostUrn, int schools, BigDecimal allocation) {
    }
}
