package uk.send.platform.events;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#PROTECTION_GRANTED} on {@code funding.events}, key = setting URN: a setting's
 * protection under a granted banding scenario, as annual amounts, written as monthly PROTECTION lines on its
 * payment schedule for the two years (a gains-cap deduction as negative lines).
 */
public record ProtectionGranted(UUID scenarioId, String settingUrn, String year1, BigDecimal year1Protection,
                                BigDecimal year1CapDeduction, String year2, BigDecimal year2Protection, BigDecimal year2CapDeduction) {
}
