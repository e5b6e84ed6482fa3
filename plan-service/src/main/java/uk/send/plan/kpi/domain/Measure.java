package uk.send.plan.kpi.domain;

import uk.send.platform.domain.Slice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A success criterion's measure, where it stands (as {@link Kpi}), and one page of its measurements, newest first. */
public record Measure(UUID itemId, UUID programmeId, String itemTitle, String name, String unit,
                      BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate, KpiDirection direction, String source,
                      Measurement latest, BigDecimal expected, BigDecimal progress, Boolean onTrack, KpiMath.Trend trend,
                      Slice<Measurement> measurements, Instant updatedAt, long version) {
}
