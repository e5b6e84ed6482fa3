package uk.send.funding.modelling.domain;

import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An annual amount paid in twelve monthly instalments over a financial year, rounded cumulatively (month k pays
 * the annual × k/12 to the penny less what months before it paid), so the twelve add up to the annual exactly.
 */
public final class MonthlySplit {

    private MonthlySplit() {
    }

    public static Map<YearMonth, BigDecimal> of(FinancialYear year, BigDecimal annual) {
        Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
        List<YearMonth> all = year.months();
        BigDecimal paid = Money.ZERO;
        for (int k = 1; k <= all.size(); k++) {
            BigDecimal upToHere = Money.toPenny(annual.multiply(BigDecimal.valueOf(k)), all.size());
            months.put(all.get(k - 1), upToHere.subtract(paid));
            paid = upToHere;
        }
        return months;
    }
}
