package uk.send.plan.imports.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the readers: spacing, bullets, and re-joining text that PDF extraction wrapped. */
final class Cells {

    /** A piece of a cell that is one item, or the wrapped tail of one; {@code bulleted} if it opened with a bullet. */
    record Segment(String text, boolean bulleted) {
    }

    /** What {@link #clean} collapses (runs of \p{Z}, \s, U+200B and U+FEFF). \p{Z} catches the no-break and thin spaces that Word and PDF tools scatter through table text. */
    static final String SPACES = "[\\p{Z}\\s\\u200B\\uFEFF]+";
    // Dashes, stars and § only count as bullets at the start of a line: inside text they are ranges
    // ("June – Nov 2000"), hyphens and section signs. \uF0B7, \uF0A7, \uF0D8 are Symbol/Wingdings bullets
    // that PDF extraction emits as private-use characters.
    private static final Pattern LEADING_BULLET =
            Pattern.compile("^(?:[•▪●◦■‣⁃∙\\uF0B7\\uF0A7\\uF0D8§]|[-*–](?=\\s))\\s*");
    private static final Pattern INLINE_BULLET = Pattern.compile("\\s[•▪●◦■‣∙\\uF0B7]\\s*");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    private static final String OPENERS = "\"'“‘«(£$€";

    private Cells() {
    }

    /** Whitespace runs (including newlines) collapsed to one space, trimmed; null becomes "". */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        // By hand rather than SPACES.matcher(text).replaceAll(" "), with the same result: the readers clean every cell
        // and line of a plan, and most need no change at all.
        int n = text.length();
        int i = 0;
        while (i < n && !(isSpace(text.charAt(i)) && (text.charAt(i) != ' ' || i + 1 < n && isSpace(text.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return text.strip();
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                out.append(' ');
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().strip();
    }

    /** Whether {@code c} is in {@link #SPACES}: a \p{Z} separator, \s, zero-width space (U+200B) or byte-order mark (U+FEFF). */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
        }
        if (c == '\u200B' || c == '\uFEFF') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** A multi-line cell as one line, re-joining words hyphenated across the break. */
    static String joinLines(String text) {
        String joined = "";
        if (text != null) {
            for (String line : text.split("\n")) {
                joined = join(joined, clean(line));
            }
        }
        return joined;
    }

    /**
     * Appends wrapped text. A line ending "letter-" continues a hyphenated word ("Drop-" + "in"), so no
     * space goes in between; otherwise one space.
     */
    static String join(String head, String tail) {
        if (head == null || head.isEmpty()) {
            return tail == null ? "" : tail;
        }
        if (tail == null || tail.isEmpty()) {
            return head;
        }
        int n = head.length();
        if (head.charAt(n - 1) == '-' && n >= 2 && Character.isLetter(head.charAt(n - 2))
                && Character.isLetter(tail.charAt(0))) {
            return head + tail;
        }
        return head + " " + tail;
    }

    /**
     * Whether text reads as the start of something new: an upper-case letter or a digit, after any opening
     * quote, bracket or currency sign. Text starting lower case or with other punctuation is the wrapped tail
     * of the text above.
     */
    static boolean startsNewText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                continue;
            }
            return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c);
        }
        return false;
    }

    /** The line without its leading bullet, or null when it has none. */
    static String withoutBullet(String line) {
        String text = clean(line);
        Matcher m = LEADING_BULLET.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : null;
    }

    static boolean hasBullet(String cell) {
        for (Segment s : segments(cell)) {
            if (s.bulleted()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits a cell into items: every line break and every inline bullet ("• a • b", from a Word cell pasted
     * onto one line) ends a piece. Whether an unbulleted piece is a new item or a wrapped tail is the
     * caller's decision, because it depends on the items above it.
     */
    static List<Segment> segments(String cell) {
        List<Segment> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String rawLine : cell.split("\n")) {
            String line = clean(rawLine);
            boolean bulleted = false;
            Matcher lead = LEADING_BULLET.matcher(line);
            if (lead.lookingAt()) {
                bulleted = true;
                line = line.substring(lead.end());
            }
            Matcher inline = INLINE_BULLET.matcher(line);
            int start = 0;
            while (inline.find()) {
                add(out, line.substring(start, inline.start()), bulleted);
                bulleted = true;
                start = inline.end();
            }
            add(out, line.substring(start), bulleted);
        }
        return out;
    }

    private static void add(List<Segment> out, String text, boolean bulleted) {
        String t = text.strip();
        if (!t.isEmpty()) {
            out.add(new Segment(t, bulleted));
        }
    }

    /** The text's words, look-alike letters made Latin, lower case, letters only: for recognising header rows. */
    static List<String> words(String text) {
        return java.util.Arrays.stream(NON_LETTERS.split(uk.send.plan.text.Homoglyphs.toLatin(text).toLowerCase(java.util.Locale.ROOT)))
                .filter(w -> !w.isEmpty()).toList();
    }

    static int wordCount(String text) {
        String t = clean(text);
        return t.isEmpty() ? 0 : t.split(" ").length;
    }
}
