package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#ITEM_CREATED}: a plan item other than a task (phase, deliverable, action,
 * success criterion) was created; tasks announce themselves with {@link TaskCreated}.
 *
 * @param programmeId the programme the item belongs to
 * @param itemId      the item's id
 * @param kind        PHASE, DELIVERABLE, ACTION or CRITERION
 * @param ref         the plan's own reference; absent if none
 * @param title       the item's title
 * @param status      NOT_STARTED, IN_PROGRESS, BLOCKED, DONE or DROPPED
 * @param dueDate     the next deadline; absent if none
 * @param leadOfficer the lead officer's id; absent if none
 */
@JsonClassDescription("A plan item other than a task was created.")
public record ItemCreated(UUID programmeId, UUID itemId, String kind, String ref, String title, String status,
                          LocalDate dueDate, DeadlineEvent.Person leadOfficer) {
}
