package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#EXCEPTIONAL_TOP_UP_APPLIED} on {@code funding.events}, key = application id: a school
 * applied for an exceptional top-up for a pupil without an EHCP. The pupil's pseudonymous reference and the evidence
 * stay in funding-service; the event carries the application's id, the setting's URN and the money.
 */
@JsonClassDescription("A school applied for an exceptional high-needs top-up for a pupil without an EHCP.")
public record ExceptionalTopUpApplied(UUID applicationId, String settingUrn, String criterionCode, BigDecimal amountRequested,
                                      LocalDate periodFrom, LocalDate periodTo, String financialYear) {
}
