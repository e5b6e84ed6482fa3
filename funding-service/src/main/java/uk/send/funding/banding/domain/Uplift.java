package uk.send.funding.banding.domain;

import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The annual uplift: next year's bands are this year's plus a percentage or a flat sum per band, rounded by a
 * stated rule. The result is a draft scheme until approved.
 *
 * @param percentage e.g. 3.0 for 3% (exclusive with flatAmount)
 * @param flatAmount pounds added to every band (exclusive with percentage)
 */
public record Uplift(BigDecimal percentage, BigDecimal flatAmount, Rounding rounding) {

    /** How an uplifted value is rounded: the rule is stated on the scheme so that finance can reproduce it. */
    public enum Rounding {
        /** Half-up to the penny ({@link Money#toPenny}). */
        NEAREST_PENNY,
        /** Half-up to the whole pound. */
        NEAREST_POUND,
        /** Up to the next whole pound (a school never loses a part pound). */
        UP_TO_POUND
    }

    public Uplift {
        if ((percentage == null) == (flatAmount == null)) {
            throw new IllegalArgumentException("give either a percentage or a flat amount");
        }
        if (rounding == null) {
            rounding = Rounding.NEAREST_PENNY;
        }
    }

    public BigDecimal apply(BigDecimal value) {
        BigDecimal exact = percentage != null
                ? value.multiply(BigDecimal.ONE.add(percentage.movePointLeft(2)))
                : value.add(flatAmount);
        BigDecimal rounded = switch (rounding) {
            case NEAREST_PENNY -> Money.toPenny(exact);
            case NEAREST_POUND -> Money.toPenny(exact.setScale(0, RoundingMode.HALF_UP));
            case UP_TO_POUND -> Money.toPenny(exact.setScale(0, RoundingMode.CEILING));
        };
        if (rounded.signum() < 0) {
            throw new IllegalArgumentException("an uplift may not make a band negative");
        }
        return rounded;
    }

    public List<Band> apply(List<Band> bands) {
        return bands.stream().map(b -> new Band(b.code(), b.description(), apply(b.annualValue()))).toList();
    }
}
