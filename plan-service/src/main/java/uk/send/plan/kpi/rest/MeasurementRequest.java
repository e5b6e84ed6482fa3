package uk.send.plan.kpi.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of a measure on a day; one per day and source. */
public record MeasurementRequest(
        @NotNull @Schema(example = "2026-09-30") LocalDate measuredOn,
        @NotNull @Digits(integer = 12, fraction = 2) @Schema(example = "105") BigDecimal value,
        @Size(max = 2000) @Schema(example = "After the autumn term placement review") String note,
        @Size(max = 200) @Schema(example = "manual", description = "Defaults to \"manual\"") String source) {
}
