package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#TASK_CREATED}: a task was added to a programme (items of other kinds
 * announce themselves with {@link ItemCreated}).
 *
 * @param programmeId the programme the task belongs to
 * @param taskId      the task's id (its plan item id)
 * @param kind        always TASK
 * @param ref         the plan's own reference, e.g. "Task 4"; absent if none
 * @param title       the task's title
 * @param status      NOT_STARTED, IN_PROGRESS, BLOCKED, DONE or DROPPED
 * @param dueDate     the next deadline; absent if none
 * @param leadOfficer the lead officer's id; absent if none
 */
@JsonClassDescription("A task was added to a programme.")
public record TaskCreated(UUID programmeId, UUID taskId, String kind, String ref, String title, String status,
                          LocalDate dueDate, DeadlineEvent.Person leadOfficer) {
}
