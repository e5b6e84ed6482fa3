package uk.send.placement.placement.domain;

import uk.send.placement.provider.domain.NeedType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What an officer enters for a placement the decisions do not cover (or to record its cost). */
public record PlacementDetails(UUID providerId, String ehcpRef, NeedType needType, Integer ncy, LocalDate startDate,
                               LocalDate endDate, BigDecimal annualCost) {
}
