package uk.send.funding.payments.domain;

import java.time.Month;
import java.time.YearMonth;

/**
 * How often an LA pays its settings. Lines are always kept per month the money is for; the frequency decides
 * the month it is paid in: monthly in that month, termly in the first month of its term (summer April–August
 * paid in April, autumn September–December in September, spring January–March in January).
 */
public enum PaymentFrequency {
    MONTHLY, TERMLY;

    public YearMonth payMonth(YearMonth forMonth) {
        if (this == MONTHLY) {
            return forMonth;
        }
        Month m = forMonth.getMonth();
        if (m.getValue() >= 4 && m.getValue() <= 8) {
            return YearMonth.of(forMonth.getYear(), Month.APRIL);
        }
        if (m.getValue() >= 9) {
            return YearMonth.of(forMonth.getYear(), Month.SEPTEMBER);
        }
        return YearMonth.of(forMonth.getYear(), Month.JANUARY);
    }

    /** The first pay month after {@code paidThrough}: where an adjustment to a paid month goes. */
    public YearMonth nextPayMonth(YearMonth paidThrough) {
        YearMonth m = paidThrough.plusMonths(1);
        while (!payMonth(m).equals(m)) {
            m = m.plusMonths(1);
        }
        return m;
    }
}
