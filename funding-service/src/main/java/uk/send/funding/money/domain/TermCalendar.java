package uk.send.funding.money.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An LA's term dates: the school days are the Mondays to Fridays inside a term. Pro rata by school days
 * divides by {@link #yearDays()}, the LA's stated school year (190 days, 38 weeks, in most LAs).
 *
 * @param terms    the LA's terms, not overlapping
 * @param yearDays the days of a school year the annual value buys, usually 190
 */
public record TermCalendar(List<DateRange> terms, int yearDays) {

    public static final int STANDARD_YEAR_DAYS = 190;

    public TermCalendar {
        terms = terms.stream().sorted(Comparator.comparing(DateRange::from)).toList();
        for (int i = 1; i < terms.size(); i++) {
            if (!terms.get(i).from().isAfter(terms.get(i - 1).to())) {
                throw new IllegalArgumentException("terms overlap: " + terms.get(i - 1) + " and " + terms.get(i));
            }
        }
        if (yearDays < 1 || yearDays > 366) {
            throw new IllegalArgumentException("school year days out of range: " + yearDays);
        }
    }

    public static TermCalendar none() {
        return new TermCalendar(List.of(), STANDARD_YEAR_DAYS);
    }

    /** School days in {@code range}: weekdays inside a term. */
    public long schoolDays(DateRange range) {
        long n = 0;
        for (DateRange term : terms) {
            if (term.from().isAfter(range.to())) {
                break;
            }
            var part = term.intersect(range);
            if (part.isPresent()) {
                n += weekdays(part.get().from(), part.get().to());
            }
        }
        return n;
    }

    /** Mondays to Fridays from {@code from} to {@code to}, both included, counted without a day-by-day loop. */
    static long weekdays(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        long weeks = days / 7;
        long n = weeks * 5;
        LocalDate d = from.plusDays(weeks * 7);
        for (; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }
}
