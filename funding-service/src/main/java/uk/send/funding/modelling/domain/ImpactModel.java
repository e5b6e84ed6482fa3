package uk.send.funding.modelling.domain;

import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a proposal over an LA's positions: each setting's annual top-up income now (its EHCPs at their current
 * band's value in the scheme in force) and under the proposal (each EHCP's band mapped, priced by the proposed
 * scheme, or re-banded by a proposed needs matrix where the EHCP's band agreement holds matrix scores), the change in £ and %, and whether the setting is adversely affected (it would receive less). Values
 * are whole-year (the run rate of the positions on the model's date), exact to the penny: each is a band value
 * (already pence) × a count, so no rounding happens here except the percentage.
 */
public final class ImpactModel {

    private ImpactModel() {
    }

    public static Impact run(List<Position> positions, PriceTable prices) {
        Map<String, List<Position>> bySetting = new TreeMap<>();
        for (Position p : positions) {
            bySetting.computeIfAbsent(p.settingUrn(), k -> new ArrayList<>(4)).add(p);
        }
        List<SettingImpact> settings = new ArrayList<>(bySetting.size());
        for (List<Position> at : bySetting.values()) {
            settings.add(setting(at, prices));
        }
        settings.sort(Comparator.comparing(SettingImpact::change).thenComparing(SettingImpact::settingUrn));
        return summarise(settings);
    }

    private static SettingImpact setting(List<Position> at, PriceTable prices) {
        String type = at.get(0).settingType();
        FundingCategory category = FundingCategory.ofSettingType(type);
        BigDecimal now = Money.ZERO;
        BigDecimal proposed = Money.ZERO;
        int ehcps = 0;
        int unpriced = 0;
        int rebanded = 0;
        int kept = 0;
        boolean matrix = prices.hasMatrix(category);
        for (Position p : at) {
            ehcps += p.ehcps();
            boolean byMatrix = prices.rebands(category, p.needsLevels());
            rebanded += byMatrix ? p.ehcps() : 0;
            kept += matrix && !byMatrix ? p.ehcps() : 0;
            BigDecimal n = p.bandCode() == null ? null : prices.now(category, p.bandCode());
            BigDecimal q = p.bandCode() == null ? null
                    : byMatrix ? prices.proposedByMatrix(category, p.needsLevels()) : prices.proposed(category, p.bandCode());
            if (n == null || q == null) {
                unpriced += p.ehcps();
                continue;
            }
            BigDecimal count = BigDecimal.valueOf(p.ehcps());
            now = now.add(n.multiply(count));
            proposed = proposed.add(q.multiply(count));
        }
        BigDecimal change = proposed.subtract(now);
        return new SettingImpact(at.get(0).settingUrn(), type, ehcps, now, proposed, change, percent(change, now),
                change.signum() < 0, unpriced, rebanded, kept);
    }

    /** {@code part} as a percentage of {@code whole}, 2 places half-up; null when {@code whole} is nil. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.movePointRight(2).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static Impact summarise(List<SettingImpact> settings) {
        BigDecimal now = Money.ZERO;
        BigDecimal proposed = Money.ZERO;
        int ehcps = 0;
        int unpriced = 0;
        int adverse = 0;
        int rebanded = 0;
        int kept = 0;
        Map<String, Object[]> types = new LinkedHashMap<>();
        for (SettingImpact s : settings) {
            now = now.add(s.incomeNow());
            proposed = proposed.add(s.incomeProposed());
            ehcps += s.ehcps();
            unpriced += s.unpriced();
            adverse += s.adverselyAffected() ? 1 : 0;
            rebanded += s.rebanded();
            kept += s.keptBand();
            Object[] t = types.computeIfAbsent(s.settingType(), k -> new Object[]{0, 0, 0, 0, Money.ZERO, Money.ZERO});
            t[0] = (int) t[0] + 1;
            int sign = s.change().signum();
            int slot = sign > 0 ? 1 : sign < 0 ? 2 : 3;
            t[slot] = (int) t[slot] + 1;
            t[4] = ((BigDecimal) t[4]).add(s.incomeNow());
            t[5] = ((BigDecimal) t[5]).add(s.incomeProposed());
        }
        List<Impact.TypeSummary> byType = types.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            Object[] t = e.getValue();
            return new Impact.TypeSummary(e.getKey(), (int) t[0], (int) t[1], (int) t[2], (int) t[3], (BigDecimal) t[4],
                    (BigDecimal) t[5], ((BigDecimal) t[5]).subtract((BigDecimal) t[4]));
        }).toList();
        return new Impact(List.copyOf(settings), ehcps, unpriced, now, proposed, proposed.subtract(now), adverse, byType, rebanded, kept);
    }
}
