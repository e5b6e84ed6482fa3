package uk.send.placement.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** placement-service's one rounding place for money: pounds to the penny, half up (numeric(12,2) in SQL). */
public final class Money {

    private Money() {
    }

    public static BigDecimal toPenny(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
