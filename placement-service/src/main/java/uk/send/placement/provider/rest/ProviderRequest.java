package uk.send.placement.provider.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.placement.provider.domain.EstablishmentType;
import uk.send.placement.provider.domain.InspectionGrade;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.Phase;
import uk.send.placement.provider.domain.ProviderDetails;
import uk.send.placement.provider.domain.ProviderType;

import java.time.LocalDate;
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
        @Schema(description = "Defaults to true on POST; left out on PUT keeps the current value") Boolean active,
        @Pattern(regexp = "1\\d{7}", message = "must be an 8-digit UKPRN starting with 1")
        @Schema(description = "UK provider reference number", example = "10012345") String ukprn,
        @Size(max = 32) @Schema(description = "Code of the LA the provider sits in; out of area when it is not yours. Absent: yours", example = "KENT") String laCode,
        @Schema(description = "GIAS establishment type code (7 community special, 8 non-maintained special, 10 independent special, 14 PRU, 33/44 academy special, 36 free school special, 38/42/43 AP, 18/32/39/45/46 post-16, ...)", example = "7")
        Integer establishmentTypeCode,
        Phase phase,
        @Min(value = 2, message = "must be at least 2") @Max(value = 25, message = "must be at most 25") @Schema(example = "4") Integer ageFrom,
        @Min(value = 2, message = "must be at least 2") @Max(value = 25, message = "must be at most 25") @Schema(example = "19") Integer ageTo,
        @Schema(description = "Ofsted overall effectiveness at the latest inspection") InspectionGrade inspectionGrade,
        @PastOrPresent @Schema(example = "2025-03-12") LocalDate inspectionDate) {

    public ProviderRequest {
        // Sorted, because enum hash codes differ between JVMs: the same body must give the same
        // Idempotency-Key fingerprint on every replica. Nulls are kept for validation to report.
        if (needTypes != null) {
            Set<NeedType> sorted = new TreeSet<>(Comparator.nullsFirst(Comparator.<NeedType>naturalOrder()));
            sorted.addAll(needTypes);
            needTypes = sorted;
        }
    }

    /** The domain's view of this request; an unknown GIAS code or an age range upside down is refused with its field. */
    ProviderDetails toDetails() {
        EstablishmentType establishment = null;
        if (establishmentTypeCode != null) {
            establishment = EstablishmentType.ofCode(establishmentTypeCode).orElseThrow(() -> uk.send.platform.rest.ApiProblem.badRequest(
                    "establishmentTypeCode", "is not a GIAS establishment type of a provider of specialist places"));
        }
        if (ageFrom != null && ageTo != null && ageFrom > ageTo) {
            throw uk.send.platform.rest.ApiProblem.badRequest("ageTo", "must not be below ageFrom");
        }
        return new ProviderDetails(name.trim(), type, needTypes, urn, ukprn, localAuthorityArea, laCode, establishment, phase,
                ageFrom, ageTo, inspectionGrade, inspectionDate, active);
    }
}
