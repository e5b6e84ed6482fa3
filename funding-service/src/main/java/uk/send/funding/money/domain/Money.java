package uk.send.funding.money.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money rules of funding-service. Amounts are {@link BigDecimal} pounds; the one place any amount is
 * rounded is {@link #toPenny(BigDecimal)}: half-up to the penny (2 decimal places), as finance teams do
 * in their workbooks. Every other class computes exactly and calls this at the end.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** THE rounding rule: half-up to the penny. */
    public static BigDecimal toPenny(BigDecimal exact) {
        return exact.setScale(SCALE, ROUNDING);
    }

    /** {@code numerator / denominator} rounded by {@link #toPenny}'s rule, computed without an intermediate rounding. */
    public static BigDecimal toPenny(BigDecimal numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
        return numerator.divide(BigDecimal.valueOf(denominator), SCALE, ROUNDING);
    }

    public static BigDecimal of(String pounds) {
        return toPenny(new BigDecimal(pounds));
    }

    /** True if the amount is whole pence (no more than 2 decimal places of value). */
    public static boolean isPenceExact(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= SCALE;
    }
}
