package uk.send.plan.deadline.domain;

import java.time.LocalDate;
import java.time.YearMonth;

import uk.send.plan.deadline.domain.DeadlineTokens.Kind;

/**
 * A date as far as a deadline cell spelled it out, from token {@code from} up to {@code to}; fields the cell
 * left out are null ("Mar" has a month only, "2021/22" a year pair only). {@link #read} finds one at a token;
 * {@link #dateOf} completes it into a day.
 */
record PartialDate(int from, int to, DateQualifier qualifier, Integer day, Integer month, Integer year,
                   Integer pairFirst, Integer pairSecond, boolean numeric) {

    boolean hasPair() {
        return pairFirst != null;
    }

    PartialDate withYear(int newYear) {
        return new PartialDate(from, to, qualifier, day, month, newYear, null, null, numeric);
    }

    PartialDate withMonthAndYear(int newMonth, int newYear) {
        return new PartialDate(from, to, qualifier, day, newMonth, newYear, null, null, numeric);
    }

    /** The partial date starting at token {@code i}, or null when none starts there. */
    static PartialDate read(DeadlineTokens t, int i) {
        int k = i;
        DateQualifier qualifier = null;
        if (t.kind(k) == Kind.QUALIFIER) {
            qualifier = t.qualifier(k);
            k = t.skipHyphen(k + 1);
        }
        Kind kind = t.kind(k);
        if (kind == Kind.FULL_DATE) {
            String[] parts = t.lower(k).split("[/.-]");
            boolean iso = parts[0].length() == 4;
            int year = iso ? Integer.parseInt(parts[0]) : t.yearValue(parts[2]);
            int month = Integer.parseInt(parts[1]);
            int day = Integer.parseInt(iso ? parts[2] : parts[0]);
            return new PartialDate(i, k + 1, qualifier, day, month, year, null, null, !iso);
        }
        if (kind == Kind.MONTH_YEAR) {
            String[] parts = t.lower(k).split("/");
            return new PartialDate(i, k + 1, qualifier, null, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    null, null, true);
        }
        // Any one- or two-digit number before a month is its day, so that "32 Jan 2022" is reported
        // as no real date rather than read as January.
        if ((kind == Kind.ORDINAL || (kind == Kind.NUMBER && t.lower(k).length() <= 2)) && t.kind(k + 1) == Kind.MONTH) {
            return withYearFrom(t, k + 2, i, qualifier, t.dayValue(k), t.month(k + 1).getValue());
        }
        if (kind == Kind.MONTH) {
            int month = t.month(k).getValue();
            // "Nov 22, 2022" and "March 1st 2022" put the day after the month.
            int afterDay = t.kind(k + 2) == Kind.LIST && t.lower(k + 2).equals(",") ? k + 3 : k + 2;
            if ((t.isDay(k + 1) && t.isYear(afterDay, false)) || t.kind(k + 1) == Kind.ORDINAL) {
                return withYearFrom(t, k + 2, i, qualifier, t.dayValue(k + 1), month);
            }
            return withYearFrom(t, k + 1, i, qualifier, null, month);
        }
        if (t.isYear(k, false)) {
            return new PartialDate(i, k + 1, qualifier, null, null, t.yearValue(t.lower(k)), null, null, false);
        }
        if (kind == Kind.YEAR_PAIR) {
            int[] pair = DeadlineTokens.yearPair(t.lower(k));
            return new PartialDate(i, k + 1, qualifier, null, null, null, pair[0], pair[1], false);
        }
        return null;
    }

    /** Completes a day-and-month or a month with the year at {@code k}, if one is there. */
    private static PartialDate withYearFrom(DeadlineTokens t, int k, int from, DateQualifier qualifier, Integer day, int month) {
        // "29 Oct, 2021" and "October/2010" put a separator before a four-digit year.
        boolean separated = (t.kind(k) == Kind.LIST && t.lower(k).equals(",")) || t.kind(k) == Kind.SLASH;
        int y = separated && t.isYear(k + 1, false) ? k + 1 : k;
        if (t.isYear(y, true)) {
            return new PartialDate(from, y + 1, qualifier, day, month, t.yearValue(t.lower(y)), null, null, false);
        }
        if (t.kind(y) == Kind.YEAR_PAIR) {
            int[] pair = DeadlineTokens.yearPair(t.lower(y));
            return new PartialDate(from, y + 1, qualifier, day, month, null, pair[0], pair[1], false);
        }
        return new PartialDate(from, k, qualifier, day, month, null, null, null, false);
    }

    /**
     * The day this names, or null if there is no such day. A month without a day means its first day at the
     * start of a window and its last day otherwise.
     */
    LocalDate dateOf(boolean atStart) {
        if (month == null) {
            return atStart ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        }
        if (month < 1 || month > 12) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day != null) {
            return ym.isValidDay(day) ? ym.atDay(day) : null;
        }
        if (qualifier != null) {
            return ym.atDay(qualifier.dayIn(ym));
        }
        return atStart ? ym.atDay(1) : ym.atEndOfMonth();
    }

    /** The day of the month this names, 31 standing for the month's end; null for none. */
    Integer dayInMonth() {
        if (day != null) {
            return day;
        }
        if (qualifier != null) {
            return qualifier == DateQualifier.END ? 31 : qualifier.day;
        }
        return null;
    }

    String notRealDate(String text) {
        String hint = numeric && month != null && month > 12 ? " (dates are read day/month/year)" : "";
        return "'" + text + "' is not a real date" + hint;
    }
}
