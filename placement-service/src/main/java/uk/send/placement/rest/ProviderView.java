package uk.send.placement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.placement.entity.NeedType;
import uk.send.placement.entity.ProviderType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A provider as the API shows it; {@code version} is the value of its ETag. */
public record ProviderView(
        @Schema(example = "3f1c2d9e-8b7a-4c6d-9e0f-1a2b3c4d5e6f") UUID id,
        @Schema(example = "Oakwood Special School") String name,
        @Schema(example = "SPECIAL_SCHOOL") ProviderType type,
        @Schema(description = "In SEN2 order", example = "[\"SEMH\", \"ASD\"]") List<NeedType> needTypes,
        @Schema(example = "100123") String urn,
        @Schema(example = "Kent") String localAuthorityArea,
        @Schema(example = "true") boolean active,
        Instant createdAt,
        Instant updatedAt,
        @Schema(example = "0") long version) {
}
