package uk.send.funding.modelling.domain;

import java.math.BigDecimal;

/**
 * One setting's annual top-up income now and under a proposal.
 *
 * @param changePercent the change as a % of income now, to 2 places half-up; null when income now is nil
 * @param unpriced      EHCPs at the setting that could not be priced now or under the proposal (no band agreed,
 *                      or the band has no value); they count in neither figure
 * @param rebanded      EHCPs re-banded by a proposed matrix (their band agreement holds matrix scores)
 * @param keptBand      EHCPs in a category with a proposed matrix that keep their band (mapped) for want of scores
 */
public record SettingImpact(String settingUrn, String settingType, int ehcps, BigDecimal incomeNow, BigDecimal incomeProposed,
                            BigDecimal change, BigDecimal changePercent, boolean adverselyAffected, int unpriced,
                            int rebanded, int keptBand) {
}
