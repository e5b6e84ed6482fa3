package uk.send.plan.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Undoes the look-alike characters that text extracted from PDF action plans carries: Cyrillic and
 * Greek letters standing in for Latin ones ("Ост 2020" for "Oct 2020", a lead officer "ВВ" for "BB"),
 * typographic dashes and non-breaking spaces. Every replacement is one character for one character,
 * so offsets in the cleaned text are offsets in the original too.
 */
public final class Homoglyphs {

    /*
     * Cyrillic letters are mapped in both cases whenever the capital looks like a Latin capital:
     * in a mixed-case word such as "Ост" the small letter only makes sense as the partner of its capital
     * (т is a small-caps T, not an m). Greek small letters differ more from their capitals (η looks like
     * n, not h), so only those that look like a Latin small letter on their own are mapped.
     */
    private static final String LETTER_PAIRS =
            // Cyrillic capitals
            "\u0410A\u0412B\u0415E\u041AK\u041CM\u041DH\u041EO\u0420P\u0421C\u0422T\u0423Y\u0425X"
            + "\u0405S\u0406I\u0408J\u04AEY\u04C0I\u051AQ\u051CW"
            // Cyrillic small letters
            + "\u0430a\u0432b\u0435e\u043Ak\u043Cm\u043Dh\u043Eo\u0440p\u0441c\u0442t\u0443y\u0445x"
            + "\u0455s\u0456i\u0458j\u04AFy\u04BBh\u04CFl\u0501d\u051Bq\u051Dw"
            // Greek capitals
            + "\u0391A\u0392B\u0395E\u0396Z\u0397H\u0399I\u039AK\u039CM\u039DN\u039FO\u03A1P\u03A4T"
            + "\u03A5Y\u03A7X\u03F9C"
            // Greek small letters
            + "\u03B1a\u03B3y\u03B9i\u03BAk\u03BDv\u03BFo\u03C1p\u03C5u\u03C7x\u03F2c\u03F3j";

    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

    private static final String SPACES = "\u00A0\u2007\u2009\u202F";

    private static final Map<Character, Character> LETTERS = new HashMap<>();

    static {
        for (int i = 0; i < LETTER_PAIRS.length(); i += 2) {
            LETTERS.put(LETTER_PAIRS.charAt(i), LETTER_PAIRS.charAt(i + 1));
        }
    }

    private Homoglyphs() {
    }

    /**
     * Replaces look-alike letters with the Latin letter, dashes with {@code -} and non-breaking or thin
     * spaces with a space. The result has the same length as {@code s}; {@code null} stays {@code null}.
     */
    public static String toLatin(String s) {
        if (s == null) {
            return null;
        }
        // Every look-alike, dash and space replaced is outside ASCII: text without any is returned as it is.
        int first = 0;
        while (first < s.length() && s.charAt(first) < 0x80) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = first; i < chars.length; i++) {
            char c = chars[i];
            Character latin = LETTERS.get(c);
            if (latin != null) {
                chars[i] = latin;
            } else if (DASHES.indexOf(c) >= 0) {
                chars[i] = '-';
            } else if (SPACES.indexOf(c) >= 0) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /**
     * Whether {@code s} holds a non-Latin letter that passes for a Latin one. Dashes and non-breaking
     * spaces do not count: they are ordinary typography, whereas a disguised letter means the text will
     * not match what it appears to say.
     */
    public static boolean containsLookalikes(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (LETTERS.containsKey(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
