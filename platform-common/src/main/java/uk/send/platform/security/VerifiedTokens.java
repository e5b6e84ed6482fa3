package uk.send.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bearer-token parser every service authenticates with: SmallRye JWT's own, remembering the tokens it
 * has verified. A client sends the same token with every request until it expires, and checking its RSA
 * signature again each time was a third of the CPU a simple authenticated read cost (the services run
 * without the C2 compiler, so without its big-integer intrinsics). A token is answered from here only if
 * exactly the same string was verified before and it is still inside both its {@code exp} and the maximum
 * age from its {@code iat} ({@code mp.jwt.verify.token.age}); anything else, including every token that
 * failed, goes through the full check. At most {@link #MAX_TOKENS} are kept. Each token it returns remembers the
 * claims read from it ({@link RememberedClaims}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final int MAX_TOKENS = 512;

    private record Verified(JsonWebToken token, long validUntilEpochSecond) {
    }

    private final JWTParser delegate;
    private final long maxAgeSeconds;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(DefaultJWTParser delegate, @ConfigProperty(name = "mp.jwt.verify.token.age", defaultValue = "43200") long maxAgeSeconds) {
        this(delegate, maxAgeSeconds, Clock.systemUTC());
    }

    VerifiedTokens(JWTParser delegate, long maxAgeSeconds, Clock clock) {
        this.delegate = delegate;
        this.maxAgeSeconds = maxAgeSeconds;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.instant().getEpochSecond();
        Verified known = verified.get(token);
        if (known != null && now < known.validUntilEpochSecond()) {
            return known.token();
        }
        JsonWebToken jwt = RememberedClaims.of(delegate.parse(token));
        long validUntil = Math.min(jwt.getExpirationTime() > 0 ? jwt.getExpirationTime() : Long.MAX_VALUE,
                jwt.getIssuedAtTime() > 0 ? jwt.getIssuedAtTime() + maxAgeSeconds : now);
        if (now < validUntil) {
            if (verified.size() >= MAX_TOKENS) {
                verified.values().removeIf(v -> v.validUntilEpochSecond() <= now);
                if (verified.size() >= MAX_TOKENS) {
                    verified.clear();
                }
            }
            verified.put(token, new Verified(jwt, validUntil));
        }
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
