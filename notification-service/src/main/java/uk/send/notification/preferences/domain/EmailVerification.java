package uk.send.notification.preferences.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Proof that a person owns a new e-mail address before anything is sent there: a random token e-mailed to the
 * new address, of which only the SHA-256 is stored, valid for {@link #VALID_FOR}. Until it comes back, e-mail
 * keeps going to the old address, so a stolen session cannot quietly redirect someone's notifications.
 */
public final class EmailVerification {

    public static final Duration VALID_FOR = Duration.ofHours(24);
    public static final String EVENT_TYPE = "uk.send.notification.email-verification.v1";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The message sent to the address being confirmed. */
    public record Message(String subject, String text) {
    }

    private EmailVerification() {
    }

    /** A new token: 32 random bytes, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a token. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when {@code token} is the one whose hash is stored (compared in constant time). */
    public static boolean matches(String token, String storedHash) {
        return token != null && storedHash != null
                && MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    public static Message message(String frontendBaseUrl, String token) {
        String link = frontendBaseUrl + "/preferences/confirm-email?token=" + token;
        return new Message("Confirm your e-mail address for SEND Platform notifications",
                "Someone asked for SEND Platform notifications to be sent to this address.\n\n"
                        + "If it was you, confirm it within 24 hours: " + link + "\n(or enter this code: " + token + ")\n\n"
                        + "If it was not you, ignore this e-mail: nothing will be sent here.\n");
    }
}
