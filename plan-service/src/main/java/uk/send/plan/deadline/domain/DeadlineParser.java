package uk.send.plan.deadline.domain;

import uk.send.plan.text.Homoglyphs;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the deadline cell of an English local authority's action plan ("Mar 2022", "29 Oct 21",
 * "Nov – Feb 2000/1", "End July 2010", "EVERY JANUARY") into {@link DueDate}s. It never throws on what a
 * cell says: whatever it cannot read comes back as a problem quoting the fragment, so that a person can
 * fix the plan rather than lose the deadline.
 *
 * <p>How ambiguous forms are read:
 * <ul>
 *   <li>numeric dates are day/month/year; a two-digit number straight after a month is its year
 *       ("NOV 22" is November 2022), and a two-digit year {@code yy} is 20yy up to twenty years past the
 *       reference year's {@code yy}, 19yy beyond;</li>
 *   <li>"Early" is the 10th, "Mid" the 15th, "Start" the 1st, "End" and "Late" the month's end;</li>
 *   <li>a window with its year written once ("Jan – June 2001", "Nov – Feb 2001") ends in that year and
 *       starts in the year before if its start comes later in the year;</li>
 *   <li>in "Nov – Feb 2000/1" the start is in the first year and an end earlier in the year than the
 *       start in the second;</li>
 *   <li>a window from a month to the same month ("Sept – Sept 2000/1") spans a year;</li>
 *   <li>a bare year ("2022") or year pair ("2021/22") is a problem, not a deadline.</li>
 * </ul>
 */
public final class DeadlineParser {

    /**
     * What a cell said: the deadlines read, in the order written, and one human-readable problem per
     * fragment that could not be read. An empty cell gives neither.
     */
    public record ParseResult(List<DueDate> dates, List<String> problems) {
        public ParseResult {
            dates = List.copyOf(dates);
            problems = List.copyOf(problems);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    private enum Kind {
        MONTH, NUMBER, ORDINAL, FULL_DATE, MONTH_YEAR, YEAR_PAIR,
        RANGE, SLASH, LIST, QUALIFIER, RECUR, YEAR_WORD, FILLER, WORD, SYMBOL
    }

    private enum Qualifier {
        START(1), EARLY(10), MID(15), END(0);

        /** The day of the month meant, 0 for the month's last day. */
        final int day;

        Qualifier(int day) {
            this.day = day;
        }

        int dayIn(YearMonth month) {
            return day == 0 ? month.lengthOfMonth() : day;
        }
    }

    private record Token(Kind kind, String lower, int start, int end) {
    }

    /** A date as far as the cell spelled it out; fields the cell left out are null. */
    private record Partial(int from, int to, Qualifier qualifier, Integer day, Integer month, Integer year,
                           Integer pairFirst, Integer pairSecond, boolean numeric) {

        boolean hasPair() {
            return pairFirst != null;
        }

        Partial withYear(int newYear) {
            return new Partial(from, to, qualifier, day, month, newYear, null, null, numeric);
        }

        Partial withMonthAndYear(int newMonth, int newYear) {
            return new Partial(from, to, qualifier, day, newMonth, newYear, null, null, numeric);
        }
    }

    /** What reading from one token onwards produced; {@code next} is the first token not used. */
    private record Attempt(List<DueDate> dates, List<String> problems, int next, boolean yearOnly) {
        static Attempt of(DueDate date, int next) {
            return new Attempt(List.of(date), List.of(), next, false);
        }

        static Attempt problem(String problem, int next) {
            return new Attempt(List.of(), List.of(problem), next, false);
        }
    }

    // Longer, more specific shapes come first so that "2000/1" is never read as 2000 then a slash.
    private static final Pattern TOKEN = Pattern.compile(
            "(?<iso>\\d{4}-\\d{1,2}-\\d{1,2})(?!\\d)"
            + "|(?<dmy>\\d{1,2}(?<sep>[/.-])\\d{1,2}\\k<sep>(?:\\d{4}|\\d{2}))(?!\\d)"
            + "|(?<my>\\d{1,2}/\\d{4})(?!\\d)"
            + "|(?<pair>\\d{4}/\\d{1,4})(?!\\d)"
            + "|(?<grouped>\\d{1,3}(?:,\\d{3})+)(?!\\d)"
            + "|(?<ord>\\d{1,2}(?:st|nd|rd|th))"
            + "|(?<num>\\d+)"
            + "|(?<word>\\p{L}+)"
            + "|(?<dash>-)"
            + "|(?<slash>/)"
            + "|(?<sym>\\S)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F]+");

    private static final String[] MONTH_NAMES = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"
    };

    private static final Map<String, Month> MISSPELT_MONTHS = Map.of(
            "febuary", Month.FEBRUARY, "feburary", Month.FEBRUARY);

    private static final Map<String, Qualifier> QUALIFIERS = Map.of(
            "start", Qualifier.START, "beginning", Qualifier.START,
            "early", Qualifier.EARLY,
            "mid", Qualifier.MID, "middle", Qualifier.MID,
            "end", Qualifier.END, "late", Qualifier.END);

    private static final Set<String> RECUR_WORDS = Set.of("every", "each", "annually", "annual", "yearly");
    private static final Set<String> RECUR_SUFFIXES = Set.of("annually", "yearly");
    private static final Set<String> RANGE_WORDS = Set.of("to", "until", "till", "through", "thru");
    private static final Set<String> LIST_WORDS = Set.of("and", ",", ";", "&", "+");
    private static final Set<String> FILLER_WORDS = Set.of(
            "by", "before", "on", "in", "of", "the", "due", "deadline", "no", "later", "than", "at",
            "latest", "from", "for", "around", "approx", "approximately", "circa");
    // Bullets and quotes come with text copied out of PDFs and Word tables; they never carry a date.
    private static final String IGNORED_SYMBOLS = ".:()[]'\"!?*\u2022\u00A7\u00B7\u25E6\u25AA\uF0B7\u2018\u2019\u201C\u201D";

    /**
     * Reads {@code cellText}. {@code reference} is the day the plan is read as of; it decides the century
     * of two-digit years. A {@code null} or blank cell gives an empty result.
     */
    public ParseResult parse(String cellText, LocalDate reference) {
        Objects.requireNonNull(reference, "reference");
        if (cellText == null || cellText.isBlank()) {
            return new ParseResult(List.of(), List.of());
        }
        return new Reading(cellText, reference).read();
    }

    /** The state of reading one cell. */
    private static final class Reading {
        private final String original;
        private final int pivot;
        private final List<Token> tokens;
        private final List<DueDate> dates = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        Reading(String original, LocalDate reference) {
            this.original = original;
            this.pivot = reference.getYear() % 100 + 20;
            this.tokens = tokenize(Homoglyphs.toLatin(original));
        }

        ParseResult read() {
            int i = 0;
            int runFrom = -1;
            while (i < tokens.size()) {
                if (kind(i) == Kind.LIST) {
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
                problems.add("could not read '" + fragment(from, to) + "' as a date");
            }
        }

        private boolean onlyDashes(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!lower(k).equals("-")) {
                    return false;
                }
            }
            return true;
        }

        // ---- expressions ----

        private Attempt tryExpression(int i) {
            if (kind(i) == Kind.RECUR) {
                return tryRecurringPrefix(i);
            }
            Partial first = parsePartial(i);
            if (first == null) {
                return tryDayRange(i);
            }
            int k = first.to();
            if (kind(k) == Kind.RANGE || kind(k) == Kind.SLASH) {
                Partial second = parsePartial(k + 1);
                // "October/November 2010" is a window, but "October/2010" is just October.
                if (second != null && (kind(k) == Kind.RANGE || second.month() != null)) {
                    return window(first, second);
                }
            }
            if (first.month() != null && first.year() == null && !first.hasPair()) {
                Attempt recurring = tryRecurringSuffix(first);
                if (recurring != null) {
                    return recurring;
                }
                if (kind(k) == Kind.LIST) {
                    Partial next = parsePartial(k + 1);
                    if (next != null && next.month() != null && next.year() != null) {
                        return borrowYear(first, next);
                    }
                }
            }
            return single(first);
        }

        /** "1 – 15 April 2021": the start is a bare day taking its month and year from the end. */
        private Attempt tryDayRange(int i) {
            if (!isDay(i) || kind(i + 1) != Kind.RANGE) {
                return null;
            }
            Partial end = parsePartial(i + 2);
            if (end == null || end.day() == null || end.month() == null) {
                return null;
            }
            Partial start = new Partial(i, i + 1, null, dayValue(i), null, null, null, null, false);
            return window(start, end);
        }

        /** "June and July 2022": a list writes the year once, after its last month. */
        private Attempt borrowYear(Partial first, Partial next) {
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

        private Attempt single(Partial p) {
            String text = fragment(p.from(), p.to());
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
                return Attempt.problem(notRealDate(p, text), p.to());
            }
            if (p.month() == null) {
                if (p.qualifier() == Qualifier.END) {
                    return Attempt.of(new DueDate.InMonth(YearMonth.of(p.year(), Month.DECEMBER), text), p.to());
                }
                return new Attempt(List.of(), List.of("only a year in '" + text + "'; a deadline needs at least a month"),
                        p.to(), true);
            }
            if (p.day() == null && (p.qualifier() == null || p.qualifier() == Qualifier.END)) {
                return Attempt.of(new DueDate.InMonth(YearMonth.of(p.year(), p.month()), text), p.to());
            }
            LocalDate date = dateOf(p, true);
            if (date == null) {
                return Attempt.problem(notRealDate(p, text), p.to());
            }
            return Attempt.of(new DueDate.OnDay(date, text), p.to());
        }

        private Attempt window(Partial first, Partial second) {
            String text = fragment(first.from(), second.to());
            if (first.hasPair() || (second.hasPair() && (first.year() != null || second.month() == null
                    || second.pairSecond() != second.pairFirst() + 1))) {
                return Attempt.problem("could not tell which years '" + text + "' spans", second.to());
            }
            Partial start = first;
            Partial end = second;
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
            LocalDate from = dateOf(start, true);
            if (from == null) {
                return Attempt.problem(notRealDate(start, fragment(start.from(), start.to())), second.to());
            }
            LocalDate to = dateOf(end, false);
            if (to == null) {
                return Attempt.problem(notRealDate(end, fragment(end.from(), end.to())), second.to());
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
        private static boolean crossesYearEnd(Partial start, Partial end) {
            if (!start.month().equals(end.month())) {
                return start.month() > end.month();
            }
            Integer startDay = dayInMonth(start);
            Integer endDay = dayInMonth(end);
            if (startDay == null && endDay == null) {
                return true;
            }
            return startDay != null && endDay != null && startDay > endDay;
        }

        /** The day of the month a partial date names, 31 standing for the month's end; null for none. */
        private static Integer dayInMonth(Partial p) {
            if (p.day() != null) {
                return p.day();
            }
            if (p.qualifier() != null) {
                return p.qualifier() == Qualifier.END ? 31 : p.qualifier().day;
            }
            return null;
        }

        private Attempt tryRecurringPrefix(int i) {
            int k = i + 1;
            if (kind(k) == Kind.YEAR_WORD) {
                k++;
            }
            Qualifier qualifier = null;
            if (kind(k) == Kind.QUALIFIER) {
                qualifier = QUALIFIERS.get(lower(k));
                k = skipHyphen(k + 1);
            }
            Integer day = null;
            Month month;
            if (isDay(k) && kind(k + 1) == Kind.MONTH) {
                day = dayValue(k);
                month = monthOf(lower(k + 1));
                k += 2;
            } else if (kind(k) == Kind.MONTH) {
                month = monthOf(lower(k));
                k++;
                // In "every January 15" a number after the month is a day: a recurrence has no year.
                if (isDay(k)) {
                    day = dayValue(k);
                    k++;
                }
            } else {
                return null;
            }
            if (isYear(k, false) || kind(k) == Kind.YEAR_PAIR) {
                return null;
            }
            return recurring(month, day, qualifier, i, k);
        }

        /** "January annually", "15 March each year". */
        private Attempt tryRecurringSuffix(Partial p) {
            int k = p.to();
            if (kind(k) != Kind.RECUR) {
                return null;
            }
            int end;
            if (RECUR_SUFFIXES.contains(lower(k))) {
                end = k + 1;
            } else if (kind(k + 1) == Kind.YEAR_WORD) {
                end = k + 2;
            } else {
                return null;
            }
            return recurring(Month.of(p.month()), p.day(), p.qualifier(), p.from(), end);
        }

        private Attempt recurring(Month month, Integer day, Qualifier qualifier, int from, int to) {
            String text = fragment(from, to);
            Integer onDay = day;
            if (onDay == null && qualifier != null && qualifier != Qualifier.END) {
                onDay = qualifier.day;
            }
            if (onDay != null && onDay > month.maxLength()) {
                return Attempt.problem("'" + text + "' is not a real date", to);
            }
            return Attempt.of(new DueDate.Recurring(month, onDay, text), to);
        }

        // ---- partial dates ----

        private Partial parsePartial(int i) {
            int k = i;
            Qualifier qualifier = null;
            if (kind(k) == Kind.QUALIFIER) {
                qualifier = QUALIFIERS.get(lower(k));
                k = skipHyphen(k + 1);
            }
            Kind kind = kind(k);
            if (kind == Kind.FULL_DATE) {
                String[] parts = lower(k).split("[/.-]");
                boolean iso = parts[0].length() == 4;
                int year = iso ? Integer.parseInt(parts[0]) : yearValue(parts[2]);
                int month = Integer.parseInt(parts[1]);
                int day = Integer.parseInt(iso ? parts[2] : parts[0]);
                return new Partial(i, k + 1, qualifier, day, month, year, null, null, !iso);
            }
            if (kind == Kind.MONTH_YEAR) {
                String[] parts = lower(k).split("/");
                return new Partial(i, k + 1, qualifier, null, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        null, null, true);
            }
            // Any one- or two-digit number before a month is its day, so that "32 Jan 2022" is reported
            // as no real date rather than read as January.
            if ((kind == Kind.ORDINAL || (kind == Kind.NUMBER && lower(k).length() <= 2)) && kind(k + 1) == Kind.MONTH) {
                return withYearFrom(k + 2, i, qualifier, dayValue(k), monthOf(lower(k + 1)).getValue());
            }
            if (kind == Kind.MONTH) {
                int month = monthOf(lower(k)).getValue();
                // "Nov 22, 2022" and "March 1st 2022" put the day after the month.
                int afterDay = kind(k + 2) == Kind.LIST && lower(k + 2).equals(",") ? k + 3 : k + 2;
                if ((isDay(k + 1) && isYear(afterDay, false)) || kind(k + 1) == Kind.ORDINAL) {
                    return withYearFrom(k + 2, i, qualifier, dayValue(k + 1), month);
                }
                return withYearFrom(k + 1, i, qualifier, null, month);
            }
            if (isYear(k, false)) {
                return new Partial(i, k + 1, qualifier, null, null, yearValue(lower(k)), null, null, false);
            }
            if (kind == Kind.YEAR_PAIR) {
                int[] pair = yearPair(lower(k));
                return new Partial(i, k + 1, qualifier, null, null, null, pair[0], pair[1], false);
            }
            return null;
        }

        /** Completes a day-and-month or a month with the year at {@code k}, if one is there. */
        private Partial withYearFrom(int k, int from, Qualifier qualifier, Integer day, int month) {
            // "29 Oct, 2021" and "October/2010" put a separator before a four-digit year.
            boolean separated = (kind(k) == Kind.LIST && lower(k).equals(",")) || kind(k) == Kind.SLASH;
            int y = separated && isYear(k + 1, false) ? k + 1 : k;
            if (isYear(y, true)) {
                return new Partial(from, y + 1, qualifier, day, month, yearValue(lower(y)), null, null, false);
            }
            if (kind(y) == Kind.YEAR_PAIR) {
                int[] pair = yearPair(lower(y));
                return new Partial(from, y + 1, qualifier, day, month, null, pair[0], pair[1], false);
            }
            return new Partial(from, k, qualifier, day, month, null, null, null, false);
        }

        /**
         * The day {@code p} names, or null if there is no such day. A month without a day means its first
         * day at the start of a window and its last day otherwise.
         */
        private LocalDate dateOf(Partial p, boolean atStart) {
            if (p.month() == null) {
                return atStart ? LocalDate.of(p.year(), 1, 1) : LocalDate.of(p.year(), 12, 31);
            }
            if (p.month() < 1 || p.month() > 12) {
                return null;
            }
            YearMonth ym = YearMonth.of(p.year(), p.month());
            if (p.day() != null) {
                return ym.isValidDay(p.day()) ? ym.atDay(p.day()) : null;
            }
            if (p.qualifier() != null) {
                return ym.atDay(p.qualifier().dayIn(ym));
            }
            return atStart ? ym.atDay(1) : ym.atEndOfMonth();
        }

        private String notRealDate(Partial p, String text) {
            String hint = p.numeric() && p.month() != null && p.month() > 12 ? " (dates are read day/month/year)" : "";
            return "'" + text + "' is not a real date" + hint;
        }

        // ---- tokens ----

        private Kind kind(int i) {
            return i < tokens.size() ? tokens.get(i).kind() : null;
        }

        private String lower(int i) {
            return tokens.get(i).lower();
        }

        private int skipHyphen(int k) {
            // "Mid-March": the hyphen joins the qualifier to its month, it does not open a range.
            return kind(k) == Kind.RANGE && lower(k).equals("-") ? k + 1 : k;
        }

        private boolean isDay(int i) {
            Kind kind = kind(i);
            if (kind != Kind.ORDINAL && (kind != Kind.NUMBER || lower(i).length() > 2)) {
                return false;
            }
            int value = dayValue(i);
            return value >= 1 && value <= 31;
        }

        private int dayValue(int i) {
            return Integer.parseInt(lower(i).replaceAll("\\D", ""));
        }

        /** A four-digit year, or when {@code twoDigits} allows it a two-digit one (as in "29 Oct 21"). */
        private boolean isYear(int i, boolean twoDigits) {
            if (kind(i) != Kind.NUMBER) {
                return false;
            }
            String digits = lower(i);
            if (digits.length() == 2) {
                return twoDigits;
            }
            if (digits.length() != 4) {
                return false;
            }
            int value = Integer.parseInt(digits);
            return value >= 1900 && value <= 2199;
        }

        private int yearValue(String digits) {
            int value = Integer.parseInt(digits);
            if (digits.length() != 2) {
                return value;
            }
            return value <= pivot ? 2000 + value : 1900 + value;
        }

        /** "2000/1", "2000/01", "2000/2001": the second year is written with as few digits as differ. */
        private int[] yearPair(String text) {
            String[] parts = text.split("/");
            int first = Integer.parseInt(parts[0]);
            int modulus = (int) Math.pow(10, parts[1].length());
            int second = first - first % modulus + Integer.parseInt(parts[1]);
            if (second <= first) {
                second += modulus;
            }
            return new int[] {first, second};
        }

        private String fragment(int fromToken, int toToken) {
            String raw = original.substring(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
            // Extracted tables wrap cells over lines; the line breaks are layout, not what was written.
            return WHITESPACE.matcher(raw).replaceAll(" ");
        }
    }

    private static List<Token> tokenize(String normalized) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(normalized);
        while (m.find()) {
            String lower = m.group().toLowerCase(Locale.ROOT);
            Kind kind = classify(m, lower);
            if (kind != Kind.FILLER) {
                tokens.add(new Token(kind, lower, m.start(), m.end()));
            }
        }
        return tokens;
    }

    private static Kind classify(Matcher m, String lower) {
        if (m.group("iso") != null || m.group("dmy") != null) {
            return Kind.FULL_DATE;
        }
        if (m.group("my") != null) {
            return Kind.MONTH_YEAR;
        }
        if (m.group("pair") != null) {
            return Kind.YEAR_PAIR;
        }
        if (m.group("grouped") != null) {
            // "£6,000": an amount, whose comma must not split it into two fragments.
            return Kind.WORD;
        }
        if (m.group("ord") != null) {
            return Kind.ORDINAL;
        }
        if (m.group("num") != null) {
            return Kind.NUMBER;
        }
        if (m.group("dash") != null) {
            return Kind.RANGE;
        }
        if (m.group("slash") != null) {
            return Kind.SLASH;
        }
        if (m.group("sym") != null) {
            if (LIST_WORDS.contains(lower)) {
                return Kind.LIST;
            }
            return IGNORED_SYMBOLS.contains(lower) ? Kind.FILLER : Kind.SYMBOL;
        }
        if (monthOf(lower) != null) {
            return Kind.MONTH;
        }
        if (QUALIFIERS.containsKey(lower)) {
            return Kind.QUALIFIER;
        }
        if (RECUR_WORDS.contains(lower)) {
            return Kind.RECUR;
        }
        if (RANGE_WORDS.contains(lower)) {
            return Kind.RANGE;
        }
        if (LIST_WORDS.contains(lower)) {
            return Kind.LIST;
        }
        if (FILLER_WORDS.contains(lower)) {
            return Kind.FILLER;
        }
        return lower.equals("year") ? Kind.YEAR_WORD : Kind.WORD;
    }

    /** A month's full name, any abbreviation of it of three letters or more ("Sep", "Sept"), or a common misspelling. */
    private static Month monthOf(String lower) {
        Month misspelt = MISSPELT_MONTHS.get(lower);
        if (misspelt != null) {
            return misspelt;
        }
        if (lower.length() < 3) {
            return null;
        }
        for (int i = 0; i < MONTH_NAMES.length; i++) {
            if (MONTH_NAMES[i].startsWith(lower)) {
                return Month.of(i + 1);
            }
        }
        return null;
    }
}
