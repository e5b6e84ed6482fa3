package uk.send.platform.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code uk.send.placement.placement.started.v1} and {@code ...placement.ended.v1}. Ids only:
 * the pseudonymous EHCP reference, the provider and its URN; never the child's name or birth date.
 */
public record PlacementEvent(UUID placementId, String ehcpRef, UUID providerId, String urn, String settingGroup,
                             String needType, Integer ncy, LocalDate startDate, LocalDate endDate, boolean outOfArea,
                             String source) {
}
