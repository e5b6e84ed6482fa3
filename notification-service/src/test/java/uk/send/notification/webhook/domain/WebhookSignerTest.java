package uk.send.notification.webhook.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSignerTest {

    // The Standard Webhooks reference vector: the libraries receivers use are tested against it.
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static final String ID = "msg_2b7c1d0e";
    private static final long TIMESTAMP = 1_750_000_000L;
    private static final Instant SENT_AT = Instant.ofEpochSecond(TIMESTAMP);
    private static final String BODY = "{\"type\":\"deadline.approaching\",\"subject\":\"plan/42\"}";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final WebhookSigner signer = new WebhookSigner();

    @Test
    void shouldSignTheWayAnIndependentHmacComputationDoes() {
        String secret = WebhookSigner.newSecret();

        Map<String, String> headers = signer.sign(ID, TIMESTAMP, BODY, List.of(secret));

        assertThat(headers.get(WebhookSigner.SIGNATURE_HEADER))
                .isEqualTo("v1," + hmacSha256Base64(secret, ID + "." + TIMESTAMP + "." + BODY));
    }

    @Test
    void shouldReproduceThePublishedStandardWebhooksVector() {
        String independent = "v1," + hmacSha256Base64(SPEC_SECRET, SPEC_ID + "." + SPEC_TIMESTAMP + "." + SPEC_BODY);

        Map<String, String> headers = signer.sign(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, List.of(SPEC_SECRET));

        assertThat(independent).isEqualTo(SPEC_SIGNATURE);
        assertThat(headers.get(WebhookSigner.SIGNATURE_HEADER)).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void shouldReturnExactlyTheThreeStandardHeadersInOrder() {
        Map<String, String> headers = signer.sign(ID, TIMESTAMP, BODY, List.of(WebhookSigner.newSecret()));

        assertThat(headers).containsOnlyKeys("webhook-id", "webhook-timestamp", "webhook-signature");
        assertThat(headers.keySet()).containsExactly("webhook-id", "webhook-timestamp", "webhook-signature");
        assertThat(headers).containsEntry("webhook-id", ID).containsEntry("webhook-timestamp", "1750000000");
        assertThatThrownBy(() -> headers.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldSignTheBodyAsUtf8() {
        String secret = WebhookSigner.newSecret();
        String body = "{\"name\":\"Zoë Ō'Brien — £5\"}";

        Map<String, String> headers = signer.sign(ID, TIMESTAMP, body, List.of(secret));

        assertThat(headers.get(WebhookSigner.SIGNATURE_HEADER))
                .isEqualTo("v1," + hmacSha256Base64(secret, ID + "." + TIMESTAMP + "." + body));
        assertThat(verify(headers, body, secret, SENT_AT)).isTrue();
    }

    @Test
    void shouldAcceptItsOwnSignatureWithinTolerance() {
        String secret = WebhookSigner.newSecret();
        Map<String, String> headers = signer.sign(ID, TIMESTAMP, BODY, List.of(secret));

        assertThat(verify(headers, BODY, secret, SENT_AT)).isTrue();
        assertThat(verify(headers, BODY, secret, SENT_AT.plus(TOLERANCE))).isTrue();
        assertThat(verify(headers, BODY, secret, SENT_AT.minus(TOLERANCE))).isTrue();
    }

    @Test
    void shouldVerifyThePublishedVector() {
        assertThat(signer.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP), SPEC_BODY, SPEC_SIGNATURE, SPEC_SECRET,
                Instant.ofEpochSecond(SPEC_TIMESTAMP), TOLERANCE)).isTrue();
    }

    @Test
    void shouldCarryOneSignaturePerSecretDuringRotation() {
        String current = WebhookSigner.newSecret();
        String previous = WebhookSigner.newSecret();

        String header = signer.sign(ID, TIMESTAMP, BODY, List.of(current, previous)).get(WebhookSigner.SIGNATURE_HEADER);

        String content = ID + "." + TIMESTAMP + "." + BODY;
        assertThat(header).isEqualTo("v1," + hmacSha256Base64(current, content) + " v1," + hmacSha256Base64(previous, content));
    }

    @Test
    void shouldBeAcceptedByAReceiverHoldingEitherSecretDuringRotation() {
        String current = WebhookSigner.newSecret();
        String previous = WebhookSigner.newSecret();
        Map<String, String> headers = signer.sign(ID, TIMESTAMP, BODY, List.of(current, previous));

        assertThat(verify(headers, BODY, previous, SENT_AT)).as("receiver not yet updated").isTrue();
        assertThat(verify(headers, BODY, current, SENT_AT)).as("receiver already updated").isTrue();
        assertThat(verify(headers, BODY, WebhookSigner.newSecret(), SENT_AT)).as("unrelated secret").isFalse();
    }

    @Test
    void shouldRejectASignatureMadeWithAnotherSecret() {
        Map<String, String> headers = signer.sign(ID, TIMESTAMP, BODY, List.of(WebhookSigner.newSecret()));

        assertThat(verify(headers, BODY, WebhookSigner.newSecret(), SENT_AT)).isFalse();
    }

    @Test
    void shouldRejectATamperedBody() {
        String secret = WebhookSigner.newSecret();
        Map<String, String> headers = signer.sign(ID, TIMESTAMP, BODY, List.of(secret));

        assertThat(verify(headers, BODY.replace("42", "43"), secret, SENT_AT)).isFalse();
        assertThat(verify(headers, BODY + " ", secret, SENT_AT)).isFalse();
    }

    @Test
    void shouldRejectATamperedIdOrTimestamp() {
        String secret = WebhookSigner.newSecret();
        Map<String, String> headers = signer.sign(ID, TIMESTAMP, BODY, List.of(secret));
        String signature = headers.get(WebhookSigner.SIGNATURE_HEADER);

        assertThat(signer.verify("msg_other", Long.toString(TIMESTAMP), BODY, signature, secret, SENT_AT, TOLERANCE))
                .isFalse();
        assertThat(signer.verify(ID, Long.toString(TIMESTAMP + 1), BODY, signature, secret, SENT_AT, TOLERANCE))
                .isFalse();
    }

    @Test
    void shouldRejectAStaleTimestampSoThatARecordedDeliveryCannotBeReplayed() {
        String secret = WebhookSigner.newSecret();
        Map<String, String> headers = signer.sign(ID, TIMESTAMP, BODY, List.of(secret));

        assertThat(verify(headers, BODY, secret, SENT_AT.plus(TOLERANCE).plusSeconds(1))).isFalse();
        assertThat(verify(headers, BODY, secret, SENT_AT.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void shouldRejectATimestampTooFarInTheFuture() {
        String secret = WebhookSigner.newSecret();
        Map<String, String> headers = signer.sign(ID, TIMESTAMP, BODY, List.of(secret));

        assertThat(verify(headers, BODY, secret, SENT_AT.minus(TOLERANCE).minusSeconds(1))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-1750000000", "+1750000000", " 1750000000", "1750000000.5",
            "99999999999999999999999"})
    void shouldRejectATimestampThatIsNotUnixSeconds(String timestamp) {
        String secret = WebhookSigner.newSecret();
        String content = ID + "." + timestamp + "." + BODY;
        String signature = "v1," + hmacSha256Base64(secret, content);

        assertThat(signer.verify(ID, timestamp, BODY, signature, secret, SENT_AT, TOLERANCE)).isFalse();
    }

    @Test
    void shouldFindTheMatchingSignatureAmongOthersAndIgnoreMalformedOrForeignEntries() {
        String secret = WebhookSigner.newSecret();
        String good = signer.sign(ID, TIMESTAMP, BODY, List.of(secret)).get(WebhookSigner.SIGNATURE_HEADER);
        String goodBase64 = good.substring("v1,".length());
        String header = "v1a,c29tZXRoaW5nIGVsc2U= nocomma v1,%%%notbase64 v1,AAAA   " + good + " v2,AAAA";

        assertThat(signer.verify(ID, Long.toString(TIMESTAMP), BODY, header, secret, SENT_AT, TOLERANCE)).isTrue();
        assertThat(signer.verify(ID, Long.toString(TIMESTAMP), BODY, "v1a," + goodBase64, secret, SENT_AT, TOLERANCE))
                .as("same bytes under another version").isFalse();
    }

    @Test
    void shouldRejectMissingOrEmptyHeaders() {
        String secret = WebhookSigner.newSecret();
        String ts = Long.toString(TIMESTAMP);
        String signature = signer.sign(ID, TIMESTAMP, BODY, List.of(secret)).get(WebhookSigner.SIGNATURE_HEADER);

        assertThat(signer.verify(null, ts, BODY, signature, secret, SENT_AT, TOLERANCE)).isFalse();
        assertThat(signer.verify(ID, null, BODY, signature, secret, SENT_AT, TOLERANCE)).isFalse();
        assertThat(signer.verify(ID, ts, null, signature, secret, SENT_AT, TOLERANCE)).isFalse();
        assertThat(signer.verify(ID, ts, BODY, null, secret, SENT_AT, TOLERANCE)).isFalse();
        assertThat(signer.verify(ID, ts, BODY, "", secret, SENT_AT, TOLERANCE)).isFalse();
        assertThat(signer.verify(ID, ts, BODY, "v1,", secret, SENT_AT, TOLERANCE)).isFalse();
    }

    @Test
    void shouldMakeDistinctWellFormedSecrets() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = WebhookSigner.newSecret();
            assertThat(secret).startsWith("whsec_");
            assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
            secrets.add(secret);
        }
        assertThat(secrets).hasSize(100);
    }

    @Test
    void shouldAcceptSecretsOfTheSmallestAndLargestAllowedLength() {
        String smallest = "whsec_" + Base64.getEncoder().encodeToString(new byte[24]);
        String largest = "whsec_" + Base64.getEncoder().encodeToString(new byte[64]);

        Map<String, String> headers = signer.sign(ID, TIMESTAMP, BODY, List.of(smallest, largest));

        assertThat(verify(headers, BODY, smallest, SENT_AT)).isTrue();
        assertThat(verify(headers, BODY, largest, SENT_AT)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "whsec_", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec-MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS!",
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw ", "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="})
    void shouldRefuseAMalformedSecretWithAClearMessage(String secret) {
        assertThatThrownBy(() -> signer.sign(ID, TIMESTAMP, BODY, List.of(WebhookSigner.newSecret(), secret == null ? "" : secret)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whsec_")
                .hasMessageContaining("24 to 64 bytes");
        assertThatThrownBy(() -> signer.verify(ID, "1", BODY, "v1,AAAA", secret, SENT_AT, TOLERANCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whsec_");
    }

    @Test
    void shouldRefuseSecretsShorterOrLongerThanTheConventionAllows() {
        String tooShort = "whsec_" + Base64.getEncoder().encodeToString(new byte[23]);
        String tooLong = "whsec_" + Base64.getEncoder().encodeToString(new byte[65]);

        assertThatThrownBy(() -> signer.sign(ID, TIMESTAMP, BODY, List.of(tooShort)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign(ID, TIMESTAMP, BODY, List.of(tooLong)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNotRepeatTheSecretInItsErrorMessage() {
        String secret = "whsec_c2VjcmV0LXRoYXQtbXVzdC1ub3QtbGVhaw!!";

        assertThatThrownBy(() -> signer.sign(ID, TIMESTAMP, BODY, List.of(secret)))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("c2VjcmV0").doesNotContain("!!");
    }

    @Test
    void shouldRefuseToSignWithoutASecretAnIdOrAValidTimestamp() {
        String secret = WebhookSigner.newSecret();

        assertThatThrownBy(() -> signer.sign(ID, TIMESTAMP, BODY, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret");
        assertThatThrownBy(() -> signer.sign(ID, TIMESTAMP, BODY, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret");
        assertThatThrownBy(() -> signer.sign(" ", TIMESTAMP, BODY, List.of(secret)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> signer.sign(ID, -1, BODY, List.of(secret)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timestamp");
        assertThatThrownBy(() -> signer.sign(ID, TIMESTAMP, null, List.of(secret)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldRefuseANegativeTolerance() {
        String secret = WebhookSigner.newSecret();

        assertThatThrownBy(() -> signer.verify(ID, "1", BODY, "v1,AAAA", secret, SENT_AT, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance");
    }

    private boolean verify(Map<String, String> headers, String body, String secret, Instant now) {
        return signer.verify(headers.get("webhook-id"), headers.get("webhook-timestamp"), body,
                headers.get("webhook-signature"), secret, now, TOLERANCE);
    }

    /** Computed here without the class under test, so a shared mistake cannot hide. */
    private static String hmacSha256Base64(String secret, String content) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
