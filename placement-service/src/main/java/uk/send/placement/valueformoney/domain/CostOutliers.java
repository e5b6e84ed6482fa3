package uk.send.placement.valueformoney.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Flags independent placements whose annual cost is atypical for their need type, by Tukey's
 * interquartile fences within the need type: below Q1 − 1.5 × IQR is LOW (is the child getting what
 * the plan says?), above Q3 + 1.5 × IQR is HIGH (is the LA paying too much?). Quartiles are linear
 * between order statistics; a need type with fewer than {@link #MIN_PEERS} costed placements has no
 * fences and flags nothing.
 */
public final class CostOutliers {

    public static final int MIN_PEERS = 4;
    private static final BigDecimal K = new BigDecimal("1.5");

    private CostOutliers() {
    }

    public enum Flag { HIGH, LOW }

    public record Costed(UUID placementId, String ehcpRef, UUID providerId, String providerName, String providerType, String needType,
                         BigDecimal annualCost) {
    }

    public record Fences(String needType, int placements, BigDecimal q1, BigDecimal median, BigDecimal q3, BigDecimal low, BigDecimal high) {
    }

    public record Outlier(Costed placement, Flag flag, Fences fences) {
    }

    public record Result(List<Fences> fences, List<Outlier> outliers) {
    }

    public static Result flag(List<Costed> placements) {
        Map<String, List<Costed>> byNeed = new TreeMap<>();
        for (Costed c : placements) {
            byNeed.computeIfAbsent(c.needType(), k -> new ArrayList<>()).add(c);
        }
        List<Fences> fences = new ArrayList<>();
        List<Outlier> outliers = new ArrayList<>();
        for (Map.Entry<String, List<Costed>> e : byNeed.entrySet()) {
            List<Costed> peers = new ArrayList<>(e.getValue());
            if (peers.size() < MIN_PEERS) {
                continue;
            }
            peers.sort(Comparator.comparing(Costed::annualCost));
            List<BigDecimal> costs = peers.stream().map(Costed::annualCost).toList();
            BigDecimal q1 = quantile(costs, 0.25);
            BigDecimal q3 = quantile(costs, 0.75);
            BigDecimal iqr = q3.subtract(q1);
            Fences f = new Fences(e.getKey(), peers.size(), q1, quantile(costs, 0.5), q3,
                    q1.subtract(K.multiply(iqr)).setScale(2, RoundingMode.HALF_UP), q3.add(K.multiply(iqr)).setScale(2, RoundingMode.HALF_UP));
            fences.add(f);
            for (Costed c : peers) {
                if (c.annualCost().compareTo(f.high()) > 0) {
                    outliers.add(new Outlier(c, Flag.HIGH, f));
                } else if (c.annualCost().compareTo(f.low()) < 0) {
                    outliers.add(new Outlier(c, Flag.LOW, f));
                }
            }
        }
        return new Result(fences, outliers);
    }

    /** The q-quantile of sorted values, linear between order statistics (R's type 7), to the penny. */
    static BigDecimal quantile(List<BigDecimal> sorted, double q) {
        double h = (sorted.size() - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.size() - 1, lo + 1);
        BigDecimal frac = BigDecimal.valueOf(h - lo);
        return sorted.get(lo).add(sorted.get(hi).subtract(sorted.get(lo)).multiply(frac)).setScale(2, RoundingMode.HALF_UP);
    }
}
