package uk.send.placement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.placement.entity.NeedType;
import uk.send.placement.entity.ProviderType;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/** A provider to register or the full new state of one (PUT). */
public record ProviderRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Oakwood Special School") String name,
        @NotNull ProviderType type,
        @NotEmpty @Schema(description = "SEN2 need type codes the provider serves (GET /api/v1/need-types)", example = "[\"ASD\", \"SEMH\"]")
        Set<@NotNull NeedType> needTypes,
        @Pattern(regexp = "\\d{6}", message = "must be a 6-digit URN")
        @Schema(description = "DfE unique reference number; independent providers may have none", example = "100123") String urn,
        @Size(max = 100) @Schema(description = "The LA area an out-county provider is in", example = "Kent") String localAuthorityArea,
        @Schema(description = "Defaults to true on POST; left out on PUT keeps the current value") Boolean active) {

    public ProviderRequest {
        // Sorted, because enum hash codes differ between JVMs: the same body must give the same
        // Idempotency-Key fingerprint on every replica. Nulls are kept for validation to report.
        if (needTypes != null) {
            Set<NeedType> sorted = new TreeSet<>(Comparator.nullsFirst(Comparator.<NeedType>naturalOrder()));
            sorted.addAll(needTypes);
            needTypes = sorted;
        }
    }
}
