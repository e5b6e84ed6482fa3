package uk.send.plan.programme.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.plan.item.domain.ItemStatus;
import uk.send.plan.item.rest.LeadOfficer;

import java.time.LocalDate;

/** A task to create or the full new state of one (PUT). */
public record TaskRequest(
        @NotBlank @Size(max = 500) @Schema(example = "Define the graduated approach: publish the 'ordinarily available' document") String title,
        @Valid LeadOfficer leadOfficer,
        @Schema(example = "2026-03-31") LocalDate dueDate,
        @Schema(description = "Defaults to NOT_STARTED") ItemStatus status) {
}
