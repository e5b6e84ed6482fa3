package uk.send.funding.appeals.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.appeals.domain.AppealStatus;
import uk.send.funding.appeals.domain.BandAppeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response records of the band appeals API. */
public final class AppealViews {

    private AppealViews() {
    }

    public record LodgeRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9/_.-]{1,64}", message = "not an EHCP reference") @Schema(example = "EHCP-2025-0042") String ehcpRef,
            @NotBlank @Size(max = 20) @Schema(example = "B3") String requestedBand,
            @NotBlank @Size(max = 4000) @Schema(example = "The agreed band does not fund the 1:1 support named in section F") String reasons,
            @Schema(example = "2025-08-01", description = "The date the panel must hear it by; defaults to 28 days after lodging") LocalDate hearBy) {
    }

    public record DecisionRequest(
            @NotNull @Schema(example = "UPHELD") AppealStatus outcome,
            @NotNull @Schema(example = "2025-07-20") LocalDate hearingDate,
            @Size(max = 20) @Schema(example = "B3", description = "Upheld: the new band") String bandCode,
            @Schema(example = "2025-04-01", description = "Upheld: the date the new band applies from") LocalDate backdateFrom,
            @Size(max = 4000) @Schema(example = "Section F names 1:1 support that band B2 does not fund", description = "Required when dismissed") String reason) {
    }

    public record AppealView(UUID id, String ehcpRef, String settingUrn, String currentBand, String requestedBand, String reasons,
                             String lodgedBy, Instant lodgedAt, LocalDate hearBy, AppealStatus status, LocalDate hearingDate,
                             String outcomeBand, LocalDate backdateFrom, String decisionReason, String decidedBy, Instant decidedAt, long version) {
        static AppealView of(BandAppeal a) {
            return new AppealView(a.id(), a.ehcpRef(), a.settingUrn(), a.currentBand(), a.requestedBand(), a.reasons(), a.lodgedBy(),
                    a.lodgedAt(), a.hearBy(), a.status(), a.hearingDate(), a.outcomeBand(), a.backdateFrom(), a.decisionReason(),
                    a.decidedBy(), a.decidedAt(), a.version());
        }
    }

    public record AppealPage(List<AppealView> items, int page, int size, long totalItems, int totalPages) {
    }
}
