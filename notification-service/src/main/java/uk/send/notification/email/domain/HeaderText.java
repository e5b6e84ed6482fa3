package uk.send.notification.email.domain;

import java.util.regex.Pattern;

/**
 * Text that goes into an e-mail header (a subject made from a task title someone typed). A header ends at a
 * line break, so a title holding {@code "\nReply-To: x@evil.example"} would add a header of its own: every
 * line break and other control character (CR, LF, NEL, the Unicode line and paragraph separators, NUL, tab...)
 * becomes one space before the value is handed to the mailer, which then encodes it (RFC 2047) as it must.
 */
public final class HeaderText {

    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>\",;:\\\\()\\[\\]]+@[^\\s@<>\",;:\\\\()\\[\\]]+");

    private HeaderText() {
    }

    /** The value on one line: control characters collapsed to single spaces, trimmed. */
    public static String singleLine(String value) {
        return value == null ? null : BREAKS.matcher(value).replaceAll(" ").trim();
    }

    /** True for a bare address ({@code local@domain}) with no space, control character, comment or second address in it. */
    public static boolean isPlainAddress(String address) {
        return address != null && address.length() <= 320 && ADDRESS.matcher(address).matches();
    }
}
