package uk.send.devstack.suite;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;
import uk.send.devstack.DevTokens;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Tokens that every operation must refuse (401, or 403 where the token is genuine but grants no role):
 * each breaks one rule of an otherwise valid development token for an administrator of the given LA.
 */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    /** Variant name to token (null = no Authorization header at all). */
    public static Map<String, String> variants(String la) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("no token", null);
        v.put("malformed", "not.a.jwt");
        v.put("alg none", unsigned(claims(la, c -> { })));
        v.put("foreign key", signed(claims(la, c -> { }), foreignKey()));
        v.put("wrong issuer", DevTokens.sign(claims(la, c -> c.setIssuer("https://evil.example/issuer"))));
        v.put("wrong audience", DevTokens.sign(claims(la, c -> c.setAudience("another-platform"))));
        v.put("expired", DevTokens.sign(claims(la, c -> {
            c.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 7200));
            c.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
        })));
        v.put("future iat", DevTokens.sign(claims(la, c -> c.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() + 86_400)))));
        v.put("older than max age", DevTokens.sign(claims(la, c -> {
            c.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - Duration.ofDays(3).toSeconds()));
            c.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() + 3600));
        })));
        v.put("no iat", DevTokens.sign(claims(la, c -> c.unsetClaim("iat"))));
        v.put("la a number", DevTokens.sign(claims(la, c -> c.setClaim("la", 42))));
        v.put("la a list", DevTokens.sign(claims(la, c -> c.setStringListClaim("la", la, "OTHER"))));
        v.put("la missing", DevTokens.sign(claims(la, c -> c.unsetClaim("la"))));
        v.put("la with NUL", DevTokens.sign(claims(la, c -> c.setClaim("la", la + "\u0000"))));
        v.put("roles missing", DevTokens.sign(claims(la, c -> c.unsetClaim("groups"))));
        v.put("unknown role only", DevTokens.sign(claims(la, c -> c.setStringListClaim("groups", "superuser"))));
        v.put("no subject", DevTokens.sign(claims(la, c -> {
            c.unsetClaim("sub");
            c.unsetClaim("upn");
        })));
        return v;
    }

    private static JwtClaims claims(String la, Consumer<JwtClaims> change) {
        JwtClaims claims = DevTokens.claims(la, "forger@" + la + ".example", List.of("admin"), null, Duration.ofHours(1));
        change.accept(claims);
        return claims;
    }

    private static String unsigned(JwtClaims claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static String signed(JwtClaims claims, PrivateKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
