package uk.send.funding.register.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.register.entity.SettingType;
import uk.send.funding.register.domain.SettingDetails;

import java.time.Instant;
import java.util.UUID;

/** A setting as the API shows it; {@code version} is the value of its ETag. */
public record SettingView(
        @Schema(example = "3f2c8a52-6a0e-4b1f-9d55-0f6f0c4f7a21") UUID id,
        @Schema(example = "118234") String urn,
        @Schema(example = "Oak Acre Primary School") String name,
        @Schema(example = "MAINSTREAM_PRIMARY") SettingType type,
        @Schema(example = "North Norfolk") String cluster,
        @Schema(example = "true") boolean active,
        @Schema(example = "2026-01-12T09:30:00Z") Instant createdAt,
        @Schema(example = "2026-01-12T09:30:00Z") Instant updatedAt,
        @Schema(example = "0") long version) {

    static SettingView of(SettingDetails d) {
        return new SettingView(d.id(), d.urn(), d.name(), d.type(), d.cluster(), d.active(), d.createdAt(), d.updatedAt(), d.version());
    }
}
