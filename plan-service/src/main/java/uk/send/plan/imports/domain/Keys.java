package uk.send.plan.imports.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import uk.send.plan.text.Homoglyphs;

/** Normalised text and short hashes behind the {@code key()} methods of the imported records. */
final class Keys {

    /** One digest per thread, reused: an import hashes a key for every one of its thousands of items. digest() resets it. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    });

    private Keys() {
    }

    /**
     * Letters and digits only, lower case, look-alikes made Latin. Dropping spaces and punctuation entirely is
     * what makes a key survive re-wrapping ("Non-\nMaintained" vs "Non-Maintained"), curly vs straight quotes
     * and a stray space before a comma.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        String latin = Homoglyphs.toLatin(Normalizer.normalize(value, Normalizer.Form.NFKC));
        StringBuilder out = new StringBuilder(latin.length());
        latin.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** 16 hex digits of SHA-256 over {@link #text}: short enough for a column, stable across JVMs. */
    static String hash(String value) {
        byte[] digest = SHA_256.get().digest(text(value).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
