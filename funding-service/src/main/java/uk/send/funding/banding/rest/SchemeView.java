package uk.send.funding.banding.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.NeedsMatrix;
import uk.send.funding.banding.domain.Pricing;
import uk.send.funding.banding.domain.SchemeDetails;
import uk.send.funding.banding.domain.SchemeStatus;
import uk.send.funding.banding.domain.SchemeVersion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A banding scheme version as the API shows it. */
public record SchemeView(UUID id, @Schema(example = "2025-26") String financialYear, FundingCategory category, int version,
                         LocalDate effectiveFrom, SchemeStatus status, Pricing pricing,
                         @Schema(description = "PER_PLACE only: the place funding within each band's value", example = "10000.00") BigDecimal placeValue,
                         List<BandView> bands, NeedsMatrix matrix,
                         String approvedBy, Instant approvedAt, @Schema(example = "SF-2025-03 item 4") String forumMinute,
                         @Schema(example = "+3% per band, rounded NEAREST_PENNY") String upliftRule, UUID derivedFrom,
                         Instant createdAt, Instant updatedAt, long rowVersion) {

    /** A band: its value and the top-up a child in it is paid (the value itself, or less the place value when priced per place). */
    public record BandView(String code, String description, BigDecimal annualValue, BigDecimal topUp) {
    }

    static SchemeView of(SchemeDetails d) {
        var s = d.scheme();
        return new SchemeView(s.id(), s.year().label(), s.category(), s.version(), s.effectiveFrom(), s.status(), s.pricing(), s.placeValue(),
                s.bands().stream().map(b -> band(s, b)).toList(), s.matrix(), d.approvedBy(), d.approvedAt(), d.forumMinute(),
                d.upliftRule(), d.derivedFrom(), d.createdAt(), d.updatedAt(), d.rowVersion());
    }

    private static BandView band(SchemeVersion s, Band b) {
        return new BandView(b.code(), b.description(), b.annualValue(), s.topUp(b.annualValue()));
    }

    /** A page of schemes. */
    public record SchemePage(List<SchemeView> items, int page, int size, long totalItems, int totalPages) {
    }
}
