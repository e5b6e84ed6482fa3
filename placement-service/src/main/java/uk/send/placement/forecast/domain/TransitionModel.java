package uk.send.placement.forecast.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static uk.send.placement.forecast.domain.StateSpace.AGES;
import static uk.send.placement.forecast.domain.StateSpace.N;
import static uk.send.placement.forecast.domain.StateSpace.NCY_MIN;
import static uk.send.placement.forecast.domain.StateSpace.S;

/**
 * The Markov model's posterior, fitted from consecutive January snapshots as MastodonC's witan.send
 * does: each year every child moves up one NCY and either leaves, stays in their setting group or moves
 * to another; others join. Need type is kept (SEN2 ranks it; a change of primary need is rare and
 * would split already thin counts). Rates are counted from year-to-year transitions and given
 * Beta / Dirichlet priors, so that no allowed transition has probability zero:
 * <ul>
 *   <li>leaving, per (NCY, setting): Beta(0.5 + p̄, 0.5 + 1 − p̄) prior, p̄ the setting's rate over all
 *       NCYs (one pseudo-observation at the pooled rate, plus Jeffreys' half);</li>
 *   <li>moving setting among those who stay, per (NCY, setting): the same form;</li>
 *   <li>the destination of a move, per setting: Dirichlet with one pseudo-observation spread evenly
 *       over the other settings, plus the counted moves (pooled over NCY: moves are few);</li>
 *   <li>joining, per NCY: a rate of the background population, Beta(0.5 + joiners, 0.5 + population −
 *       joiners) summed over the history;</li>
 *   <li>where joiners go, per NCY: Dirichlet over (need, setting) with one pseudo-observation spread by
 *       the all-NCY joiner mix, and a floor of 1/(N·S) per cell, plus the counted joiners.</li>
 * </ul>
 */
public final class TransitionModel {

    final double[] leaveA = new double[AGES * S];
    final double[] leaveB = new double[AGES * S];
    final double[] moveA = new double[AGES * S];
    final double[] moveB = new double[AGES * S];
    /** [from setting][to setting]; zero on the diagonal. */
    final double[][] destAlpha = new double[S][S];
    final double[] joinA = new double[AGES];
    final double[] joinB = new double[AGES];
    /** [ncy][need * S + setting]. */
    final double[][] mixAlpha = new double[AGES][N * S];
    /** Observed counts, kept for reports and tests. */
    final long[] leavers = new long[AGES * S];
    final long[] stayers = new long[AGES * S];
    final long[] movers = new long[AGES * S];
    final int firstYear;
    final int lastYear;

    private TransitionModel(int firstYear, int lastYear) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** Posterior mean probability of leaving at the step out of (ncy, setting). */
    public double meanLeave(int ncy, int setting) {
        int i = (ncy - NCY_MIN) * S + setting;
        return leaveA[i] / (leaveA[i] + leaveB[i]);
    }

    /** Posterior mean probability of moving setting at the step, for a child who stays. */
    public double meanMove(int ncy, int setting) {
        int i = (ncy - NCY_MIN) * S + setting;
        return moveA[i] / (moveA[i] + moveB[i]);
    }

    /** Posterior mean joining rate per head of population at {@code ncy}. */
    public double meanJoinRate(int ncy) {
        int a = ncy - NCY_MIN;
        return joinA[a] / (joinA[a] + joinB[a]);
    }

    /**
     * Fits the model to the snapshots of years up to and including {@code upToYear} (a backtest fits to fewer).
     *
     * @param population people of each NCY in each calendar year (background population); see {@link Population}
     */
    public static TransitionModel fit(List<ChildYear> history, Population population, int upToYear) {
        TreeMap<Integer, Map<String, ChildYear>> byYear = new TreeMap<>();
        for (ChildYear c : history) {
            if (c.year() <= upToYear && StateSpace.validNcy(c.ncy())) {
                byYear.computeIfAbsent(c.year(), y -> new HashMap<>()).put(c.child(), c);
            }
        }
        if (byYear.size() < 2) {
            throw new IllegalArgumentException("A forecast needs at least two January snapshots of placements; found " + byYear.size());
        }
        TransitionModel m = new TransitionModel(byYear.firstKey(), byYear.lastKey());
        long[][] dest = new long[S][S];
        long[] joiners = new long[AGES];
        double[] exposure = new double[AGES];
        long[][] mix = new long[AGES][N * S];
        long[] mixAll = new long[N * S];
        List<Integer> years = new ArrayList<>(byYear.keySet());
        for (int k = 0; k + 1 < years.size(); k++) {
            int y = years.get(k);
            int next = years.get(k + 1);
            if (next != y + 1) {
                continue;
            }
            Map<String, ChildYear> now = byYear.get(y);
            Map<String, ChildYear> then = byYear.get(next);
            for (ChildYear c : now.values()) {
                int i = (c.ncy() - NCY_MIN) * S + c.setting().ordinal();
                ChildYear d = then.get(c.child());
                if (d == null) {
                    m.leavers[i]++;
                } else {
                    m.stayers[i]++;
                    if (d.setting() != c.setting()) {
                        m.movers[i]++;
                        dest[c.setting().ordinal()][d.setting().ordinal()]++;
                    }
                }
            }
            for (ChildYear d : then.values()) {
                if (!now.containsKey(d.child())) {
                    int a = d.ncy() - NCY_MIN;
                    joiners[a]++;
                    int cell = d.need().ordinal() * S + d.setting().ordinal();
                    mix[a][cell]++;
                    mixAll[cell]++;
                }
            }
            for (int a = 0; a < AGES; a++) {
                exposure[a] += population.at(next, a + NCY_MIN);
            }
        }
        for (int s = 0; s < S; s++) {
            long leave = 0;
            long stay = 0;
            long move = 0;
            for (int a = 0; a < AGES; a++) {
                int i = a * S + s;
                leave += m.leavers[i];
                stay += m.stayers[i];
                move += m.movers[i];
            }
            double pLeave = leave + stay == 0 ? 0.5 : (double) leave / (leave + stay);
            double pMove = stay == 0 ? 0.5 : (double) move / stay;
            for (int a = 0; a < AGES; a++) {
                int i = a * S + s;
                m.leaveA[i] = 0.5 + pLeave + m.leavers[i];
                m.leaveB[i] = 0.5 + (1 - pLeave) + m.stayers[i];
                m.moveA[i] = 0.5 + pMove + m.movers[i];
                m.moveB[i] = 0.5 + (1 - pMove) + (m.stayers[i] - m.movers[i]);
            }
            for (int t = 0; t < S; t++) {
                m.destAlpha[s][t] = t == s ? 0 : 1.0 / (S - 1) + dest[s][t];
            }
        }
        long allJoiners = 0;
        for (long v : mixAll) {
            allJoiners += v;
        }
        double floor = 1.0 / (N * S);
        for (int a = 0; a < AGES; a++) {
            double pop = Math.max(exposure[a], joiners[a]);
            m.joinA[a] = 0.5 + joiners[a];
            m.joinB[a] = 0.5 + (pop - joiners[a]);
            for (int cell = 0; cell < N * S; cell++) {
                double pooled = allJoiners == 0 ? floor : (double) mixAll[cell] / allJoiners;
                m.mixAlpha[a][cell] = floor + pooled + mix[a][cell];
            }
        }
        return m;
    }
}
