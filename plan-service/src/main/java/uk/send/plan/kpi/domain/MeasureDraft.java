package uk.send.plan.kpi.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The measure of a success criterion, created or replaced as a whole; a blank source means "manual". */
public record MeasureDraft(String name, String unit, BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate,
                           KpiDirection direction, String source) {
}
