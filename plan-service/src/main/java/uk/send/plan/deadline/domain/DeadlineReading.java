package uk.send.plan.deadline.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import uk.send.plan.deadline.domain.DeadlineParser.ParseResult;
import uk.send.plan.deadline.domain.DeadlineTokens.Kind;

/**
 * The state of reading one deadline cell for {@link DeadlineParser}: walks its tokens, reading each
 * expression (a date, a window, a list borrowing one year, a recurrence) and collecting what it could not
 * read as problems. The rules for ambiguous forms are listed on {@link DeadlineParser}.
 */
final class DeadlineReading {

    /** What reading from one token onwards produced; {@code next} is the first token not used. */
    private record Attempt(List<DueDate> dates, List<String> problems, int next, boolean yearOnly) {
        static Attempt of(DueDate date, int next) {
            return new Attempt(List.of(date), List.of(), next, false);
        }

        static Attempt problem(String problem, int next) {
            return new Attempt(List.of(), List.of(problem), next, false);
        }
    }

    private final DeadlineTokens t;
    private final List<DueDate> dates = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    DeadlineReading(String original, LocalDate reference) {
        this.t = new DeadlineTokens(original, reference.getYear());
    }

    ParseResult read() {
        int i = 0;
        int runFrom = -1;
        while (i < t.size()) {
            if (t.kind(i) == Kind.LIST) {
                flushUnread(runFrom, i);
                runFrom = -1;
                i++;
                continue;
            }
            Attempt attempt = tryExpression(i);
            if (attempt == null) {
                if (runFrom < 0) {
                    runFrom = i;
                }
                i++;
            } else if (attempt.yearOnly() && runFrom >= 0 && !onlyDashes(runFrom, i)) {
                // "Spring 2022", "Q3 2022": one phrase the reader did not understand, not two problems.
                i = attempt.next();
            } else {
                flushUnread(runFrom, i);
                runFrom = -1;
                dates.addAll(attempt.dates());
                problems.addAll(attempt.problems());
                i = attempt.next();
            }
        }
        flushUnread(runFrom, i);
        return new ParseResult(dates, problems);
    }

    private void flushUnread(int from, int to) {
        if (from < 0) {
            return;
        }
        // A lone dash is how many tables say "nothing here"; it says nothing wrong about a date.
        if (!onlyDashes(from, to)) {
            problems.add("could not read '" + t.fragment(from, to) + "' as a date");
        }
    }

    private boolean onlyDashes(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.lower(k).equals("-")) {
                return false;
            }
        }
        return true;
    }

    // ---- expressions ----

    private Attempt tryExpression(int i) {
        if (t.kind(i) == Kind.RECUR) {
            return tryRecurringPrefix(i);
        }
        PartialDate first = PartialDate.read(t, i);
        if (first == null) {
            return tryDayRange(i);
        }
        int k = first.to();
        if (t.kind(k) == Kind.RANGE || t.kind(k) == Kind.SLASH) {
            PartialDate second = PartialDate.read(t, k + 1);
            // "October/November 2010" is a window, but "October/2010" is just October.
            if (second != null && (t.kind(k) == Kind.RANGE || second.month() != null)) {
                return window(first, second);
            }
        }
        if (first.month() != null && first.year() == null && !first.hasPair()) {
            Attempt recurring = tryRecurringSuffix(first);
            if (recurring != null) {
                return recurring;
            }
            if (t.kind(k) == Kind.LIST) {
                PartialDate next = PartialDate.read(t, k + 1);
                if (next != null && next.month() != null && next.year() != null) {
                    return borrowYear(first, next);
                }
            }
        }
        return single(first);
    }

    /** "1 – 15 April 2021": the start is a bare day taking its month and year from the end. */
    private Attempt tryDayRange(int i) {
        if (!t.isDay(i) || t.kind(i + 1) != Kind.RANGE) {
            return null;
        }
        PartialDate end = PartialDate.read(t, i + 2);
        if (end == null || end.day() == null || end.month() == null) {
            return null;
        }
        PartialDate start = new PartialDate(i, i + 1, null, t.dayValue(i), null, null, null, null, false);
        return window(start, end);
    }

    /** "June and July 2022": a list writes the year once, after its last month. */
    private Attempt borrowYear(PartialDate first, PartialDate next) {
        int year = next.year();
        if (first.month() > next.month()) {
            year--;
        }
        Attempt a = single(first.withYear(year));
        Attempt b = single(next);
        List<DueDate> both = new ArrayList<>(a.dates());
        both.addAll(b.dates());
        List<String> issues = new ArrayList<>(a.problems());
        issues.addAll(b.problems());
        return new Attempt(both, issues, next.to(), false);
    }

    private Attempt single(PartialDate p) {
        String text = t.fragment(p.from(), p.to());
        if (p.hasPair()) {
            String problem = p.month() == null
                    ? "'" + text + "' is only a span of years; say which months"
                    : "could not tell which year of '" + text + "' is meant";
            return Attempt.problem(problem, p.to());
        }
        if (p.year() == null) {
            return Attempt.problem("no year in '" + text + "'", p.to());
        }
        if (p.month() != null && (p.month() < 1 || p.month() > 12)) {
            return Attempt.problem(p.notRealDate(text), p.to());
        }
        if (p.month() == null) {
            if (p.qualifier() == DateQualifier.END) {
                return Attempt.of(new DueDate.InMonth(YearMonth.of(p.year(), Month.DECEMBER), text), p.to());
            }
            return new Attempt(List.of(), List.of("only a year in '" + text + "'; a deadline needs at least a month"),
                    p.to(), true);
        }
        if (p.day() == null && (p.qualifier() == null || p.qualifier() == DateQualifier.END)) {
            return Attempt.of(new DueDate.InMonth(YearMonth.of(p.year(), p.month()), text), p.to());
        }
        LocalDate date = p.dateOf(true);
        if (date == null) {
            return Attempt.problem(p.notRealDate(text), p.to());
        }
        return Attempt.of(new DueDate.OnDay(date, text), p.to());
    }

    private Attempt window(PartialDate first, PartialDate second) {
        String text = t.fragment(first.from(), second.to());
        if (first.hasPair() || (second.hasPair() && (first.year() != null || second.month() == null
                || second.pairSecond() != second.pairFirst() + 1))) {
            return Attempt.problem("could not tell which years '" + text + "' spans", second.to());
        }
        PartialDate start = first;
        PartialDate end = second;
        if (second.hasPair()) {
            boolean endInSecondYear = first.month() != null && crossesYearEnd(first, second);
            start = first.month() == null
                    ? first.withMonthAndYear(second.month(), second.pairFirst())
                    : first.withYear(second.pairFirst());
            end = second.withYear(endInSecondYear ? second.pairSecond() : second.pairFirst());
        } else if (first.year() == null && second.year() != null) {
            if (first.month() == null) {
                start = first.withMonthAndYear(second.month(), second.year());
            } else {
                boolean startInYearBefore = second.month() != null && crossesYearEnd(first, second);
                start = first.withYear(startInYearBefore ? second.year() - 1 : second.year());
            }
        } else if (first.year() != null && second.year() == null) {
            boolean endInYearAfter = first.month() != null && crossesYearEnd(first, second);
            end = second.withYear(endInYearAfter ? first.year() + 1 : first.year());
        } else if (first.year() == null) {
            return Attempt.problem("no year in '" + text + "'", second.to());
        }
        LocalDate from = start.dateOf(true);
        if (from == null) {
            return Attempt.problem(start.notRealDate(t.fragment(start.from(), start.to())), second.to());
        }
        LocalDate to = end.dateOf(false);
        if (to == null) {
            return Attempt.problem(end.notRealDate(t.fragment(end.from(), end.to())), second.to());
        }
        if (to.isBefore(from)) {
            return Attempt.problem("'" + text + "' ends before it starts", second.to());
        }
        return Attempt.of(new DueDate.Window(from, to, text), second.to());
    }

    /**
     * Whether a window written with one year must run over a year end: its end comes earlier in the
     * year than its start, or it runs from a month to the same month ("Sept – Sept 2000/1"), which
     * nobody writes to mean a single month.
     */
    private static boolean crossesYearEnd(PartialDate start, PartialDate end) {
        if (!start.month().equals(end.month())) {
            return start.month() > end.month();
        }
        Integer startDay = start.dayInMonth();
        Integer endDay = end.dayInMonth();
        if (startDay == null && endDay == null) {
            return true;
        }
        return startDay != null && endDay != null && startDay > endDay;
    }

    private Attempt tryRecurringPrefix(int i) {
        int k = i + 1;
        if (t.kind(k) == Kind.YEAR_WORD) {
            k++;
        }
        DateQualifier qualifier = null;
        if (t.kind(k) == Kind.QUALIFIER) {
            qualifier = t.qualifier(k);
            k = t.skipHyphen(k + 1);
        }
        Integer day = null;
        Month month;
        if (t.isDay(k) && t.kind(k + 1) == Kind.MONTH) {
            day = t.dayValue(k);
            month = t.month(k + 1);
            k += 2;
        } else if (t.kind(k) == Kind.MONTH) {
            month = t.month(k);
            k++;
            // In "every January 15" a number after the month is a day: a recurrence has no year.
            if (t.isDay(k)) {
                day = t.dayValue(k);
                k++;
            }
        } else {
            return null;
        }
        if (t.isYear(k, false) || t.kind(k) == Kind.YEAR_PAIR) {
            return null;
        }
        return recurring(month, day, qualifier, i, k);
    }

    /** "January annually", "15 March each year". */
    private Attempt tryRecurringSuffix(PartialDate p) {
        int k = p.to();
        if (t.kind(k) != Kind.RECUR) {
            return null;
        }
        int end;
        if (t.isRecurSuffix(k)) {
            end = k + 1;
        } else if (t.kind(k + 1) == Kind.YEAR_WORD) {
            end = k + 2;
        } else {
            return null;
        }
        return recurring(Month.of(p.month()), p.day(), p.qualifier(), p.from(), end);
    }

    private Attempt recurring(Month month, Integer day, DateQualifier qualifier, int from, int to) {
        String text = t.fragment(from, to);
        Integer onDay = day;
        if (onDay == null && qualifier != null && qualifier != DateQualifier.END) {
            onDay = qualifier.day;
        }
        if (onDay != null && onDay > month.maxLength()) {
            return Attempt.problem("'" + text + "' is not a real date", to);
        }
        return Attempt.of(new DueDate.Recurring(month, onDay, text), to);
    }
}
