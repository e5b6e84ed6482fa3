package uk.send.funding.modelling.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The impact of a proposal over an LA: every setting (largest loss first), the LA's totals, and winners and
 * losers by setting type.
 *
 * @param rebanded EHCPs re-banded by a proposed matrix; {@code keptBand} those in a category with a proposed matrix that
 *                 keep their band (mapped) because their band agreement holds no matrix scores
 */
public record Impact(List<SettingImpact> settings, int ehcps, int unpriced, BigDecimal totalNow, BigDecimal totalProposed,
                     BigDecimal change, int adverselyAffected, List<TypeSummary> byType,
                     int rebanded, int keptBand) {

    /** Winners and losers among one type of setting. */
    public record TypeSummary(String settingType, int settings, int winners, int losers, int unchanged, BigDecimal totalNow,
                              BigDecimal totalProposed, BigDecimal change) {
    }
}
