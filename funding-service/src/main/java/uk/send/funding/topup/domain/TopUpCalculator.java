package uk.send.funding.topup.domain;

import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.money.domain.DateRange;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.ProRata;
import uk.send.funding.money.domain.ProRataMethod;
import uk.send.funding.money.domain.TermCalendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One EHCP's top-up for one financial year: its placed segments priced by the scheme in force for the
 * setting's category and the agreed band, pro rata by the LA's method, month by month. Days that cannot be
 * priced (no band agreed, setting not in the register, no approved scheme or no such band) are reported, not
 * guessed.
 */
public final class TopUpCalculator {

    /** Days left unpriced and why. */
    public record Unpriced(Segment segment, String reason) {
    }

    /** The year's top-up of one EHCP: its month cells (the payment lines) and any unpriced days. */
    public record YearTopUp(FinancialYear year, List<ProRata.Cell> cells, List<Unpriced> unpriced) {
    }

    private TopUpCalculator() {
    }

    /**
     * @param categoryOf the funding category of a setting URN; empty when the URN is not in the LA's register
     */
    public static YearTopUp compute(FinancialYear year, EhcpTimeline timeline, SchemeBook schemes,
                                    Function<String, Optional<FundingCategory>> categoryOf,
                                    ProRataMethod method, TermCalendar calendar) {
        List<ProRata.Period> periods = new ArrayList<>();
        List<Unpriced> unpriced = new ArrayList<>();
        for (Segment s : timeline.segments(new DateRange(year.start(), year.end()))) {
            if (s.bandCode() == null) {
                unpriced.add(new Unpriced(s, "no band agreed"));
                continue;
            }
            Optional<FundingCategory> category = categoryOf.apply(s.settingUrn());
            if (category.isEmpty()) {
                unpriced.add(new Unpriced(s, "setting " + s.settingUrn() + " is not in the LA's register"));
                continue;
            }
            List<SchemeBook.Price> prices = schemes.prices(category.get(), s.bandCode(), s.days());
            long pricedDays = prices.stream().mapToLong(p -> p.days().days()).sum();
            if (pricedDays < s.days().days()) {
                unpriced.add(new Unpriced(s, "no approved " + category.get() + " scheme with band " + s.bandCode()
                        + " in force for every day"));
            }
            for (SchemeBook.Price p : prices) {
                periods.add(new ProRata.Period(s.settingUrn(), s.bandCode(), p.annualValue(), p.days()));
            }
        }
        return new YearTopUp(year, ProRata.allocate(year, periods, method, calendar), unpriced);
    }
}
