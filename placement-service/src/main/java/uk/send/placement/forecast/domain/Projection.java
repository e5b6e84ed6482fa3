package uk.send.placement.forecast.domain;

import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;
import uk.send.placement.shared.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static uk.send.placement.forecast.domain.StateSpace.N;
import static uk.send.placement.forecast.domain.StateSpace.S;

/**
 * What the simulations say, per projected year, need and setting group: the median and the 95% interval
 * (2.5th and 97.5th percentiles, linear between order statistics), and their cost from the LA's cost
 * table (count × annual cost per need and setting); per year, the same for the total.
 */
public record Projection(int baseYear, int horizon, int simulations, long seed, List<Cell> cells, List<YearTotal> totals) {

    /** Count and cost of one (year, need, setting); cost fields are null where the cost table has no figure. */
    public record Cell(int year, NeedType need, SettingGroup setting, int actualBase, double median, double lower, double upper,
                       BigDecimal costMedian, BigDecimal costLower, BigDecimal costUpper) {
    }

    public record YearTotal(int year, double median, double lower, double upper, BigDecimal costMedian, BigDecimal costLower,
                            BigDecimal costUpper) {
    }

    /**
     * @param sims      {@link Simulator#run} output
     * @param baseCount counts per (need, setting) in the base snapshot
     * @param cost      annual cost per (need * S + setting), null where unknown
     */
    public static Projection summarise(int[][] sims, int[] baseCount, int baseYear, int horizon, long seed, BigDecimal[] cost) {
        int n = sims.length;
        List<Cell> cells = new ArrayList<>();
        List<YearTotal> totals = new ArrayList<>();
        double[] column = new double[n];
        double[] totalCount = new double[n];
        double[] totalCost = new double[n];
        for (int t = 1; t <= horizon; t++) {
            Arrays.fill(totalCount, 0);
            Arrays.fill(totalCost, 0);
            int offset = (t - 1) * N * S;
            for (int cell = 0; cell < N * S; cell++) {
                boolean any = baseCount[cell] > 0;
                for (int i = 0; i < n; i++) {
                    column[i] = sims[i][offset + cell];
                    any |= column[i] > 0;
                    totalCount[i] += column[i];
                    if (cost[cell] != null) {
                        totalCost[i] += column[i] * cost[cell].doubleValue();
                    }
                }
                if (!any) {
                    continue;
                }
                Arrays.sort(column);
                double med = quantile(column, 0.5);
                double lo = quantile(column, 0.025);
                double hi = quantile(column, 0.975);
                BigDecimal c = cost[cell];
                cells.add(new Cell(baseYear + t, StateSpace.NEEDS[cell / S], StateSpace.SETTINGS[cell % S], baseCount[cell], med, lo, hi,
                        c == null ? null : money(c, med), c == null ? null : money(c, lo), c == null ? null : money(c, hi)));
            }
            Arrays.sort(totalCount);
            Arrays.sort(totalCost);
            totals.add(new YearTotal(baseYear + t, quantile(totalCount, 0.5), quantile(totalCount, 0.025), quantile(totalCount, 0.975),
                    Money.toPenny(BigDecimal.valueOf(quantile(totalCost, 0.5))), Money.toPenny(BigDecimal.valueOf(quantile(totalCost, 0.025))),
                    Money.toPenny(BigDecimal.valueOf(quantile(totalCost, 0.975)))));
        }
        return new Projection(baseYear, horizon, n, seed, cells, totals);
    }

    private static BigDecimal money(BigDecimal annualCost, double count) {
        return Money.toPenny(annualCost.multiply(BigDecimal.valueOf(count)));
    }

    /** The q-quantile of sorted values, linear between order statistics (R's type 7). */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The cell of a year, need and setting, if any simulation or the base had anyone there. */
    public java.util.Optional<Cell> cell(int year, NeedType need, SettingGroup setting) {
        return cells.stream().filter(c -> c.year() == year && c.need() == need && c.setting() == setting).findFirst();
    }
}
