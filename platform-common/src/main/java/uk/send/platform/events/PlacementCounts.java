package uk.send.platform.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Payload of {@code uk.send.placement.counts.published.v1}: the LA's placements running on {@code asOf}
 * (the month's last day), once a month, so that a programme KPI ("number of CYP requiring independent
 * placement reduces") can take one of these numbers as its measure. Spend is the sum of annual costs
 * recorded for those placements.
 */
public record PlacementCounts(String month, LocalDate asOf, long placements, long independentPlacements, long outOfAreaPlacements,
                              BigDecimal independentAnnualSpend, BigDecimal outOfAreaAnnualSpend) {
}
