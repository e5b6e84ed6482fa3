package uk.send.plan.kpi.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.plan.kpi.domain.KpiDirection;
import uk.send.plan.kpi.domain.KpiMath;
import uk.send.platform.rest.Page;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A success criterion's measure, where it stands, and one page of its measurements, newest first. */
public record MeasureView(
        UUID itemId, UUID programmeId, String itemTitle, String name, String unit,
        BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate, KpiDirection direction, String source,
        @Schema(description = "The newest measurement; absent without measurements") MeasurementView latest,
        @Schema(description = "Where a straight line from baseline to target stands today", example = "105.00") BigDecimal expected,
        @Schema(description = "Percentage of the way from baseline to target (0 to 100, respecting direction); absent without measurements", example = "50.0") BigDecimal progress,
        @Schema(description = "Whether the latest value is at least as far as the straight line would be today; absent without measurements") Boolean onTrack,
        @Schema(description = "How the value moved between the last two measurements; absent with fewer than two") KpiMath.Trend trend,
        @Schema(description = "Measurements, newest first, paged by ?page&size") Page<MeasurementView> measurements,
        Instant updatedAt,
        @Schema(description = "The value of the measure's ETag") long version) {
}
