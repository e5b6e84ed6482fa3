package uk.send.plan.item.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A deadline as the LA writes it ({@code text}, e.g. "SEPT 2022", "June – Nov 2000", "EVERY JANUARY") or as a plain date. */
public record DeadlineInput(
        @Size(max = 200) @Schema(example = "SEPT 2022") String text,
        @Schema(example = "2026-09-30") LocalDate date) {
}
