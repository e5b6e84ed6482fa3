package uk.send.funding.forum.domain;

import uk.send.funding.money.domain.Apportionment;
import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;

/**
 * The limit on moving money out of the schools block of the Dedicated Schools Grant into the high needs block. Under
 * the School and Early Years Finance (England) Regulations (made for each financial year) and the DSG conditions of
 * grant, an LA may transfer up to 0.5% of its schools block with its schools forum's agreement; a larger transfer, or
 * one the forum does not agree, needs the Secretary of State's approval (a disapplication of the regulations). A
 * transfer is for one financial year only: nothing carries over, and the next year needs a proposal of its own.
 */
public final class BlockTransferLimit {

    /** 0.5%, as a fraction. */
    public static final BigDecimal FRACTION = new BigDecimal("0.005");
    public static final BigDecimal PERCENT = new BigDecimal("0.50");

    private BlockTransferLimit() {
    }

    /** The most that may move with the forum's agreement alone, rounded by {@link Money#toPenny}. */
    public static BigDecimal limit(BigDecimal schoolsBlockTotal) {
        return Money.toPenny(schoolsBlockTotal.multiply(FRACTION));
    }

    /** True when the amount is over 0.5% of the schools block, compared exactly (not on the rounded limit). */
    public static boolean needsDisapplication(BigDecimal amount, BigDecimal schoolsBlockTotal) {
        return amount.compareTo(schoolsBlockTotal.multiply(FRACTION)) > 0;
    }

    /** The amount as a % of the schools block, 4 places, half-up. */
    public static BigDecimal percent(BigDecimal amount, BigDecimal schoolsBlockTotal) {
        return Apportionment.percent(amount, schoolsBlockTotal, 4);
    }
}
