package uk.send.plan.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seat on a governance group: the role, and the person and organisation once known. */
public record Member(
        @Size(max = 200) @Schema(example = "Jane Smith") String name,
        @NotBlank @Size(max = 300) @Schema(example = "Director of Specialist Children's Services (Chair)") String role,
        @Size(max = 300) @Schema(example = "Kent County Council") String organisation) {
}
