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
        @Size(max = 200) @Schema(example = "manual", description = "Where values come from: \"manual\" (default); ehcp-timeliness-within-20-weeks[-excluding-exceptions] (daily, from the EHCP timelines); "
                + "or a figure another service publishes: uk.send.funding.exceptional-spend.month-totalled.v1 (the month's exceptional top-ups, £), "
                + "uk.send.placement.counts.published.v1#placements, #independentPlacements, #outOfAreaPlacements, #independentAnnualSpend or "
                + "#outOfAreaAnnualSpend (at each month's end)") String source) {
}
