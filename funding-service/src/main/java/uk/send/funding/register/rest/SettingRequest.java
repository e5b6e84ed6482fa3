package uk.send.funding.register.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.register.entity.SettingType;
import uk.send.funding.register.domain.SettingDraft;

/** A setting to register or the full new state of one (PUT). */
public record SettingRequest(
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit URN")
        @Schema(example = "118234", description = "Unique Reference Number, unique within the LA") String urn,
        @NotBlank @Size(max = 300) @Schema(example = "Oak Acre Primary School") String name,
        @NotNull @Schema(example = "MAINSTREAM_PRIMARY") SettingType type,
        @Size(max = 100) @Schema(example = "North Norfolk", description = "The school cluster it belongs to") String cluster,
        @Schema(description = "Defaults to true", example = "true") Boolean active) {

    SettingDraft toDomain() {
        return new SettingDraft(urn, name, type, cluster, active);
    }
}
