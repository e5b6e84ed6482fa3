package uk.send.placement.placement.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.placement.placement.domain.PlacementDetails;
import uk.send.placement.provider.domain.NeedType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A placement an officer enters, or the new state of one (PUT). */
public record PlacementRequest(
        @NotNull @Schema(example = "3f1c2d9e-8b7a-4c6d-9e0f-1a2b3c4d5e6f") UUID providerId,
        @Size(max = 64) @Schema(description = "The LA's pseudonymous EHCP reference, if the child has a plan", example = "EHCP-2026-0042") String ehcpRef,
        @NotNull @Schema(example = "ASD") NeedType needType,
        @Min(value = -4, message = "must be -4 or more") @Max(value = 21, message = "must be 21 or less") @Schema(description = "National curriculum year at the start", example = "7") Integer ncy,
        @NotNull @Schema(example = "2026-09-01") LocalDate startDate,
        @Schema(description = "Last day placed, inclusive", example = "2027-07-23") LocalDate endDate,
        @DecimalMin(value = "0.00", message = "must be 0 or more") @DecimalMax(value = "9999999999.99", message = "is too large")
        @Schema(description = "Annual cost in pounds (independent placements)", example = "52000.00") BigDecimal annualCost) {

    PlacementDetails toDetails() {
        return new PlacementDetails(providerId, ehcpRef, needType, ncy, startDate, endDate, annualCost);
    }
}
