package uk.send.plan.deadline.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bank holidays in England (and Wales), which SEND law's "working days" skip: New Year's Day, Good Friday,
 * Easter Monday, the early May, spring and summer bank holidays, Christmas Day and Boxing Day, with the
 * substitute weekdays given when one falls at a weekend, and the one-off days and moves proclaimed so far
 * (jubilees, a royal wedding, a state funeral, a coronation; VE Day 2020; the Platinum Jubilee's spring
 * holiday). gov.uk publishes the list; a new proclamation needs adding to {@link #ONE_OFF} and {@link #MOVED}.
 */
public final class EnglishBankHolidays {

    /** Extra bank holidays proclaimed for one year only. */
    static final Set<LocalDate> ONE_OFF = Set.of(
            LocalDate.of(1999, 12, 31), // Millennium
            LocalDate.of(2002, 6, 3),   // Golden Jubilee
            LocalDate.of(2011, 4, 29),  // Royal wedding
            LocalDate.of(2012, 6, 5),   // Diamond Jubilee
            LocalDate.of(2022, 6, 3),   // Platinum Jubilee
            LocalDate.of(2022, 9, 19),  // State funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8));  // Coronation of King Charles III

    /** Regular bank holidays moved for one year: the usual date, and where it went instead. */
    static final Map<LocalDate, LocalDate> MOVED = Map.of(
            LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8),   // early May, VE Day 50th anniversary
            LocalDate.of(2002, 5, 27), LocalDate.of(2002, 6, 4),  // spring, Golden Jubilee
            LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4),  // spring, Diamond Jubilee
            LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),   // early May, VE Day 75th anniversary
            LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2)); // spring, Platinum Jubilee

    private EnglishBankHolidays() {
    }

    public static boolean isBankHoliday(LocalDate day) {
        return of(day.getYear()).contains(day);
    }

    /** Monday to Friday and not a bank holiday. */
    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isBankHoliday(day);
    }

    /** {@code day} itself if it is a working day, else the next one. */
    public static LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Every bank holiday of {@code year}, in date order. */
    public static Set<LocalDate> of(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, Month.JANUARY, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        // Christmas Day and Boxing Day take the first two weekdays from the 25th when either falls at a weekend.
        LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(christmas);
        days.add(weekdayOnOrAfter(christmas.plusDays(1)));
        MOVED.forEach((usual, instead) -> {
            if (days.remove(usual)) {
                days.add(instead);
            }
        });
        ONE_OFF.stream().filter(d -> d.getYear() == year).forEach(days::add);
        return days;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
