package uk.send.plan.programme.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.plan.programme.domain.ProgrammeKind;

import java.util.List;

/** A programme to create (optionally with its tasks) or the new state of its header (PUT). */
public record ProgrammeRequest(
        @NotBlank @Size(max = 300) @Schema(example = "SEND recovery plan 2026-27") String title,
        @NotNull ProgrammeKind kind,
        @Size(max = 10000) String description,
        @Size(max = 1000) @Schema(description = "Tasks created with the programme (POST only)") List<@Valid @NotNull TaskRequest> tasks) {
}
