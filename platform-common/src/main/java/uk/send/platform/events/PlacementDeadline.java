package uk.send.platform.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code uk.send.placement.deadline.approaching.v1}: a placement deadline is near. {@code kind}
 * PLACE_CHANGE_REQUEST (the annual request to the DfE, early December; {@code academicYear} is the year the
 * places are for) or CAPITAL_MILESTONE ({@code projectId}, {@code milestoneId}). {@code title} is for
 * people: what is due, never a child's details.
 */
public record PlacementDeadline(String kind, String title, LocalDate dueDate, int leadTimeDays, String academicYear, UUID projectId,
                                UUID milestoneId) {
}
