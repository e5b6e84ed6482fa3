package uk.send.placement.valueformoney.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The outcome of one review of a placement; a renegotiated cost is its new annual cost. */
public record Review(UUID id, UUID placementId, String outcome, String note, BigDecimal newAnnualCost, LocalDate reviewedOn, String reviewedBy) {
}
