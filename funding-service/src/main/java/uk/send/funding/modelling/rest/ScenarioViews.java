package uk.send.funding.modelling.rest;

import uk.send.funding.modelling.domain.Impact;
import uk.send.funding.modelling.domain.Protection;
import uk.send.funding.modelling.domain.Scenario;
import uk.send.funding.modelling.domain.SettingImpact;
import uk.send.funding.modelling.service.ModellingService;
import uk.send.platform.rest.Page;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the banding scenario endpoints answer. */
public final class ScenarioViews {

    private ScenarioViews() {
    }

    /** A saved scenario (without its model). */
    public record ScenarioHeader(UUID id, String name, String financialYear, LocalDate asAt, String status, String createdBy,
                                 Instant createdAt, String grantedBy, Instant grantedAt, long rowVersion) {
        static ScenarioHeader of(Scenario s) {
            return new ScenarioHeader(s.id(), s.name(), s.financialYear().label(), s.asAt(), s.status().name(), s.createdBy(), s.createdAt(),
                    s.grantedBy(), s.grantedAt(), s.version());
        }
    }

    public record ScenarioPage(List<ScenarioHeader> items, int page, int size, long totalItems, int totalPages) {
    }

    /** A protection year's totals. */
    public record ProtectionYear(String financialYear, BigDecimal floorCost, BigDecimal capRaised, BigDecimal netCost,
                                 int protectedSettings, int cappedSettings) {
    }

    /**
     * A scenario with its LA totals, winners and losers by setting type, and its protection's cost; with a proposed
     * matrix, how many EHCPs it re-banded and how many kept their band for want of matrix scores.
     */
    public record ScenarioView(ScenarioHeader scenario, int settings, int ehcps, int unpricedEhcps, BigDecimal totalNow,
                               BigDecimal totalProposed, BigDecimal change, BigDecimal changePercent, int adverselyAffected,
                               List<Impact.TypeSummary> bySettingType, List<ProtectionYear> protection,
                               int rebandedByMatrix, int keptBandWithoutScores) {
        static ScenarioView of(ModellingService.Modelled m) {
            Impact i = m.impact();
            Scenario s = m.scenario();
            List<ProtectionYear> protection = m.protection() == null ? List.of() : List.of(
                    year(s.financialYear().label(), m.protection().year1()), year(s.financialYear().next().label(), m.protection().year2()));
            return new ScenarioView(ScenarioHeader.of(s), i.settings().size(), i.ehcps(), i.unpriced(), i.totalNow(), i.totalProposed(),
                    i.change(), uk.send.funding.modelling.domain.ImpactModel.percent(i.change(), i.totalNow()), i.adverselyAffected(),
                    i.byType(), protection, i.rebanded(), i.keptBand());
        }

        private static ProtectionYear year(String label, Protection.Year y) {
            return new ProtectionYear(label, y.floorCost(), y.capRaised(), y.netCost(), y.protectedSettings(), y.cappedSettings());
        }
    }

    /** Scenarios side by side. */
    public record ComparisonView(List<ScenarioView> scenarios) {
    }

    /** What granting wrote. */
    public record GrantView(ScenarioView scenario, int protectionLinesWritten, int adverselyAffectedPublished) {
    }

    /** One setting's impact and protection. */
    public record SettingRow(String settingUrn, String settingType, int ehcps, BigDecimal incomeNow, BigDecimal incomeProposed,
                             BigDecimal change, BigDecimal changePercent, boolean adverselyAffected, int unpricedEhcps,
                             BigDecimal year1Protection, BigDecimal year1CapDeduction, BigDecimal year2Protection, BigDecimal year2CapDeduction) {
        static SettingRow of(SettingImpact s, Protection.SettingProtection p) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new SettingRow(s.settingUrn(), s.settingType(), s.ehcps(), s.incomeNow(), s.incomeProposed(), s.change(), s.changePercent(),
                    s.adverselyAffected(), s.unpriced(), p == null ? zero : p.year1Protection(), p == null ? zero : p.year1CapDeduction(),
                    p == null ? zero : p.year2Protection(), p == null ? zero : p.year2CapDeduction());
        }

        static final List<String> HEADER = List.of("setting_urn", "setting_type", "ehcps", "income_now", "income_proposed", "change",
                "change_percent", "adversely_affected", "unpriced_ehcps", "year1_protection", "year1_cap_deduction", "year2_protection",
                "year2_cap_deduction");

        List<Object> cells() {
            return java.util.Arrays.asList(settingUrn, settingType, ehcps, incomeNow, incomeProposed, change, changePercent,
                    adverselyAffected ? "yes" : "no", unpricedEhcps, year1Protection, year1CapDeduction, year2Protection, year2CapDeduction);
        }
    }

    public record SettingPage(List<SettingRow> items, int page, int size, long totalItems, int totalPages) {
        static SettingPage of(Page<SettingRow> p) {
            return new SettingPage(p.items(), p.page(), p.size(), p.totalItems(), p.totalPages());
        }
    }
}
