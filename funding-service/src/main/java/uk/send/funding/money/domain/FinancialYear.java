package uk.send.funding.money.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English local authority's financial year, 1 April to 31 March, named by the calendar year it starts
 * in and shown as {@code 2025-26}. Budgets, banding schemes and payment schedules run by it.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

    public FinancialYear {
        if (startYear < 2000 || startYear > 2100) {
            throw new IllegalArgumentException("financial year out of range: " + startYear);
        }
    }

    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public static FinancialYear of(YearMonth month) {
        return of(month.atDay(1));
    }

    /** Reads {@code 2025-26} (or just {@code 2025}); the second part, if given, must follow the first. */
    public static FinancialYear parse(String label) {
        Matcher m = LABEL.matcher(label == null ? "" : label.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("a financial year looks like 2025-26");
        }
        int start = Integer.parseInt(m.group(1));
        if (m.group(2) != null && Integer.parseInt(m.group(2)) != (start + 1) % 100) {
            throw new IllegalArgumentException("a financial year looks like 2025-26 (consecutive years)");
        }
        return new FinancialYear(start);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public boolean contains(YearMonth month) {
        return contains(month.atDay(1));
    }

    /** 365, or 366 when it holds a 29 February. */
    public int lengthInDays() {
        return (int) (end().toEpochDay() - start().toEpochDay() + 1);
    }

    /** April to March. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(12);
        YearMonth m = YearMonth.of(startYear, Month.APRIL);
        for (int i = 0; i < 12; i++) {
            months.add(m.plusMonths(i));
        }
        return months;
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public String label() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
