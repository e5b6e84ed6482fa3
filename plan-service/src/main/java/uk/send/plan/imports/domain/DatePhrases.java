package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.send.plan.text.Homoglyphs;

/**
 * Recognises the words deadline cells are made of ("Mar 2022", "29 Oct 21", "Nov2022", "EVERY JANUARY",
 * "Nov – Feb 2000/1", "Ост 2020") well enough to count and cut them, never to turn them into dates: that
 * is the deadline parser's job, and the raw text is what is kept.
 *
 * <p>Rules: a date is built from optional prefix words (By, End, Early, Every…), an optional day, a month
 * or season and an optional year. A range connector (–, -, /, "to") joins the two ends of one date. A new
 * date starts when a month, day, year, prefix or standalone word ("ongoing", "termly") follows a date that
 * already has a month, year or standalone word. One or two digits right after a month are its year, as UK
 * documents write "Oct 21" for October 2021.
 */
final class DatePhrases {

    /** A leading date: its raw text, the text after it, and whether it ends on a range dash awaiting its end. */
    record Leading(String phrase, String rest, boolean dangling) {
    }

    private enum Kind { YEAR, NUMBER, MONTH, PREFIX, GLUE, STANDALONE, CONNECTOR, WORD, PUNCT }

    private record Token(Kind kind, String text, int start, int end) {
    }

    /** What one end of a date has seen so far. */
    private static final class Side {
        boolean year;
        boolean month;
        boolean standalone;

        boolean complete() {
            return year || month || standalone;
        }
    }

    private static final Pattern TOKEN =
            Pattern.compile("\\d{4}/\\d{1,4}|\\d+(?:st|nd|rd|th)?|\\p{L}+\\.?|[–—\\-/]|\\S");
    private static final Set<String> MONTHS = Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
            "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
            "dec", "december", "spring", "summer", "autumn", "winter");
    private static final Set<String> PREFIXES = Set.of(
            "by", "end", "early", "mid", "late", "beginning", "start", "from", "before", "until", "every", "each");
    private static final Set<String> GLUE = Set.of("of", "the");
    private static final Set<String> STANDALONE = Set.of(
            "ongoing", "termly", "annually", "monthly", "weekly", "quarterly", "immediately", "tbc", "tba");
    private static final Pattern TRAILING_JOINERS = Pattern.compile("[\\s,;:/–—-]+$");

    private DatePhrases() {
    }

    /**
     * The dates a cell holds, as raw substrings in order ("JULY 2022 SEPT 2022" gives two). Text that is
     * not a date word stays with the date it follows, so the pieces always cover the whole cell.
     */
    static List<String> split(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        List<Token> tokens = tokens(raw);
        int fragStart = -1;
        int fragEnd = -1;
        Side side = new Side();
        Kind previous = null;
        for (Token t : tokens) {
            boolean startsNew = false;
            switch (t.kind) {
                case CONNECTOR -> {
                    if (fragStart >= 0) {
                        side = new Side();
                        fragEnd = t.end;
                        previous = t.kind;
                    }
                    continue;
                }
                case YEAR -> {
                    startsNew = side.year;
                }
                case NUMBER -> {
                    if (previous == Kind.MONTH && !side.year) {
                        if (t.text.length() == 2) {
                            side.year = true;
                        }
                    } else {
                        startsNew = side.complete();
                    }
                }
                case MONTH, PREFIX, STANDALONE -> startsNew = side.complete();
                default -> {
                }
            }
            if (startsNew && fragStart >= 0) {
                out.add(piece(raw, fragStart, fragEnd));
                fragStart = -1;
                side = new Side();
            }
            if (fragStart < 0) {
                fragStart = t.start;
            }
            switch (t.kind) {
                case YEAR -> side.year = true;
                case MONTH -> side.month = true;
                case STANDALONE -> side.standalone = true;
                default -> {
                }
            }
            fragEnd = t.end;
            previous = t.kind;
        }
        if (fragStart >= 0) {
            out.add(piece(raw, fragStart, fragEnd));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /**
     * The date a line opens with ("End July 2010 Constitute…" gives "End July 2010"), or null when it does
     * not open with one that names a month, season or year. Stops where a second date would start, so
     * "September 2010 May…" keeps "May" in the rest.
     */
    static Leading leading(String raw) {
        if (raw == null) {
            return null;
        }
        List<Token> tokens = tokens(raw);
        int end = -1;
        boolean hasDate = false;
        boolean dangling = false;
        Side side = new Side();
        Kind previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean accept;
            switch (t.kind) {
                case CONNECTOR -> {
                    if (end < 0) {
                        accept = false;
                    } else if (i + 1 == tokens.size()) {
                        dangling = true;
                        accept = true;
                    } else {
                        Kind next = tokens.get(i + 1).kind;
                        accept = next == Kind.MONTH || next == Kind.YEAR || next == Kind.NUMBER
                                || next == Kind.PREFIX;
                        if (accept) {
                            side = new Side();
                        }
                    }
                }
                case GLUE -> accept = previous == Kind.PREFIX || previous == Kind.GLUE;
                case YEAR -> {
                    accept = !side.year;
                    side.year = true;
                    hasDate = true;
                }
                case NUMBER -> {
                    if (previous == Kind.MONTH && !side.year) {
                        accept = true;
                        side.year = t.text.length() == 2;
                    } else {
                        accept = !side.complete();
                    }
                }
                case MONTH -> {
                    accept = !side.complete();
                    side.month = true;
                    hasDate = hasDate || accept;
                }
                case PREFIX -> accept = !side.complete();
                default -> accept = false;
            }
            if (!accept) {
                break;
            }
            end = t.end;
            previous = t.kind;
        }
        if (!hasDate || end < 0) {
            return null;
        }
        return new Leading(Cells.clean(raw.substring(0, end)), Cells.clean(raw.substring(end)), dangling);
    }

    private static String piece(String raw, int start, int end) {
        return TRAILING_JOINERS.matcher(Cells.clean(raw.substring(start, end))).replaceAll("");
    }

    private static List<Token> tokens(String raw) {
        // Look-alikes are matched as Latin ("Ост" is "Oct"); the mapping keeps indexes, so raw text is cut.
        String latin = Homoglyphs.toLatin(raw);
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(latin);
        while (m.find()) {
            String text = m.group();
            out.add(new Token(kindOf(text), text, m.start(), m.end()));
        }
        return out;
    }

    private static Kind kindOf(String text) {
        char first = text.charAt(0);
        if (Character.isDigit(first)) {
            if (text.contains("/")) {
                return Kind.YEAR;
            }
            String digits = text.replaceAll("\\D", "");
            if (digits.length() == 4) {
                int year = Integer.parseInt(digits);
                return year >= 1900 && year <= 2099 ? Kind.YEAR : Kind.WORD;
            }
            return digits.length() <= 2 ? Kind.NUMBER : Kind.WORD;
        }
        if (Character.isLetter(first)) {
            String word = text.toLowerCase(Locale.ROOT);
            if (word.endsWith(".")) {
                word = word.substring(0, word.length() - 1);
            }
            if (MONTHS.contains(word)) {
                return Kind.MONTH;
            }
            if (PREFIXES.contains(word)) {
                return Kind.PREFIX;
            }
            if (GLUE.contains(word)) {
                return Kind.GLUE;
            }
            if (STANDALONE.contains(word)) {
                return Kind.STANDALONE;
            }
            return word.equals("to") ? Kind.CONNECTOR : Kind.WORD;
        }
        return "–—-/".indexOf(first) >= 0 ? Kind.CONNECTOR : Kind.PUNCT;
    }
}
