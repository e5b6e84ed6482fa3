package uk.send.placement.provider.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.placement.provider.domain.InspectionGrade;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.Phase;
import uk.send.placement.provider.domain.ProviderInfo;
import uk.send.placement.provider.domain.ProviderType;
import uk.send.placement.provider.domain.SettingGroup;

import java.time.Instant;
import java.time.LocalDate;
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
        @Schema(example = "0") long version,
        @Schema(example = "10012345") String ukprn,
        @Schema(example = "KENT") String laCode,
        @Schema(description = "True when the provider sits in another LA's area", example = "false") boolean outOfArea,
        @Schema(description = "GIAS establishment type code", example = "7") Integer establishmentTypeCode,
        @Schema(example = "Community special school") String establishmentType,
        @Schema(description = "The group it counts in for the ledger, forecasts and costs", example = "SPECIAL") SettingGroup settingGroup,
        Phase phase,
        @Schema(example = "4") Integer ageFrom,
        @Schema(example = "19") Integer ageTo,
        InspectionGrade inspectionGrade,
        LocalDate inspectionDate) {

    static ProviderView of(ProviderInfo p) {
        var d = p.details();
        return new ProviderView(p.id(), d.name(), d.type(), p.needTypes(), d.urn(), d.localAuthorityArea(), p.active(),
                p.createdAt(), p.updatedAt(), p.version(), d.ukprn(), d.laCode(), p.outOfArea(),
                d.establishmentType() == null ? null : d.establishmentType().code(),
                d.establishmentType() == null ? null : d.establishmentType().label(), p.settingGroup(), d.phase(),
                d.ageFrom(), d.ageTo(), d.inspectionGrade(), d.inspectionDate());
    }
}
