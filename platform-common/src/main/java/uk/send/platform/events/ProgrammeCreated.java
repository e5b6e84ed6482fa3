package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.util.UUID;

/**
 * Payload of {@link EventTypes#PROGRAMME_CREATED}.
 *
 * @param programmeId the programme's id
 * @param title       the programme's title
 * @param kind        the kind of programme (e.g. RECOVERY_PLAN)
 */
@JsonClassDescription("A programme (e.g. a SEND recovery plan) was created.")
public record ProgrammeCreated(UUID programmeId, String title, String kind) {
}
