package uk.send.funding.modelling.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * How many settings fall in each band of % change under a proposal: the chart the schools forum looks at
 * instead of a column of 600 numbers. A setting with no income now counts as unchanged if it gains nothing,
 * else in the top bucket.
 */
public final class ChangeDistribution {

    /** One bucket: its label and the settings in it. */
    public record Bucket(String label, int settings) {
    }

    private static final double[] UPPER = {-10, -5, -2, -0.005, 0.005, 2, 5, 10};
    private static final String[] LABELS = {"loss over 10%", "loss 5–10%", "loss 2–5%", "loss under 2%", "unchanged", "gain under 2%",
            "gain 2–5%", "gain 5–10%", "gain over 10%"};

    private ChangeDistribution() {
    }

    public static List<Bucket> of(List<SettingImpact> settings) {
        int[] counts = new int[LABELS.length];
        for (SettingImpact s : settings) {
            counts[bucket(s)]++;
        }
        return java.util.stream.IntStream.range(0, LABELS.length).mapToObj(i -> new Bucket(LABELS[i], counts[i])).toList();
    }

    private static int bucket(SettingImpact s) {
        if (s.change().signum() == 0) {
            return 4;
        }
        BigDecimal pct = s.changePercent();
        if (pct == null) {
            return LABELS.length - 1;
        }
        double p = pct.doubleValue();
        if (p == 0) {
            return s.change().signum() < 0 ? 3 : 5;
        }
        for (int i = 0; i < UPPER.length; i++) {
            if (p < UPPER[i]) {
                return i;
            }
        }
        return LABELS.length - 1;
    }
}
