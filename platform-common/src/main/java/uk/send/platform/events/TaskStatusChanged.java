package uk.send.platform.events;

import java.util.UUID;

/** Payload of {@link EventTypes#TASK_STATUS_CHANGED}. */
public record TaskStatusChanged(UUID programmeId, UUID taskId, String title, String from, String to,
                                DeadlineEvent.Person leadOfficer) {
}
