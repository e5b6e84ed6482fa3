package uk.send.plan.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A meeting a group held. */
public record MeetingRequest(
        @NotNull @Schema(example = "2010-09-06") LocalDate heldOn,
        @NotBlank @Size(max = 300) @Schema(example = "Initial meeting of the Strategy Steering Group") String title,
        @Size(max = 20000) @Schema(example = "Confirmed the overarching timeframe for the work and implementation") String notes) {
}
