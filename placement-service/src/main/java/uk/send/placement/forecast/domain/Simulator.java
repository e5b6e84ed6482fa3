package uk.send.placement.forecast.domain;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static uk.send.placement.forecast.domain.StateSpace.AGES;
import static uk.send.placement.forecast.domain.StateSpace.N;
import static uk.send.placement.forecast.domain.StateSpace.NCY_MAX;
import static uk.send.placement.forecast.domain.StateSpace.NCY_MIN;
import static uk.send.placement.forecast.domain.StateSpace.S;
import static uk.send.placement.forecast.domain.StateSpace.STATES;

/**
 * Runs the seeded simulations of a fitted {@link TransitionModel}. Each simulation draws its own
 * parameters from the posterior (so the interval carries the uncertainty of thin counts), then steps
 * the counts per state forward a year at a time with binomial and multinomial draws, never child by
 * child. Each simulation has its own {@link SplittableRandom} split from the seed in simulation order,
 * so the result is the same for the same seed whatever the number of threads.
 */
public final class Simulator {

    private Simulator() {
    }

    /**
     * @param start      counts per state in the January snapshot of {@code baseYear} ({@link StateSpace#index})
     * @param population background population, for joiners
     * @return per simulation, per projected year (1..horizon), counts per (need, setting): {@code [sim][(t-1) * N * S + need * S + setting]}
     */
    public static int[][] run(TransitionModel model, int[] start, int baseYear, int horizon, int simulations, long seed,
                              Population population, Scenario scenario) {
        if (start.length != STATES) {
            throw new IllegalArgumentException("start must hold " + STATES + " states");
        }
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rngs = new SplittableRandom[simulations];
        for (int i = 0; i < simulations; i++) {
            rngs[i] = root.split();
        }
        double[][] pop = new double[horizon][AGES];
        for (int t = 0; t < horizon; t++) {
            for (int a = 0; a < AGES; a++) {
                pop[t][a] = population.at(baseYear + t + 1, a + NCY_MIN);
            }
        }
        int[][] out = new int[simulations][horizon * N * S];
        IntStream.range(0, simulations).parallel().forEach(sim ->
                simulate(model, start, baseYear, horizon, pop, scenario, rngs[sim], out[sim]));
        return out;
    }

    private static void simulate(TransitionModel m, int[] start, int baseYear, int horizon, double[][] pop, Scenario scenario,
                                 SplittableRandom rnd, int[] out) {
        // This simulation's parameters, drawn once from the posterior.
        double[] pLeave = new double[AGES * S];
        double[] pMove = new double[AGES * S];
        for (int i = 0; i < AGES * S; i++) {
            pLeave[i] = Sampling.beta(rnd, m.leaveA[i], m.leaveB[i]);
            pMove[i] = Sampling.beta(rnd, m.moveA[i], m.moveB[i]);
        }
        double[][] dest = new double[S][S];
        for (int s = 0; s < S; s++) {
            Sampling.dirichlet(rnd, m.destAlpha[s], dest[s]);
        }
        double[] joinRate = new double[AGES];
        for (int a = 0; a < AGES; a++) {
            joinRate[a] = Sampling.beta(rnd, m.joinA[a], m.joinB[a]);
        }
        // Where joiners of an NCY go is drawn the first time anyone joins at that NCY: most NCYs (under 0,
        // over 14) rarely see a joiner, and drawing 70 gammas for each would be most of a simulation's work.
        double[][] mix = new double[AGES][];

        int[] counts = start.clone();
        int[] next = new int[STATES];
        double[] outcome = new double[S];
        int[] drawn = new int[S];
        double[] joinP = new double[N * S];
        int[] joined = new int[N * S];
        for (int t = 1; t <= horizon; t++) {
            int year = baseYear + t;
            java.util.Arrays.fill(next, 0);
            for (int state = 0; state < STATES; state++) {
                int c = counts[state];
                if (c == 0) {
                    continue;
                }
                int ncy = StateSpace.ncyOf(state);
                if (ncy == NCY_MAX) {
                    continue;
                }
                int need = StateSpace.needOf(state);
                int s = StateSpace.settingOf(state);
                int i = (ncy - NCY_MIN) * S + s;
                double leave = Math.min(1, pLeave[i] * scenario.factor(Scenario.Transition.LEAVERS_FROM, year, need, s));
                int stay = c - Sampling.binomial(rnd, c, leave);
                if (stay == 0) {
                    continue;
                }
                boolean closed = scenario.removed(s, year);
                // Outcomes of a stayer: index s = stay in the setting, any other = move there.
                double moveMass = 0;
                for (int d = 0; d < S; d++) {
                    if (d == s || scenario.removed(d, year)) {
                        outcome[d] = 0;
                        continue;
                    }
                    outcome[d] = (closed ? 1 : pMove[i]) * dest[s][d] * scenario.factor(Scenario.Transition.MOVES_INTO, year, need, d);
                    moveMass += outcome[d];
                }
                if (closed || moveMass > 1) {
                    for (int d = 0; d < S; d++) {
                        outcome[d] = moveMass > 0 ? outcome[d] / moveMass : 0;
                    }
                    outcome[s] = 0;
                } else {
                    outcome[s] = 1 - moveMass;
                }
                Sampling.multinomial(rnd, stay, outcome, drawn);
                int base = StateSpace.index(ncy + 1, need, 0);
                for (int d = 0; d < S; d++) {
                    next[base + d] += drawn[d];
                }
            }
            for (int a = 0; a < AGES; a++) {
                int people = (int) Math.round(pop[t - 1][a]);
                int j = Sampling.binomial(rnd, people, joinRate[a]);
                if (j == 0) {
                    continue;
                }
                if (mix[a] == null) {
                    mix[a] = new double[N * S];
                    Sampling.dirichlet(rnd, m.mixAlpha[a], mix[a]);
                }
                double mass = 0;
                for (int cell = 0; cell < N * S; cell++) {
                    int need = cell / S;
                    int s = cell % S;
                    joinP[cell] = scenario.removed(s, year) ? 0 : mix[a][cell] * scenario.factor(Scenario.Transition.JOINERS_INTO, year, need, s);
                    mass += joinP[cell];
                }
                if (mass <= 0) {
                    continue;
                }
                for (int cell = 0; cell < N * S; cell++) {
                    joinP[cell] /= mass;
                }
                Sampling.multinomial(rnd, j, joinP, joined);
                int base = a * N * S;
                for (int cell = 0; cell < N * S; cell++) {
                    next[base + cell] += joined[cell];
                }
            }
            int[] swap = counts;
            counts = next;
            next = swap;
            int offset = (t - 1) * N * S;
            for (int state = 0; state < STATES; state++) {
                out[offset + state % (N * S)] += counts[state];
            }
        }
    }
}
