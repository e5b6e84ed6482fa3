package uk.send.funding.banding.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.NeedsMatrix;
import uk.send.funding.banding.domain.Pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A draft banding scheme (create, or the full new state of a draft). */
public record SchemeRequest(
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "a financial year looks like 2025-26")
        @Schema(example = "2025-26") String financialYear,
        @NotNull @Schema(example = "MAINSTREAM") FundingCategory category,
        @Schema(description = "First day it applies; defaults to 1 April of the year", example = "2025-04-01") LocalDate effectiveFrom,
        @NotEmpty @Size(max = 16) @Valid List<BandRequest> bands,
        @Valid MatrixRequest matrix,
        @Schema(description = "BANDED (default): each band's value is a child's top-up. PER_PLACE (place-funded settings only): each band's value "
                + "is the whole price of a place, place funding (placeValue) plus top-up", example = "BANDED") Pricing pricing,
        @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2)
        @Schema(description = "PER_PLACE only: the place funding (element 2) within each band's value; defaults to 10000.00", example = "10000.00")
        BigDecimal placeValue) {

    public record BandRequest(
            @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9+_-]+", message = "letters, digits, +, _ or -") @Schema(example = "B2") String code,
            @Size(max = 300) @Schema(example = "Moderate needs: small-group support most of the day") String description,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @Schema(example = "3100.00") BigDecimal annualValue) {
    }

    public record MatrixRequest(
            @NotNull @Min(1) @Schema(example = "1") Integer version,
            @NotEmpty @Size(max = 20) @Valid List<AreaRequest> areas,
            @NotEmpty @Size(max = 16) @Valid List<ThresholdRequest> thresholds) {

        public NeedsMatrix toDomain() {
            return new NeedsMatrix(version, areas.stream().map(a -> new NeedsMatrix.Area(a.code(), a.weight())).toList(),
                    thresholds.stream().map(t -> new NeedsMatrix.Threshold(t.minScore(), t.bandCode())).toList());
        }
    }

    public record AreaRequest(@NotBlank @Size(max = 40) @Schema(example = "SEMH") String code,
                              @NotNull @Min(0) @Max(100) @Schema(example = "3") Integer weight) {
    }

    public record ThresholdRequest(@NotNull @Min(0) @Schema(example = "8") Integer minScore,
                                   @NotBlank @Schema(example = "B2") String bandCode) {
    }
}
