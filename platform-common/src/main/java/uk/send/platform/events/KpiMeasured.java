package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#KPI_MEASURED}: a new measurement of a success criterion's measure.
 *
 * @param programmeId the programme of the criterion
 * @param itemId      the criterion's item id
 * @param name        the measure's name, e.g. "Children in independent special school placements"
 * @param unit        the unit of the values
 * @param value       the measured value
 * @param measuredOn  the day the value was measured
 * @param target      the measure's target value
 * @param progress    how far this value is from baseline to target, 0-100, one decimal, respecting the
 *                    measure's direction; absent when it cannot be worked out
 */
@JsonClassDescription("A new measurement of a success criterion's measure.")
public record KpiMeasured(UUID programmeId, UUID itemId, String name, String unit, BigDecimal value, LocalDate measuredOn,
                          BigDecimal target, BigDecimal progress) {
}
