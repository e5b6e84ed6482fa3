package uk.send.plan.duty.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.plan.duty.domain.DutyStatus;

/** How far the LA meets a duty, and the evidence (PUT: the full new state; absent evidence is cleared). */
public record DutyRequest(
        @NotNull @Schema(example = "PARTLY_MET") DutyStatus status,
        @Size(max = 10000) @Schema(example = "Initial local offer published; co-production with the parent carer forum continues") String evidence,
        @Size(max = 2000) @Pattern(regexp = "https?://[^\\s/?#]+([/?#]\\S*)?", flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be an http or https URL")
        @Schema(example = "https://www.kent.gov.uk/localoffer") String evidenceUrl) {
}
