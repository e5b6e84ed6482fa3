package uk.send.plan.deadline.domain;

import uk.send.plan.text.Homoglyphs;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One deadline cell cut into tokens for {@link DeadlineParser}: months, numbers, full dates, year pairs,
 * range and list words, qualifiers ("Mid"), recurrence words ("every"), with filler words ("by", "the") and
 * stray punctuation dropped. Besides the tokens it answers the questions the reader asks of one token: is it
 * a day, a year, which month; two-digit years are read against the reference year's pivot.
 */
final class DeadlineTokens {

    enum Kind {
        MONTH, NUMBER, ORDINAL, FULL_DATE, MONTH_YEAR, YEAR_PAIR,
        RANGE, SLASH, LIST, QUALIFIER, RECUR, YEAR_WORD, FILLER, WORD, SYMBOL
    }

    private record Token(Kind kind, String lower, int start, int end) {
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

    private static final Map<String, DateQualifier> QUALIFIERS = Map.of(
            "start", DateQualifier.START, "beginning", DateQualifier.START,
            "early", DateQualifier.EARLY,
            "mid", DateQualifier.MID, "middle", DateQualifier.MID,
            "end", DateQualifier.END, "late", DateQualifier.END);

    private static final Set<String> RECUR_WORDS = Set.of("every", "each", "annually", "annual", "yearly");
    private static final Set<String> RECUR_SUFFIXES = Set.of("annually", "yearly");
    private static final Set<String> RANGE_WORDS = Set.of("to", "until", "till", "through", "thru");
    private static final Set<String> LIST_WORDS = Set.of("and", ",", ";", "&", "+");
    private static final Set<String> FILLER_WORDS = Set.of(
            "by", "before", "on", "in", "of", "the", "due", "deadline", "no", "later", "than", "at",
            "latest", "from", "for", "around", "approx", "approximately", "circa");
    // Bullets and quotes come with text copied out of PDFs and Word tables; they never carry a date.
    private static final String IGNORED_SYMBOLS = ".:()[]'\"!?*\u2022\u00A7\u00B7\u25E6\u25AA\uF0B7\u2018\u2019\u201C\u201D";

    private final String original;
    private final int pivot;
    private final List<Token> tokens;

    DeadlineTokens(String original, int referenceYear) {
        this.original = original;
        this.pivot = referenceYear % 100 + 20;
        this.tokens = tokenize(Homoglyphs.toLatin(original));
    }

    int size() {
        return tokens.size();
    }

    Kind kind(int i) {
        return i < tokens.size() ? tokens.get(i).kind() : null;
    }

    String lower(int i) {
        return tokens.get(i).lower();
    }

    DateQualifier qualifier(int i) {
        return QUALIFIERS.get(lower(i));
    }

    Month month(int i) {
        return monthOf(lower(i));
    }

    /** Whether the recurrence word at {@code i} ends a recurrence on its own ("annually"), unlike "each" (year). */
    boolean isRecurSuffix(int i) {
        return RECUR_SUFFIXES.contains(lower(i));
    }

    int skipHyphen(int k) {
        // "Mid-March": the hyphen joins the qualifier to its month, it does not open a range.
        return kind(k) == Kind.RANGE && lower(k).equals("-") ? k + 1 : k;
    }

    boolean isDay(int i) {
        Kind kind = kind(i);
        if (kind != Kind.ORDINAL && (kind != Kind.NUMBER || lower(i).length() > 2)) {
            return false;
        }
        int value = dayValue(i);
        return value >= 1 && value <= 31;
    }

    int dayValue(int i) {
        return Integer.parseInt(lower(i).replaceAll("\\D", ""));
    }

    /** A four-digit year, or when {@code twoDigits} allows it a two-digit one (as in "29 Oct 21"). */
    boolean isYear(int i, boolean twoDigits) {
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

    int yearValue(String digits) {
        int value = Integer.parseInt(digits);
        if (digits.length() != 2) {
            return value;
        }
        return value <= pivot ? 2000 + value : 1900 + value;
    }

    /** "2000/1", "2000/01", "2000/2001": the second year is written with as few digits as differ. */
    static int[] yearPair(String text) {
        String[] parts = text.split("/");
        int first = Integer.parseInt(parts[0]);
        int modulus = (int) Math.pow(10, parts[1].length());
        int second = first - first % modulus + Integer.parseInt(parts[1]);
        if (second <= first) {
            second += modulus;
        }
        return new int[] {first, second};
    }

    /** The cell's own text from token {@code fromToken} up to (not including) {@code toToken}. */
    String fragment(int fromToken, int toToken) {
        String raw = original.substring(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
        // Extracted tables wrap cells over lines; the line breaks are layout, not what was written.
        return WHITESPACE.matcher(raw).replaceAll(" ");
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
    static Month monthOf(String lower) {
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
