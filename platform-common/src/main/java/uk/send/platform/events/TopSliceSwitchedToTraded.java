package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#TOP_SLICE_SWITCHED_TO_TRADED} on {@code funding.events}, key = top-slice id: after a
 * failed forum vote the service is offered to schools as a traded (or insurance) service at a price per school.
 *
 * @param model             TRADED or INSURANCE
 * @param schoolsToBreakEven how many schools must buy in at that price to raise the sum needed
 */
@JsonClassDescription("A top-slice that failed at the forum, offered instead as a traded or insurance service at a price per school.")
public record TopSliceSwitchedToTraded(UUID topSliceId, String financialYear, String model, BigDecimal pricePerSchool, BigDecimal sumNeeded,
                                       int settings, int schoolsToBreakEven) {
}
