package uk.send.plan.kpi.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded value of a measure. */
public record Measurement(UUID id, LocalDate measuredOn, BigDecimal value, String note, String source, Instant createdAt) {
}
