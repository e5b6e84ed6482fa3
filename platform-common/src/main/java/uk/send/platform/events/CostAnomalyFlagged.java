package uk.send.platform.events;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Payload of {@code uk.send.placement.cost.anomaly-flagged.v1}: an independent placement's annual cost
 * lies outside its need type's interquartile fences; announced once per placement, flag and cost.
 */
public record CostAnomalyFlagged(UUID placementId, String ehcpRef, UUID providerId, String needType, BigDecimal annualCost,
                                 String flag, BigDecimal lowFence, BigDecimal highFence, BigDecimal needTypeMedian) {
}
