package uk.send.notification.webhook.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Signs outgoing webhooks, and verifies them, the Standard Webhooks way
 * (https://www.standardwebhooks.com/), so that a receiver can use any of that convention's
 * libraries to check a delivery came from us, unaltered and recently.
 *
 * <p>Stateless and thread-safe.
 */
public final class WebhookSigner {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    private static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION = "v1";
    private static final int MIN_SECRET_BYTES = 24;
    private static final int MAX_SECRET_BYTES = 64;
    private static final int NEW_SECRET_BYTES = 32;
    private static final String HMAC = "HmacSHA256";
    private static final String BAD_SECRET = "webhook secret must be \"" + SECRET_PREFIX
            + "\" followed by the base64 of " + MIN_SECRET_BYTES + " to " + MAX_SECRET_BYTES + " bytes";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh secret in the {@code whsec_} form, to hand to a receiver once. */
    public static String newSecret() {
        byte[] key = new byte[NEW_SECRET_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /**
     * The three headers for one delivery attempt. With more than one secret, the signature
     * header carries one signature per secret, so that during a rotation a receiver still
     * holding the previous secret keeps accepting deliveries.
     */
    public Map<String, String> sign(String id, long timestamp, String body, List<String> secrets) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("webhook id is required");
        }
        if (timestamp < 0) {
            throw new IllegalArgumentException("webhook timestamp must be unix seconds, not negative");
        }
        Objects.requireNonNull(body, "body");
        if (secrets == null || secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one webhook secret is required");
        }
        String content = signedContent(id, Long.toString(timestamp), body);
        List<String> signatures = new ArrayList<>(secrets.size());
        for (String secret : secrets) {
            signatures.add(VERSION + "," + Base64.getEncoder().encodeToString(hmac(key(secret), content)));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID_HEADER, id);
        headers.put(TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(SIGNATURE_HEADER, String.join(" ", signatures));
        return Collections.unmodifiableMap(headers);
    }

    /**
     * What a receiver holding {@code secret} would decide: true when one of the {@code v1}
     * signatures in the header matches and the timestamp is within {@code tolerance} of
     * {@code now}, in either direction. A missing header or malformed value means false; only a
     * malformed secret, which is the caller's own configuration, is an error.
     */
    public boolean verify(String id, String timestamp, String body, String signatureHeader,
                          String secret, Instant now, Duration tolerance) {
        byte[] key = key(secret);
        Objects.requireNonNull(now, "now");
        if (tolerance == null || tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must be zero or more");
        }
        if (id == null || timestamp == null || body == null || signatureHeader == null) {
            return false;
        }
        if (!withinTolerance(timestamp, now, tolerance)) {
            return false;
        }
        // The raw header value is what the sender signed, so it is used as received.
        byte[] expected = hmac(key, signedContent(id, timestamp, body));
        boolean matched = false;
        for (String entry : signatureHeader.trim().split("\\s+")) {
            int comma = entry.indexOf(',');
            if (comma < 0 || !VERSION.equals(entry.substring(0, comma))) {
                // Other versions (such as v1a, asymmetric) are for other verifiers, not a failure.
                continue;
            }
            byte[] candidate;
            try {
                candidate = Base64.getDecoder().decode(entry.substring(comma + 1));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            // No early exit, so timing does not reveal which of the listed signatures matched.
            matched |= MessageDigest.isEqual(expected, candidate);
        }
        return matched;
    }

    private static boolean withinTolerance(String timestamp, Instant now, Duration tolerance) {
        // Digits only, as the convention writes it; a sign or spaces would be someone else's format.
        if (timestamp.isEmpty() || timestamp.length() > 18 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        } catch (DateTimeException outOfRange) {
            return false;
        }
        return Duration.between(sent, now).abs().compareTo(tolerance) <= 0;
    }

    private static String signedContent(String id, String timestamp, String body) {
        return id + "." + timestamp + "." + body;
    }

    private static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException(BAD_SECRET);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            // The decoder's message would quote part of the secret; ours does not.
            throw new IllegalArgumentException(BAD_SECRET);
        }
        if (key.length < MIN_SECRET_BYTES || key.length > MAX_SECRET_BYTES) {
            throw new IllegalArgumentException(BAD_SECRET);
        }
        return key;
    }

    private static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide HmacSHA256, so this is a broken runtime, not bad input.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
