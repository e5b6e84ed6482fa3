package uk.send.platform.events;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#SETTING_ADVERSELY_AFFECTED} on {@code funding.events}, key = setting URN: under a
 * granted banding scenario the setting's annual top-up income (its EHCPs at their bands) falls.
 *
 * @param financialYear the year the new scheme applies from, e.g. 2026-27
 * @param changePercent the change as a % of income now (null when income now is nil)
 */
public record BandingScenarioEvent(UUID scenarioId, String settingUrn, String financialYear, int ehcps, BigDecimal incomeNow,
                                   BigDecimal incomeProposed, BigDecimal change, BigDecimal changePercent) {
}
