package uk.send.plan.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.plan.governance.domain.GroupKind;

import java.util.List;
import java.util.UUID;

/** A governance group to create, or its full new state (PUT): members and remit are replaced as given. */
public record GroupRequest(
        @Schema(description = "The programme it governs, if any") UUID programmeId,
        @NotNull @Schema(example = "WORKING") GroupKind kind,
        @NotBlank @Size(max = 300) @Schema(example = "BESD working group") String name,
        @Size(max = 200) @Schema(example = "BESD", description = "For a working group: the dimension of need, as the LA words it") String dimensionOfNeed,
        @Size(max = 50) @Schema(description = "The remit, one bullet an entry",
                example = "[\"Oversee the work of the Need Dimensions Working Groups\", \"Plan and oversee the consultation process\"]")
        List<@NotBlank @Size(max = 1000) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String> remit,
        @Size(max = 300) @Schema(example = "Director of Specialist Children's Services") String chair,
        @Size(max = 200) List<@Valid @NotNull Member> members) {
}
