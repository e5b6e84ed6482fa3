package uk.send.placement.ledger.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * An academic year, 1 September to 31 August, named by the calendar year it starts in ({@code 2026}
 * is 2026/27). Places are commissioned and counted per academic year.
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    public static AcademicYear of(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public AcademicYear next() {
        return new AcademicYear(startYear + 1);
    }

    /** The day the ledger counts occupancy on: today inside the year, else the year's first or last day. */
    public LocalDate countingDay(LocalDate today) {
        if (today.isBefore(start())) {
            return start();
        }
        return today.isAfter(end()) ? end() : today;
    }

    /** "2026/27". */
    public String label() {
        int next = (startYear + 1) % 100;
        return startYear + (next < 10 ? "/0" : "/") + next;
    }

    @Override
    public int compareTo(AcademicYear o) {
        return Integer.compare(startYear, o.startYear);
    }
}
