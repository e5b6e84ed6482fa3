package uk.send.funding.money.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * A school (academic) year, 1 September to 31 August, named by the calendar year it starts in and shown
 * as {@code 2025/26}. Places are commissioned by it; a financial year holds five months (April–August)
 * of one and seven (September–March) of the next.
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    public static AcademicYear of(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
    }

    public static AcademicYear of(YearMonth month) {
        return of(month.atDay(1));
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public String label() {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(AcademicYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
