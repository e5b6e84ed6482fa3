package uk.send.funding.banding.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

/** The SEN panel's band for an EHCP. */
public record BandAgreementRequest(
        @NotBlank @Size(max = 20) @Schema(example = "B3") String bandCode,
        @NotNull @Schema(example = "2025-09-01", description = "First day the band applies") LocalDate effectiveFrom,
        @NotNull @Schema(example = "2025-07-10") LocalDate panelDate,
        @Size(max = 20) @Schema(description = "Needs matrix levels 0–4 per need area, if the panel scored the matrix",
                example = "{\"CI\": 2, \"SEMH\": 3}") Map<String, Integer> needsLevels,
        @Size(max = 2000) @Schema(description = "Required when the agreed band differs from the matrix's suggestion",
                example = "Needs 1:1 support at unstructured times beyond what the matrix scores") String reason) {
}
