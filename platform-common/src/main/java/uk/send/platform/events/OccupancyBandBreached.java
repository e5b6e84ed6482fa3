package uk.send.platform.events;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Payload of {@code uk.send.placement.occupancy.band-breached.v1}: a ledger line left the LA's vacancy
 * band. {@code state} ABOVE: more places empty than the band allows (waste); BELOW: too full for in-year
 * admissions. Published once each time a line leaves the band, not again while it stays out.
 */
public record OccupancyBandBreached(UUID providerId, String urn, String academicYear, String needType, int commissioned,
                                    int occupied, int vacant, BigDecimal vacancyPct, BigDecimal bandMinPct,
                                    BigDecimal bandMaxPct, String state) {
}
