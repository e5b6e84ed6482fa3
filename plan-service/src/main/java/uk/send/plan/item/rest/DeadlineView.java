package uk.send.plan.item.rest;

import uk.send.plan.deadline.domain.DeadlineKind;

import java.time.LocalDate;
import java.util.UUID;

/** A deadline: as written, and the day reminders count to. */
public record DeadlineView(UUID id, DeadlineKind kind, LocalDate dueDate, LocalDate windowStart, Integer recurrenceMonth,
                           String text, LocalDate metOn) {
}
