package uk.send.funding.banding.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.banding.domain.Uplift;

import java.math.BigDecimal;

/** Request bodies of the scheme commands. */
public final class SchemeCommands {

    private SchemeCommands() {
    }

    /** Approving a draft: the schools forum minute that approved it. */
    public record ApprovalRequest(@NotBlank @Size(max = 200) @Schema(example = "SF-2025-03 item 4") String forumMinute) {
    }

    /** Next year's bands: a percentage or a flat sum per band, and the rounding rule. */
    public record UpliftRequest(
            @DecimalMin("-50") @DecimalMax("100") @Digits(integer = 3, fraction = 3) @Schema(example = "3.0") BigDecimal percentage,
            @DecimalMin("-100000") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) @Schema(example = "100.00") BigDecimal flatAmount,
            @Schema(example = "NEAREST_PENNY", description = "Defaults to NEAREST_PENNY (half-up)") Uplift.Rounding rounding) {
    }
}
