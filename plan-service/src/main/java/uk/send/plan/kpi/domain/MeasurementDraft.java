package uk.send.plan.kpi.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of a measure on a day, to record (one per day and source; a blank source means "manual"). */
public record MeasurementDraft(LocalDate measuredOn, BigDecimal value, String note, String source) {
}
