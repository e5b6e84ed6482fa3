package uk.send.placement.forecast.domain;

import org.junit.jupiter.api.Test;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastModelTest {

    private static final int FIRST = 2018;
    private static final int BASE = 2025;
    private static final List<ChildYear> HISTORY = SyntheticLa.history(FIRST, 8, 1500, 7);

    private static Projection project(long seed, Scenario scenario) {
        return Forecast.project(HISTORY, new Population(), Map.of(Forecast.costKey(NeedType.ASD, SettingGroup.INDEPENDENT), new BigDecimal("52000.00")),
                BASE, new Forecast.Settings(5, 200, seed, scenario));
    }

    @Test
    void shouldRecoverTheKnownTransitionProbabilities() {
        TransitionModel m = TransitionModel.fit(HISTORY, new Population(), BASE);
        int special = SettingGroup.SPECIAL.ordinal();
        int independent = SettingGroup.INDEPENDENT.ordinal();
        assertThat(m.meanLeave(5, special)).isCloseTo(SyntheticLa.LEAVE, within(0.01));
        assertThat(m.meanLeave(5, independent)).isCloseTo(SyntheticLa.LEAVE, within(0.02));
        assertThat(m.meanLeave(11, special)).isGreaterThan(0.99);
        assertThat(m.meanMove(5, special)).isCloseTo(SyntheticLa.SPECIAL_TO_INDEPENDENT, within(0.01));
        assertThat(m.meanMove(5, independent)).isCloseTo(SyntheticLa.INDEPENDENT_TO_SPECIAL, within(0.02));
        assertThat(m.meanJoinRate(3)).isCloseTo(SyntheticLa.JOIN_RATE, within(0.001));
    }

    @Test
    void shouldGiveNoAllowedTransitionAZeroProbability() {
        TransitionModel m = TransitionModel.fit(HISTORY, new Population(), BASE);
        // Nobody was ever in post-16 or AP, nobody joined at NCY 15: the priors still allow it.
        assertThat(m.meanLeave(15, SettingGroup.POST_16.ordinal())).isGreaterThan(0).isLessThan(1);
        assertThat(m.meanMove(3, SettingGroup.ALTERNATIVE_PROVISION.ordinal())).isGreaterThan(0);
        assertThat(m.meanJoinRate(15)).isGreaterThan(0);
        for (int from = 0; from < StateSpace.S; from++) {
            for (int to = 0; to < StateSpace.S; to++) {
                assertThat(m.destAlpha[from][to] > 0).isEqualTo(from != to);
            }
        }
        for (double[] mix : m.mixAlpha) {
            for (double a : mix) {
                assertThat(a).isPositive();
            }
        }
    }

    @Test
    void shouldConvergeToTheKnownAnswer() {
        Projection p = project(42, Scenario.NONE);
        double[][] expected = SyntheticLa.expected(HISTORY, BASE, 5);
        for (int t = 1; t <= 5; t++) {
            int year = BASE + t;
            double special = p.cell(year, NeedType.ASD, SettingGroup.SPECIAL).orElseThrow().median();
            double independent = p.cell(year, NeedType.ASD, SettingGroup.INDEPENDENT).orElseThrow().median();
            assertThat(special).as("special %d", year).isCloseTo(expected[t][0], within(expected[t][0] * 0.02));
            assertThat(independent).as("independent %d", year).isCloseTo(expected[t][1], within(expected[t][1] * 0.03));
            Projection.Cell cell = p.cell(year, NeedType.ASD, SettingGroup.INDEPENDENT).orElseThrow();
            assertThat(cell.lower()).isLessThan(cell.median());
            assertThat(cell.upper()).isGreaterThan(cell.median());
            assertThat(cell.costMedian()).isEqualByComparingTo(new BigDecimal("52000.00").multiply(BigDecimal.valueOf(cell.median())).setScale(2, java.math.RoundingMode.HALF_UP));
        }
    }

    @Test
    void shouldGiveTheSameForecastForTheSameSeed() {
        Projection a = project(2026, Scenario.NONE);
        Projection b = project(2026, Scenario.NONE);
        Projection c = project(2027, Scenario.NONE);
        assertThat(a).isEqualTo(b);
        assertThat(a.cells()).isNotEqualTo(c.cells());
    }

    @Test
    void shouldApplyScenarioLeversFromTheirYear() {
        Projection base = project(5, Scenario.NONE);
        Scenario fewer = new Scenario(List.of(
                new Scenario.Lever(Scenario.Transition.MOVES_INTO, SettingGroup.INDEPENDENT, null, BASE + 3, 0.0),
                new Scenario.Lever(Scenario.Transition.JOINERS_INTO, SettingGroup.INDEPENDENT, null, BASE + 3, 0.0)),
                List.of(new Scenario.AddedPlaces(NeedType.ASD, SettingGroup.SPECIAL, BASE + 2, 164)), List.of());
        Projection levered = project(5, fewer);
        double before = base.cell(BASE + 2, NeedType.ASD, SettingGroup.INDEPENDENT).orElseThrow().median();
        assertThat(levered.cell(BASE + 2, NeedType.ASD, SettingGroup.INDEPENDENT).orElseThrow().median()).isEqualTo(before);
        assertThat(levered.cell(BASE + 5, NeedType.ASD, SettingGroup.INDEPENDENT).orElseThrow().median())
                .isLessThan(base.cell(BASE + 5, NeedType.ASD, SettingGroup.INDEPENDENT).orElseThrow().median() * 0.8);
        assertThat(fewer.addedBy(NeedType.ASD, SettingGroup.SPECIAL, BASE + 1)).isZero();
        assertThat(fewer.addedBy(NeedType.ASD, SettingGroup.SPECIAL, BASE + 2)).isEqualTo(164);

        Scenario closed = new Scenario(List.of(), List.of(), List.of(new Scenario.Removal(SettingGroup.INDEPENDENT, BASE + 1)));
        Projection noIndependent = project(5, closed);
        assertThat(noIndependent.cell(BASE + 1, NeedType.ASD, SettingGroup.INDEPENDENT).map(Projection.Cell::median).orElse(0.0)).isZero();
        // Nobody is lost: they moved to the settings still open.
        assertThat(noIndependent.totals().get(0).median()).isCloseTo(base.totals().get(0).median(), within(base.totals().get(0).median() * 0.02));
    }

    @Test
    void shouldBacktestWithASmallError() {
        List<Backtest.YearError> errors = Backtest.run(HISTORY, new Population(), 2022, 2025, 200, 11);
        assertThat(errors).hasSize(3);
        for (Backtest.YearError e : errors) {
            assertThat(Math.abs(e.totalErrorPct())).as("year %d", e.year()).isLessThan(3.0);
        }
    }

    @Test
    void shouldDrawBinomialsWithTheRightMeanAndSpread() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int[] np : new int[][]{{20, 10}, {1000, 2}, {1000, 40}, {10_000, 2}}) {
            int n = np[0];
            double p = np[1] / 100.0;
            double sum = 0;
            double sumSq = 0;
            int draws = 20_000;
            for (int i = 0; i < draws; i++) {
                int x = Sampling.binomial(rnd, n, p);
                assertThat(x).isBetween(0, n);
                sum += x;
                sumSq += (double) x * x;
            }
            double mean = sum / draws;
            double var = sumSq / draws - mean * mean;
            assertThat(mean).as("mean n=%d p=%f", n, p).isCloseTo(n * p, within(Math.max(0.05, n * p * 0.02)));
            assertThat(var).as("variance n=%d p=%f", n, p).isCloseTo(n * p * (1 - p), within(n * p * (1 - p) * 0.06));
        }
    }
}
