package uk.send.platform.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.security.auth.Subject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A verified token that remembers what it has been asked. SmallRye JWT looks every claim name up in the
 * {@code Claims} enum first, so reading a claim of our own ({@code la}, {@code urn}, {@code client_id}) throws
 * and catches an {@code IllegalArgumentException} each time, stack trace and all, and {@link #getGroups()} copies
 * the groups into a new set on every call. A request reads the LA claim several times (token rules, tenancy, rate
 * limits), and {@link VerifiedTokens} hands the same token to every request that sends it: the claims of a signed
 * token never change, so each is looked up once per token, not per read.
 */
final class RememberedClaims implements JsonWebToken {

    /** Stands for a claim the token does not carry (the map holds no nulls). */
    private static final Object ABSENT = new Object();

    private final JsonWebToken token;
    private final Map<String, Object> claims = new ConcurrentHashMap<>();
    private volatile Set<String> groups;

    private RememberedClaims(JsonWebToken token) {
        this.token = token;
    }

    static JsonWebToken of(JsonWebToken token) {
        return token instanceof RememberedClaims ? token : new RememberedClaims(token);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        Object value = claims.computeIfAbsent(claimName, name -> {
            Object v = token.getClaim(name);
            return v == null ? ABSENT : v;
        });
        return value == ABSENT ? null : (T) value;
    }

    @Override
    public Set<String> getGroups() {
        Set<String> g = groups;
        if (g == null) {
            Set<String> read = token.getGroups();
            g = read == null ? Set.of() : Set.copyOf(read);
            groups = g;
        }
        return g;
    }

    @Override
    public Set<String> getClaimNames() {
        return token.getClaimNames();
    }

    @Override
    public boolean containsClaim(String claimName) {
        return getClaim(claimName) != null;
    }

    @Override
    public <T> Optional<T> claim(String claimName) {
        return Optional.ofNullable(getClaim(claimName));
    }

    @Override
    public String getName() {
        return token.getName();
    }

    @Override
    public String getRawToken() {
        return token.getRawToken();
    }

    @Override
    public String getIssuer() {
        return token.getIssuer();
    }

    @Override
    public Set<String> getAudience() {
        return token.getAudience();
    }

    @Override
    public String getSubject() {
        return token.getSubject();
    }

    @Override
    public String getTokenID() {
        return token.getTokenID();
    }

    @Override
    public long getExpirationTime() {
        return token.getExpirationTime();
    }

    @Override
    public long getIssuedAtTime() {
        return token.getIssuedAtTime();
    }

    @Override
    public boolean implies(Subject subject) {
        return token.implies(subject);
    }

    @Override
    public String toString() {
        return token.toString();
    }
}
