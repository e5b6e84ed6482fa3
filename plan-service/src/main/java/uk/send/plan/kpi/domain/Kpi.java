package uk.send.plan.kpi.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A success criterion's measure and where it stands (see {@link KpiMath}): {@code latest}, {@code progress},
 * {@code onTrack} are null without measurements, {@code trend} with fewer than two.
 */
public record Kpi(UUID itemId, UUID programmeId, String itemTitle, String name, String unit,
                  BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate, KpiDirection direction, String source,
                  Measurement latest, BigDecimal expected, BigDecimal progress, Boolean onTrack, KpiMath.Trend trend,
                  Instant updatedAt, long version) {
}
