package uk.send.placement.forecast.domain;

import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up LA whose true transition probabilities are known: one need type (ASD), special schools and
 * independent special schools, NCY 0 to 11. Each year a child leaves with probability 0.10 (everyone
 * leaves after NCY 11); a child in a special school who stays moves to independent with 0.05, one in
 * independent moves back with 0.10; 2% of the population (10,000 per NCY) joins in NCY 0 to 10 each
 * year, 80% into special schools. The history is simulated child by child from these rules.
 */
final class SyntheticLa {

    static final double LEAVE = 0.10;
    static final double SPECIAL_TO_INDEPENDENT = 0.05;
    static final double INDEPENDENT_TO_SPECIAL = 0.10;
    static final double JOIN_RATE = 0.02;
    static final double JOIN_SPECIAL = 0.80;
    static final int POPULATION = 10_000;
    static final int LAST_NCY = 11;

    private SyntheticLa() {
    }

    static List<ChildYear> history(int firstYear, int years, int perNcyAtStart, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ChildYear> out = new ArrayList<>();
        List<ChildYear> current = new ArrayList<>();
        int id = 0;
        for (int ncy = 0; ncy <= LAST_NCY; ncy++) {
            for (int i = 0; i < perNcyAtStart; i++) {
                SettingGroup s = i % 5 == 0 ? SettingGroup.INDEPENDENT : SettingGroup.SPECIAL;
                current.add(new ChildYear("C" + id++, firstYear, ncy, NeedType.ASD, s));
            }
        }
        out.addAll(current);
        for (int y = firstYear + 1; y < firstYear + years; y++) {
            List<ChildYear> next = new ArrayList<>();
            for (ChildYear c : current) {
                if (c.ncy() == LAST_NCY || rnd.nextDouble() < LEAVE) {
                    continue;
                }
                SettingGroup s = c.setting();
                if (s == SettingGroup.SPECIAL && rnd.nextDouble() < SPECIAL_TO_INDEPENDENT) {
                    s = SettingGroup.INDEPENDENT;
                } else if (s == SettingGroup.INDEPENDENT && rnd.nextDouble() < INDEPENDENT_TO_SPECIAL) {
                    s = SettingGroup.SPECIAL;
                }
                next.add(new ChildYear(c.child(), y, c.ncy() + 1, NeedType.ASD, s));
            }
            for (int ncy = 0; ncy < LAST_NCY; ncy++) {
                for (int p = 0; p < POPULATION; p++) {
                    if (rnd.nextDouble() < JOIN_RATE) {
                        SettingGroup s = rnd.nextDouble() < JOIN_SPECIAL ? SettingGroup.SPECIAL : SettingGroup.INDEPENDENT;
                        next.add(new ChildYear("C" + id++, y, ncy, NeedType.ASD, s));
                    }
                }
            }
            out.addAll(next);
            current = next;
        }
        return out;
    }

    /** The exact expected counts [year offset 1..horizon][0 = special, 1 = independent] from a snapshot, under the true rules. */
    static double[][] expected(List<ChildYear> history, int baseYear, int horizon) {
        double[][] c = new double[LAST_NCY + 1][2];
        for (ChildYear x : history) {
            if (x.year() == baseYear) {
                c[x.ncy()][x.setting() == SettingGroup.SPECIAL ? 0 : 1]++;
            }
        }
        double[][] totals = new double[horizon + 1][2];
        for (int t = 1; t <= horizon; t++) {
            double[][] n = new double[LAST_NCY + 1][2];
            for (int a = 0; a < LAST_NCY; a++) {
                double sp = c[a][0] * (1 - LEAVE);
                double in = c[a][1] * (1 - LEAVE);
                n[a + 1][0] += sp * (1 - SPECIAL_TO_INDEPENDENT) + in * INDEPENDENT_TO_SPECIAL;
                n[a + 1][1] += sp * SPECIAL_TO_INDEPENDENT + in * (1 - INDEPENDENT_TO_SPECIAL);
            }
            for (int a = 0; a < LAST_NCY; a++) {
                n[a][0] += POPULATION * JOIN_RATE * JOIN_SPECIAL;
                n[a][1] += POPULATION * JOIN_RATE * (1 - JOIN_SPECIAL);
            }
            c = n;
            for (int a = 0; a <= LAST_NCY; a++) {
                totals[t][0] += c[a][0];
                totals[t][1] += c[a][1];
            }
        }
        return totals;
    }
}
