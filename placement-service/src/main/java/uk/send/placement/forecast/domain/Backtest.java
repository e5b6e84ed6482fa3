package uk.send.placement.forecast.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static uk.send.placement.forecast.domain.StateSpace.N;
import static uk.send.placement.forecast.domain.StateSpace.S;

/**
 * A walk-forward backtest: fit to the snapshots up to {@code fitUpTo}, project the years after it that
 * the history holds, and compare with what happened: per year, the total's error and, over the
 * (need, setting) cells with anyone in them, the mean absolute error and how many actual counts fell
 * inside the 95% interval.
 */
public final class Backtest {

    private Backtest() {
    }

    public record YearError(int year, int actualTotal, double medianTotal, double totalErrorPct, double meanAbsoluteError,
                            double intervalCoverage) {
    }

    public static List<YearError> run(List<ChildYear> history, Population population, int fitUpTo, int lastYear, int simulations, long seed) {
        int horizon = lastYear - fitUpTo;
        if (horizon < 1) {
            throw new IllegalArgumentException("a backtest needs at least one year after the fitted ones");
        }
        Projection p = Forecast.project(history, population, Map.of(), fitUpTo, new Forecast.Settings(horizon, simulations, seed, Scenario.NONE));
        List<YearError> errors = new ArrayList<>();
        for (Projection.YearTotal total : p.totals()) {
            int[] actual = Forecast.byNeedSetting(history, total.year());
            int actualTotal = 0;
            for (int v : actual) {
                actualTotal += v;
            }
            double absError = 0;
            int cells = 0;
            int inside = 0;
            for (int cell = 0; cell < N * S; cell++) {
                var projected = p.cell(total.year(), StateSpace.NEEDS[cell / S], StateSpace.SETTINGS[cell % S]);
                if (actual[cell] == 0 && projected.isEmpty()) {
                    continue;
                }
                double median = projected.map(Projection.Cell::median).orElse(0.0);
                double lower = projected.map(Projection.Cell::lower).orElse(0.0);
                double upper = projected.map(Projection.Cell::upper).orElse(0.0);
                absError += Math.abs(median - actual[cell]);
                cells++;
                if (actual[cell] >= lower && actual[cell] <= upper) {
                    inside++;
                }
            }
            double pct = actualTotal == 0 ? 0 : 100.0 * (total.median() - actualTotal) / actualTotal;
            errors.add(new YearError(total.year(), actualTotal, total.median(), round(pct), round(cells == 0 ? 0 : absError / cells),
                    round(cells == 0 ? 1 : (double) inside / cells)));
        }
        return errors;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
