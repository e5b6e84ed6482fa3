package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.util.UUID;

/**
 * Payload of {@link EventTypes#DUTY_STATUS_CHANGED}: only when the status changes, not for evidence alone.
 *
 * @param dutyId the duty's id
 * @param area   the duty's area as the guidance names it, e.g. "LOCAL OFFER"
 * @param level  MUST or SHOULD
 * @param from   the status before: NOT_MET, PARTLY_MET or MET
 * @param to     the status now
 */
@JsonClassDescription("A statutory duty's status changed.")
public record DutyStatusChanged(UUID dutyId, String area, String level, String from, String to) {
}
