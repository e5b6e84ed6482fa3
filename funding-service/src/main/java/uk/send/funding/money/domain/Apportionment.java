package uk.send.funding.money.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares a sum of money out in proportion to weights, to the penny, so that the shares add up to the sum exactly
 * (the largest remainder method, also called Hamilton's): each share is first rounded down to the penny, then the
 * pennies left over go one each to the shares with the largest remainders, ties to the earlier share in the list
 * (callers order it, e.g. by URN, so the result never depends on arrival). The arithmetic is in whole pence and
 * exact fractions: no intermediate rounding can make the shares miss the sum or order two remainders wrongly.
 */
public final class Apportionment {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private Apportionment() {
    }

    /**
     * @param total   a pence-exact sum of 0 or more
     * @param weights each 0 or more, at least one above 0; any scale
     * @return the shares, in the order of {@code weights}, each at scale 2, adding up to {@code total}
     */
    public static List<BigDecimal> byLargestRemainder(BigDecimal total, List<BigDecimal> weights) {
        if (total.signum() < 0 || !Money.isPenceExact(total)) {
            throw new IllegalArgumentException("the sum must be 0 or more, in whole pence: " + total);
        }
        int scale = weights.stream().mapToInt(BigDecimal::scale).max().orElse(0);
        List<BigInteger> w = new ArrayList<>(weights.size());
        BigInteger sum = BigInteger.ZERO;
        for (BigDecimal weight : weights) {
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("a weight must be 0 or more: " + weight);
            }
            BigInteger units = weight.setScale(Math.max(scale, 0)).unscaledValue();
            w.add(units);
            sum = sum.add(units);
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("at least one weight must be above 0");
        }
        BigInteger pence = total.movePointRight(Money.SCALE).toBigIntegerExact();
        long[] shares = new long[w.size()];
        BigInteger[] remainders = new BigInteger[w.size()];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < w.size(); i++) {
            BigInteger[] qr = pence.multiply(w.get(i)).divideAndRemainder(sum);
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given = given.add(qr[0]);
        }
        int left = pence.subtract(given).intValueExact();
        List<Integer> order = new ArrayList<>(w.size());
        for (int i = 0; i < w.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            shares[order.get(k)]++;
        }
        List<BigDecimal> out = new ArrayList<>(shares.length);
        for (long s : shares) {
            out.add(BigDecimal.valueOf(s, Money.SCALE));
        }
        return out;
    }

    /** {@code part} as a percentage of {@code whole}, half-up to {@code places} decimal places; null when the whole is nil. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole, int places) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(new BigDecimal(HUNDRED)).divide(whole, places, Money.ROUNDING);
    }
}
