package uk.send.platform.export;

/**
 * Keeps free text that people typed from running as a formula when a CSV export is opened in Excel or LibreOffice
 * (OWASP "CSV Injection"): a text cell whose first character is {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return, or whose first character after leading white space is {@code =}, {@code +}, {@code -} or
 * {@code @} (or their full-width forms {@code ＝ ＋ － ＠}, which some Excel locales also read as a formula), is written
 * with a single quote in front ({@code =HYPERLINK(...)} becomes {@code '=HYPERLINK(...)}, {@code -5} typed as text
 * becomes {@code '-5}). Every other text, and every value that is not text (amounts, counts, dates, enums, ids),
 * is written exactly as before, byte for byte: only {@link #cell(Object)}'s {@link CharSequence} values are ever
 * changed, so a negative amount stays {@code -125.00}. XLSX needs none of this: a string cell is never a formula.
 * <p>
 * {@link #read(String)} undoes it for the platform's own CSV read back (a decision log export uploaded as a batch),
 * so a round trip gives back what was typed and a cell is never quoted twice.
 */
public final class SpreadsheetText {

    private static final String TRIGGERS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetText() {
    }

    /** The value to put in a CSV cell: text neutralised as above, anything else (and null) unchanged. */
    public static Object cell(Object value) {
        return value instanceof CharSequence text ? text(text.toString()) : value;
    }

    /** Text for a CSV cell; null and empty stay as they are. */
    public static String text(String text) {
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    /** A cell of a CSV the platform exported, as it was before {@link #text(String)}: one quote off a neutralised text. */
    public static String read(String cell) {
        return cell != null && cell.startsWith("'") && startsLikeAFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** Whether a spreadsheet would read this text as a formula (or, with a tab or carriage return first, start one). */
    public static boolean startsLikeAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (text.charAt(0) == '\t' || text.charAt(0) == '\r') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TRIGGERS.indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return false;
    }
}
