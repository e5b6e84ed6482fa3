package uk.send.devstack;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Mints bearer tokens signed with the development key pair, for local runs and tests only. Production
 * services verify tokens with the LA identity provider's key (MP_JWT_VERIFY_PUBLICKEY_LOCATION), which
 * these tokens never pass.
 */
public final class DevTokens {

    public static final String ISSUER = "https://send-platform.local/dev";
    /** The audience every service checks ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "send-platform";

    private static final PrivateKey KEY = loadKey();

    private DevTokens() {
    }

    /**
     * @param la     the local authority code (tenant)
     * @param user   the person's login name (becomes upn and sub)
     * @param roles  roles such as programme-lead, sen-officer, finance, commissioner, school, case-management, admin
     * @param urn    the setting URN of a school user, or null
     */
    public static String mint(String la, String user, List<String> roles, String urn, Duration ttl) {
        return sign(claims(la, user, roles, urn, ttl));
    }

    /** The claims {@link #mint} signs, for a test that wants to break one rule of a token and sign the rest. */
    public static JwtClaims claims(String la, String user, List<String> roles, String urn, Duration ttl) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(user);
        claims.setAudience(AUDIENCE);
        claims.setClaim("upn", user);
        claims.setClaim("la", la);
        claims.setStringListClaim("groups", roles);
        if (urn != null) {
            claims.setClaim("urn", urn);
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(ttl.toMinutes());
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    /** Signs any claims with the development key (RS256). */
    public static String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(KEY);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign dev token", e);
        }
    }

    public static String mint(String la, String user, String... roles) {
        return mint(la, user, List.of(roles), null, Duration.ofHours(12));
    }

    private static PrivateKey loadKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/devstack/dev-jwt-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the dev signing key", e);
        }
    }
}
