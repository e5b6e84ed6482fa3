package uk.send.placement.ledger.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.placement.ledger.domain.LedgerLine;
import uk.send.placement.ledger.domain.VacancyBand;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The ledger API's records. */
public final class LedgerViews {

    private LedgerViews() {
    }

    /** One ledger line: a provider's places for one need type in one academic year. */
    public record LineView(UUID providerId, @Schema(example = "Oakwood Special School") String providerName, @Schema(example = "100123") String urn,
                           SettingGroup settingGroup, boolean outOfArea, @Schema(example = "2026/27") String academicYear,
                           NeedType needType, @Schema(example = "40") int commissioned, @Schema(example = "38") int occupied,
                           @Schema(example = "2") int vacant, @Schema(example = "5.00") BigDecimal vacancyPct,
                           @Schema(example = "44") Integer requested,
                           @Schema(description = "IN the LA's vacancy band, ABOVE it (too many empty places) or BELOW it (too full)") VacancyBand.State band) {
        static LineView of(LedgerLine l) {
            return new LineView(l.providerId(), l.providerName(), l.urn(), l.settingGroup(), l.outOfArea(), l.academicYear().label(),
                    l.needType(), l.commissioned(), l.occupied(), l.vacant(), l.vacancyPct(), l.requested(), l.bandState());
        }
    }

    public record LedgerPage(List<LineView> items, int page, int size, long totalItems, int totalPages) {
    }

    /** Places commissioned at a provider for an academic year and need type. */
    public record CommissionRequest(
            @NotNull @Min(value = 0, message = "must be 0 or more") @Max(value = 5000, message = "must be at most 5000") @Schema(example = "40") Integer places,
            @Min(value = 0, message = "must be 0 or more") @Max(value = 5000, message = "must be at most 5000")
            @Schema(description = "Places asked of the DfE for the next academic year; absent: unchanged", example = "44") Integer requested) {
    }

    public record CommissionView(UUID providerId, @Schema(example = "2026/27") String academicYear, NeedType needType,
                                 @Schema(example = "40") int places, @Schema(example = "44") Integer requested, long version) {
    }

    /** The LA's vacancy band and place change request deadline. */
    public record SettingsRequest(
            @NotNull @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "100", message = "must be 100 or less") @Schema(example = "3") BigDecimal vacancyMinPct,
            @NotNull @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "100", message = "must be 100 or less") @Schema(example = "8") BigDecimal vacancyMaxPct,
            @Min(value = 1, message = "must be 1 to 12") @Max(value = 12, message = "must be 1 to 12") @Schema(example = "12") Integer placeChangeDeadlineMonth,
            @Min(value = 1, message = "must be 1 to 31") @Max(value = 31, message = "must be 1 to 31") @Schema(example = "1") Integer placeChangeDeadlineDay) {
    }

    public record SettingsView(@Schema(example = "3.00") BigDecimal vacancyMinPct, @Schema(example = "8.00") BigDecimal vacancyMaxPct,
                               @Schema(example = "--12-01") String placeChangeDeadline, long version) {
    }

    public record PlaceChangeRequestView(@Schema(example = "2026/27") String academicYear, @Schema(example = "2026-12-01") LocalDate deadline,
                                         List<PlaceChangeRow> rows) {
    }

    public record PlaceChangeRow(@Schema(example = "100123") String urn, String ukprn, String providerName,
                                 @Schema(example = "40") int currentPlaces, @Schema(example = "44") int requestedPlaces, @Schema(example = "4") int change) {
    }
}
