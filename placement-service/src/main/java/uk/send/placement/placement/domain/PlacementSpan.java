package uk.send.placement.placement.domain;

import java.time.LocalDate;

/**
 * A stretch of time an EHCP's child is placed at one setting, as the EHCP's decisions say.
 *
 * @param urn       the named setting's URN (or UKPRN)
 * @param needType  the primary SEN2 need type named by the plan
 * @param ncy       national curriculum year at the start, if the decision gave one
 * @param endDate   last day placed, inclusive; null while open
 */
public record PlacementSpan(String urn, String needType, Integer ncy, LocalDate startDate, LocalDate endDate) {
}
