package uk.send.placement.valueformoney.domain;

import java.math.BigDecimal;

/** Independent placements of one need type at one type of provider: how many, and their mean and total annual cost. */
public record CostSummary(String needType, String providerType, long placements, BigDecimal meanCost, BigDecimal totalCost) {
}
