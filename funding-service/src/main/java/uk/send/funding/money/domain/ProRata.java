package uk.send.funding.money.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pro rata of annual values over the part of a financial year they apply to, by the LA's
 * {@link ProRataMethod}, split into calendar months for payment.
 *
 * <p>Rounding without losing pennies: the cells (one per month and period, in date order) are priced
 * cumulatively: each cell is {@code round(exact total up to and including it) - round(exact total before it)}
 * with {@link Money#toPenny}. So the lines of one child's year always add up, to the penny, to the rounded
 * exact total, however many months and moves it holds: nothing paid twice, nothing lost to rounding. A
 * child placed for the whole year at one value is paid exactly that value by calendar days and by whole months;
 * by school days it is paid value × (the financial year's school days in the LA's terms) / the LA's school-year
 * days (190), which is the value only when the financial year holds exactly that many school days (see
 * {@link ProRataMethod#SCHOOL_DAYS}).
 */
public final class ProRata {

    /**
     * Days priced at one annual value for one payee.
     *
     * @param payee    who is paid (a setting URN)
     * @param bandCode the band the value comes from
     */
    public record Period(String payee, String bandCode, BigDecimal annualValue, DateRange days) {
    }

    /** What one period earns in one month: {@code units} of the method's {@code yearUnits}. */
    public record Cell(YearMonth month, Period period, long units, long yearUnits, BigDecimal amount) {
    }

    private ProRata() {
    }

    /** The denominator of a year: 190 (the LA's school year), 365/366, or 12. */
    public static long yearUnits(ProRataMethod method, FinancialYear year, TermCalendar calendar) {
        return switch (method) {
            case SCHOOL_DAYS -> calendar.yearDays();
            case CALENDAR_DAYS -> year.lengthInDays();
            case WHOLE_MONTHS -> 12;
        };
    }

    /** Units of one period standing alone: school days, calendar days, or months with at least half their days in it. */
    public static long units(ProRataMethod method, DateRange days, TermCalendar calendar) {
        return switch (method) {
            case SCHOOL_DAYS -> calendar.schoolDays(days);
            case CALENDAR_DAYS -> days.days();
            case WHOLE_MONTHS -> {
                long n = 0;
                for (YearMonth m = YearMonth.from(days.from()); !m.isAfter(YearMonth.from(days.to())); m = m.plusMonths(1)) {
                    DateRange month = DateRange.of(m);
                    if (days.intersect(month).map(p -> p.days() * 2 >= month.days()).orElse(false)) {
                        n++;
                    }
                }
                yield n;
            }
        };
    }

    /** {@code annual × units / yearUnits}, rounded once. */
    public static BigDecimal amount(BigDecimal annual, long units, long yearUnits) {
        return Money.toPenny(annual.multiply(BigDecimal.valueOf(units)), yearUnits);
    }

    /**
     * Prices {@code periods} (not overlapping; clipped to the year) month by month.
     *
     * @return the cells with units, in date order; cells earning no units are left out
     */
    public static List<Cell> allocate(FinancialYear year, List<Period> periods, ProRataMethod method, TermCalendar calendar) {
        DateRange fy = new DateRange(year.start(), year.end());
        List<Period> clipped = new ArrayList<>();
        for (Period p : periods) {
            p.days().intersect(fy).ifPresent(d -> clipped.add(new Period(p.payee(), p.bandCode(), p.annualValue(), d)));
        }
        clipped.sort(Comparator.comparing(p -> p.days().from()));
        for (int i = 1; i < clipped.size(); i++) {
            if (!clipped.get(i).days().from().isAfter(clipped.get(i - 1).days().to())) {
                throw new IllegalArgumentException("periods overlap: " + clipped.get(i - 1) + " and " + clipped.get(i));
            }
        }
        long yearUnits = yearUnits(method, year, calendar);
        List<Cell> cells = new ArrayList<>();
        BigDecimal exact = BigDecimal.ZERO;
        BigDecimal paid = Money.ZERO;
        for (YearMonth m : year.months()) {
            DateRange month = DateRange.of(m);
            List<Period> parts = new ArrayList<>();
            for (Period p : clipped) {
                p.days().intersect(month).ifPresent(d -> parts.add(new Period(p.payee(), p.bandCode(), p.annualValue(), d)));
            }
            if (parts.isEmpty()) {
                continue;
            }
            long[] units = monthUnits(method, month, parts, calendar);
            for (int i = 0; i < parts.size(); i++) {
                if (units[i] == 0) {
                    continue;
                }
                Period part = parts.get(i);
                exact = exact.add(part.annualValue().multiply(BigDecimal.valueOf(units[i])));
                BigDecimal upToHere = Money.toPenny(exact, yearUnits);
                cells.add(new Cell(m, part, units[i], yearUnits, upToHere.subtract(paid)));
                paid = upToHere;
            }
        }
        return cells;
    }

    private static long[] monthUnits(ProRataMethod method, DateRange month, List<Period> parts, TermCalendar calendar) {
        long[] units = new long[parts.size()];
        switch (method) {
            case SCHOOL_DAYS -> {
                for (int i = 0; i < parts.size(); i++) {
                    units[i] = calendar.schoolDays(parts.get(i).days());
                }
            }
            case CALENDAR_DAYS -> {
                for (int i = 0; i < parts.size(); i++) {
                    units[i] = parts.get(i).days().days();
                }
            }
            case WHOLE_MONTHS -> {
                // The month goes to the setting with the most days in it (summed over its parts: a scheme version or band
                // that changes mid-month cuts one stay into pieces), ties to the later setting; within that setting, to
                // its part with the most days, ties to the later part.
                long covered = 0;
                for (Period p : parts) {
                    covered += p.days().days();
                }
                if (covered * 2 >= month.days()) {
                    int winner = 0;
                    for (int i = 1; i < parts.size(); i++) {
                        long mine = payeeDays(parts, parts.get(i).payee());
                        long theirs = payeeDays(parts, parts.get(winner).payee());
                        boolean samePayee = parts.get(i).payee().equals(parts.get(winner).payee());
                        if (mine > theirs || mine == theirs
                                && (!samePayee || parts.get(i).days().days() >= parts.get(winner).days().days())) {
                            winner = i;
                        }
                    }
                    units[winner] = 1;
                }
            }
        }
        return units;
    }

    /** The days of {@code parts} (one month's, a handful) at {@code payee}. */
    private static long payeeDays(List<Period> parts, String payee) {
        long n = 0;
        for (Period p : parts) {
            if (p.payee().equals(payee)) {
                n += p.days().days();
            }
        }
        return n;
    }
}
