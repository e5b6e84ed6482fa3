package uk.send.funding.benchmarks.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Where an LA's figure sits among its neighbours'.
 *
 * <p>Rank: 1 + the number of neighbours with a higher figure (rank 1 = the highest; ties share a rank), out of the
 * neighbours and the LA. Percentile: the share of neighbours whose figure is below the LA's, ties counting half,
 * as a % to 1 place half-up (0 = lowest, 100 = highest); null without neighbours.
 */
public record Standing(int rank, int of, BigDecimal percentile) {

    public static Standing of(BigDecimal own, List<BigDecimal> neighbours) {
        int higher = 0;
        int lower = 0;
        int equal = 0;
        for (BigDecimal v : neighbours) {
            int c = v.compareTo(own);
            if (c > 0) {
                higher++;
            } else if (c < 0) {
                lower++;
            } else {
                equal++;
            }
        }
        BigDecimal percentile = neighbours.isEmpty() ? null
                : BigDecimal.valueOf(2L * lower + equal).multiply(BigDecimal.valueOf(50)).divide(BigDecimal.valueOf(neighbours.size()), 1,
                RoundingMode.HALF_UP);
        return new Standing(1 + higher, neighbours.size() + 1, percentile);
    }
}
