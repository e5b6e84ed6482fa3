package uk.send.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SmallRye JWT's parser, remembering for a short while the bearer tokens it has verified. A partner system (the
 * CMS posting EHCP decisions) sends the same token with every request, and checking its RSA signature again
 * each time was most of the CPU a POST cost (profiled on a packaged service, whose C1-only JIT leaves
 * {@code BigInteger}'s multiply without its intrinsic). A token is remembered by its exact text, so only the
 * very bytes that were verified are accepted without verifying them again; it is forgotten when it expires,
 * when it reaches the maximum age ({@code mp.jwt.verify.token.age}), and at the latest {@link #REMEMBER_MILLIS}
 * after it was verified, so that a change of key or configuration takes effect within that time. Everything
 * else ({@link TokenRules}, roles, tenancy) is still checked on every request. At most {@link #MAX_TOKENS} are
 * remembered; when full the memory is simply cleared.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    static final int MAX_TOKENS = 1024;
    static final long REMEMBER_MILLIS = 5 * 60 * 1000L;

    private record Verified(JsonWebToken jwt, long untilMillis) {
    }

    private final JWTAuthContextInfo context;
    private final DefaultJWTParser parser;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedTokenCache(JWTAuthContextInfo context) {
        this.context = context;
        this.parser = new DefaultJWTParser(context);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = System.currentTimeMillis();
        Verified v = verified.get(token);
        if (v != null) {
            if (now < v.untilMillis()) {
                return v.jwt();
            }
            verified.remove(token, v);
        }
        JsonWebToken jwt = parser.parse(token);
        remember(token, jwt, now);
        return jwt;
    }

    private void remember(String token, JsonWebToken jwt, long now) {
        long until = now + REMEMBER_MILLIS;
        if (jwt.getExpirationTime() > 0) {
            until = Math.min(until, jwt.getExpirationTime() * 1000L);
        }
        Long maxAge = context.getTokenAge();
        if (maxAge != null && jwt.getIssuedAtTime() > 0) {
            until = Math.min(until, (jwt.getIssuedAtTime() + maxAge) * 1000L);
        }
        if (until <= now) {
            return;
        }
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        verified.put(token, new Verified(jwt, until));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo contextInfo) throws ParseException {
        return parser.parse(token, contextInfo);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
