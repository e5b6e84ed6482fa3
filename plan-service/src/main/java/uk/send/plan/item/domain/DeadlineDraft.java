package uk.send.plan.item.domain;

import java.time.LocalDate;

/** A deadline as the LA writes it ({@code text}, e.g. "SEPT 2022", "EVERY JANUARY") or as a plain date. */
public record DeadlineDraft(String text, LocalDate date) {
}
