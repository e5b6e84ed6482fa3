package uk.send.funding.modelling.domain;

import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The protection a policy gives over an impact: per setting and year, the protection payment that lifts a loser
 * to its floor and the deduction that caps a gainer's gain; per year, what the floors cost and the cap raises.
 *
 * <p>Floor: income now × (1 − max loss %), rounded to the penny by {@link Money#toPenny}; a setting proposed below
 * it is paid the difference. Cap: the year's floor cost (or all the gains, if less) is taken from the gainers in
 * proportion to their gains; each deduction is rounded down to the penny and the pennies left over go to the
 * largest remainders (ties by URN), so the deductions add up to the floor cost exactly and no gainer loses more
 * than its gain.
 */
public record Protection(ProtectionPolicy policy, List<SettingProtection> settings, Year year1, Year year2) {

    /** One setting's protection payment and gains-cap deduction in each of the two years (annual amounts). */
    public record SettingProtection(String settingUrn, String settingType, BigDecimal change, BigDecimal year1Protection,
                                    BigDecimal year1CapDeduction, BigDecimal year2Protection, BigDecimal year2CapDeduction) {
    }

    /** A year's totals: the floors' cost, what the cap raises, and the net cost to the high needs block. */
    public record Year(BigDecimal floorCost, BigDecimal capRaised, BigDecimal netCost, int protectedSettings, int cappedSettings) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Protection of(Impact impact, ProtectionPolicy policy) {
        List<SettingImpact> s = impact.settings();
        BigDecimal[] p1 = floors(s, policy.year1MaxLossPercent());
        BigDecimal[] p2 = floors(s, policy.year2MaxLossPercent());
        BigDecimal[] c1 = policy.capGains() ? cap(s, sum(p1)) : zeros(s.size());
        BigDecimal[] c2 = policy.capGains() ? cap(s, sum(p2)) : zeros(s.size());
        List<SettingProtection> rows = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (p1[i].signum() != 0 || p2[i].signum() != 0 || c1[i].signum() != 0 || c2[i].signum() != 0) {
                rows.add(new SettingProtection(s.get(i).settingUrn(), s.get(i).settingType(), s.get(i).change(), p1[i], c1[i], p2[i], c2[i]));
            }
        }
        return new Protection(policy, List.copyOf(rows), year(p1, c1), year(p2, c2));
    }

    private static BigDecimal[] floors(List<SettingImpact> s, BigDecimal maxLossPercent) {
        BigDecimal keep = BigDecimal.ONE.subtract(maxLossPercent.divide(HUNDRED));
        BigDecimal[] out = new BigDecimal[s.size()];
        for (int i = 0; i < out.length; i++) {
            SettingImpact x = s.get(i);
            BigDecimal floor = Money.toPenny(x.incomeNow().multiply(keep));
            BigDecimal gap = floor.subtract(x.incomeProposed());
            out[i] = x.adverselyAffected() && gap.signum() > 0 ? gap : Money.ZERO;
        }
        return out;
    }

    /** Takes {@code needed} (or all the gains, if less) from the gainers in proportion to their gains, to the penny. */
    private static BigDecimal[] cap(List<SettingImpact> s, BigDecimal needed) {
        BigDecimal[] out = zeros(s.size());
        BigDecimal gains = Money.ZERO;
        for (SettingImpact x : s) {
            gains = gains.add(x.change().max(BigDecimal.ZERO));
        }
        BigDecimal raise = needed.min(gains);
        if (raise.signum() == 0) {
            return out;
        }
        BigDecimal[] remainders = new BigDecimal[s.size()];
        BigDecimal taken = Money.ZERO;
        for (int i = 0; i < out.length; i++) {
            BigDecimal gain = s.get(i).change();
            if (gain.signum() <= 0) {
                continue;
            }
            BigDecimal exact = gain.multiply(raise).divide(gains, 10, RoundingMode.DOWN);
            out[i] = exact.setScale(Money.SCALE, RoundingMode.DOWN);
            remainders[i] = exact.subtract(out[i]);
            taken = taken.add(out[i]);
        }
        int pennies = raise.subtract(taken).movePointRight(Money.SCALE).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            if (remainders[i] != null) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> s.get(i).settingUrn()));
        for (int k = 0; k < pennies; k++) {
            int i = order.get(k % order.size());
            out[i] = out[i].add(new BigDecimal("0.01"));
        }
        return out;
    }

    private static Year year(BigDecimal[] protection, BigDecimal[] cap) {
        BigDecimal cost = sum(protection);
        BigDecimal raised = sum(cap);
        return new Year(cost, raised, cost.subtract(raised), count(protection), count(cap));
    }

    private static BigDecimal sum(BigDecimal[] xs) {
        BigDecimal total = Money.ZERO;
        for (BigDecimal x : xs) {
            total = total.add(x);
        }
        return total;
    }

    private static int count(BigDecimal[] xs) {
        int n = 0;
        for (BigDecimal x : xs) {
            n += x.signum() != 0 ? 1 : 0;
        }
        return n;
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] out = new BigDecimal[n];
        java.util.Arrays.fill(out, Money.ZERO);
        return out;
    }
}
