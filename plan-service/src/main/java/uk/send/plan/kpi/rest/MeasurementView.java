package uk.send.plan.kpi.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A measurement as the API shows it. */
public record MeasurementView(UUID id, LocalDate measuredOn, BigDecimal value, String note, String source, Instant createdAt) {
}
