package uk.send.funding.payments.domain;

import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.money.domain.AcademicYear;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Place funding of one setting in one financial year. Places are commissioned per academic year at a rate
 * per place (£10,000 special and AP; £6,000 or £10,000 resourced provision; DOMAIN.md "Money facts"); a
 * financial year pays 5/12 of the academic year ending in it (April–August) and 7/12 of the one starting in it
 * (September–March). Each month is a twelfth of its academic year's places × rate, rounded cumulatively so
 * the twelve months add up to the year's amount to the penny. Place funding does not stop when a place is empty.
 */
public final class PlaceFunding {

    public static final BigDecimal STANDARD_RATE = Money.of("10000");
    public static final BigDecimal LOWER_RESOURCED_RATE = Money.of("6000");

    /** Places and rate commissioned for one academic year. */
    public record Commission(int places, BigDecimal ratePerPlace) {
        public BigDecimal annual() {
            return ratePerPlace.multiply(BigDecimal.valueOf(places));
        }
    }

    private PlaceFunding() {
    }

    /**
     * Whether {@code rate} is a place funding rate of {@code category} (DOMAIN.md "Money facts", unchanged since 2013):
     * £10,000 a place in special schools and AP; £6,000 or £10,000 in resourced provision; none for other categories.
     */
    public static boolean isAllowedRate(FundingCategory category, BigDecimal rate) {
        if (!category.hasPlaceFunding()) {
            return false;
        }
        return rate.compareTo(STANDARD_RATE) == 0
                || category == FundingCategory.RESOURCED_PROVISION && rate.compareTo(LOWER_RESOURCED_RATE) == 0;
    }

    /** The year's monthly amounts; months of an academic year with nothing commissioned get nothing. */
    public static Map<YearMonth, BigDecimal> monthly(FinancialYear year, Map<AcademicYear, Commission> commissions) {
        Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
        BigDecimal exact = BigDecimal.ZERO;
        BigDecimal paid = Money.ZERO;
        for (YearMonth m : year.months()) {
            Commission c = commissions.get(AcademicYear.of(m));
            if (c == null || c.places() == 0) {
                continue;
            }
            exact = exact.add(c.annual());
            BigDecimal upToHere = Money.toPenny(exact, 12);
            months.put(m, upToHere.subtract(paid));
            paid = upToHere;
        }
        return months;
    }

    /** The financial year's amount: 5/12 of the earlier academic year and 7/12 of the later, rounded once. */
    public static BigDecimal annual(FinancialYear year, Map<AcademicYear, Commission> commissions) {
        return monthly(year, commissions).values().stream().reduce(Money.ZERO, BigDecimal::add);
    }
}
