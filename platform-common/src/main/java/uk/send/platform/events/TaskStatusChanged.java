package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.util.UUID;

/** Payload of {@link EventTypes#TASK_STATUS_CHANGED}. */
@JsonClassDescription("A task's or item's status changed.")
public record TaskStatusChanged(UUID programmeId, UUID taskId, String title, String from, String to,
                                DeadlineEvent.Person leadOfficer) {
}
