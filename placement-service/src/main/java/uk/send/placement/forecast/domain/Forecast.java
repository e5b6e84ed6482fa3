package uk.send.placement.forecast.domain;

import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static uk.send.placement.forecast.domain.StateSpace.N;
import static uk.send.placement.forecast.domain.StateSpace.S;

/**
 * The whole sufficiency forecast in one call: fit the model to the January snapshots, simulate from
 * the latest (or a backtest's) snapshot, summarise, and set demand against commissioned places.
 */
public final class Forecast {

    private Forecast() {
    }

    public record Settings(int horizon, int simulations, long seed, Scenario scenario) {
        public Settings {
            if (horizon < 1 || horizon > 15) {
                throw new IllegalArgumentException("horizon must be 1 to 15 years");
            }
            if (simulations < 10 || simulations > 10_000) {
                throw new IllegalArgumentException("simulations must be 10 to 10,000");
            }
        }
    }

    /** Counts per state in the snapshot of {@code year}. */
    public static int[] snapshot(List<ChildYear> history, int year) {
        int[] counts = new int[StateSpace.STATES];
        for (ChildYear c : history) {
            if (c.year() == year && StateSpace.validNcy(c.ncy())) {
                counts[StateSpace.index(c.ncy(), c.need().ordinal(), c.setting().ordinal())]++;
            }
        }
        return counts;
    }

    /** Counts per (need, setting) in the snapshot of {@code year}. */
    public static int[] byNeedSetting(List<ChildYear> history, int year) {
        int[] counts = new int[N * S];
        for (ChildYear c : history) {
            if (c.year() == year && StateSpace.validNcy(c.ncy())) {
                counts[c.need().ordinal() * S + c.setting().ordinal()]++;
            }
        }
        return counts;
    }

    /** Fits to years up to {@code baseYear} and projects {@code settings.horizon()} years beyond it. */
    public static Projection project(List<ChildYear> history, Population population, Map<String, BigDecimal> costTable, int baseYear,
                                     Settings settings) {
        TransitionModel model = TransitionModel.fit(history, population, baseYear);
        int[][] sims = Simulator.run(model, snapshot(history, baseYear), baseYear, settings.horizon(), settings.simulations(), settings.seed(),
                population, settings.scenario());
        BigDecimal[] cost = new BigDecimal[N * S];
        for (int cell = 0; cell < N * S; cell++) {
            cost[cell] = costTable.get(costKey(StateSpace.NEEDS[cell / S], StateSpace.SETTINGS[cell % S]));
        }
        return Projection.summarise(sims, byNeedSetting(history, baseYear), baseYear, settings.horizon(), settings.seed(), cost);
    }

    public static String costKey(NeedType need, SettingGroup setting) {
        return need.name() + "|" + setting.name();
    }

    /** Demand against supply for one (year, need, setting): a positive gap is a shortfall of places. */
    public record Gap(int year, NeedType need, SettingGroup setting, double demandMedian, double demandUpper, int places, double gap) {
    }

    /**
     * The sufficiency gap: median demand less places commissioned, for every projected cell. Places for
     * a January of {@code year} are those of the academic year that began the September before.
     *
     * @param places commissioned places per (academic start year, need, setting), rolled forward by the caller
     */
    public static List<Gap> gaps(Projection p, PlaceSupply places, Scenario scenario) {
        List<Gap> gaps = new ArrayList<>();
        for (Projection.Cell c : p.cells()) {
            int supply = places.at(c.year() - 1, c.need(), c.setting()) + scenario.addedBy(c.need(), c.setting(), c.year());
            gaps.add(new Gap(c.year(), c.need(), c.setting(), c.median(), c.upper(), supply, c.median() - supply));
        }
        return gaps;
    }

    /** Commissioned places per academic year, need and setting; a year after the last known keeps the last known number. */
    public interface PlaceSupply {
        int at(int academicStartYear, NeedType need, SettingGroup setting);
    }
}
