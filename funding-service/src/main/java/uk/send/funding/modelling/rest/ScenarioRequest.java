package uk.send.funding.modelling.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.Uplift;
import uk.send.funding.banding.rest.SchemeRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A banding scenario to save and model: the proposed scheme and, optionally, its protection policy. */
public record ScenarioRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Four mainstream bands, 3% uplift, MFG") String name,
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "a financial year looks like 2025-26")
        @Schema(description = "The year the proposed scheme would apply from (year 1 of protection)", example = "2026-27") String financialYear,
        @Schema(description = "The day whose placements and bands are modelled; defaults to the day before the year starts", example = "2026-03-31")
        LocalDate asAt,
        @Size(max = 6) @Schema(description = "Proposed bands per setting category; a category left out keeps the bands in force")
        Map<FundingCategory, @Size(max = 16) List<SchemeRequest.@Valid BandRequest>> bands,
        @Size(max = 6) @Schema(description = "Per setting category, old band code → new band code, applied to every EHCP's current band there")
        Map<FundingCategory, @Size(max = 100) Map<@Size(max = 20) String, @NotBlank @Size(max = 20) String>> bandMapping,
        @Valid UpliftRequest uplift,
        @Size(max = 6) @Schema(description = "Per setting category, a proposed needs matrix (need area weights, score thresholds → band): "
                + "each EHCP whose band agreement holds matrix scores is re-banded by it; EHCPs without scores keep their band")
        Map<FundingCategory, SchemeRequest.@Valid MatrixRequest> matrices,
        @Valid ProtectionRequest protection) {

    public record UpliftRequest(
            @DecimalMin("-50") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(example = "3.0") BigDecimal percentage,
            @Digits(integer = 10, fraction = 2) @Schema(example = "100.00") BigDecimal flatAmount,
            @Schema(example = "NEAREST_PENNY") Uplift.Rounding rounding) {
    }

    public record ProtectionRequest(
            @NotNull @Digits(integer = 3, fraction = 2) @Schema(description = "Most a setting may lose in year 1, % of income now", example = "0")
            BigDecimal year1MaxLossPercent,
            @NotNull @Digits(integer = 3, fraction = 2) @Schema(description = "Most it may lose in year 2 (the taper)", example = "2.5")
            BigDecimal year2MaxLossPercent,
            @Schema(description = "Pay for the floors by scaling back gains (cost-neutral)", example = "true") boolean capGains) {
    }
}
