package uk.send.placement.capital.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A milestone of a capital project, reminded as a deadline until it is done. */
public record Milestone(UUID id, UUID projectId, String name, LocalDate dueDate, LocalDate doneOn) {
}
