package uk.send.platform.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class VerifiedTokenCacheTest {

    private static final String ISSUER = "https://send-platform.local/test";

    private final KeyPair keys = rsa();
    private final VerifiedTokenCache parser = new VerifiedTokenCache(context((RSAPublicKey) keys.getPublic()));

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTAuthContextInfo context(RSAPublicKey key) {
        JWTAuthContextInfo info = new JWTAuthContextInfo(key, ISSUER);
        info.setExpGracePeriodSecs(0);
        info.setClockSkew(0);
        return info;
    }

    private String token(KeyPair signer, String subject, long lifetimeSeconds) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetimeSeconds / 60f);
        claims.setStringListClaim("groups", List.of("case-management"));
        claims.setStringClaim("la", "TOKENCACHE");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signer.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    @Test
    void shouldAnswerAVerifiedTokenAgainWithoutVerifyingItAgain() throws Exception {
        String token = token(keys, "cms-client", 3600);

        JsonWebToken first = parser.parse(token);
        JsonWebToken again = parser.parse(token);

        assertThat(first.getSubject()).isEqualTo("cms-client");
        assertThat(first.<String>getClaim("la")).isEqualTo("TOKENCACHE");
        assertThat(again).isSameAs(first);
    }

    @Test
    void shouldStillRefuseATokenSignedByAnotherKey() throws Exception {
        parser.parse(token(keys, "cms-client", 3600));

        String forged = token(rsa(), "cms-client", 3600);

        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
    }

    @Test
    void shouldForgetATokenWhenItExpires() throws Exception {
        String token = token(keys, "cms-client", 3);
        assertThat(parser.parse(token).getSubject()).isEqualTo("cms-client");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThatThrownBy(() -> parser.parse(token)).isInstanceOf(ParseException.class));
    }
}
