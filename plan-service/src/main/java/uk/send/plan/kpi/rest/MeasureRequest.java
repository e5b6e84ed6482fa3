package uk.send.plan.kpi.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.plan.kpi.domain.KpiDirection;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The measure of a success criterion, created or replaced as a whole (PUT). */
public record MeasureRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Children in independent special school placements") String name,
        @NotBlank @Size(max = 40) @Schema(example = "placements", description = "What is counted: \"placements\", \"£\", \"%\"") String unit,
        @NotNull @Digits(integer = 12, fraction = 2) @Schema(example = "120") BigDecimal baseline,
        @NotNull @Schema(example = "2026-04-01") LocalDate baselineDate,
        @NotNull @Digits(integer = 12, fraction = 2) @Schema(example = "90") BigDecimal target,
        @NotNull @Schema(example = "2027-03-31", description = "After the baseline date") LocalDate targetDate,
        @NotNull @Schema(example = "DOWN", description = "Which way is better; the target must lie that way from the baseline (or equal it)") KpiDirection direction,
        @Size(max = 200) @Schema(example = "manual", description = "Where values come from: \"manual\" (default) or the event type that will feed it, e.g. uk.send.placement.placement.started.v1") String source) {
}
