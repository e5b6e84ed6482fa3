package uk.send.placement.capital.domain;

import java.time.LocalDate;

/** A milestone as a new project plans it: its name and the day it is due. */
public record PlannedMilestone(String name, LocalDate dueDate) {
}
