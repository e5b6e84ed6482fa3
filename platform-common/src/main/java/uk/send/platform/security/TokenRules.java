package uk.send.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.send.platform.rest.ApiProblem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a signed, unexpired token must also be before it may call an endpoint. SmallRye JWT checks the
 * signature, issuer, audience ({@code mp.jwt.verify.audiences}) and age ({@code mp.jwt.verify.token.age});
 * this filter adds what it cannot express:
 * <ul>
 *   <li>{@code iat} present and not in the future (beyond a small clock skew): a token "issued" tomorrow
 *       would otherwise outlive any maximum age;</li>
 *   <li>the tenant claim {@code la} a JSON string of 1 to 32 letters, digits, {@code -} or {@code _}
 *       (the width of every {@code tenant} column), never a number, list or object;</li>
 *   <li>at least one of the platform's {@link Roles}: a token that carries none is authenticated but may
 *       do nothing, not even read an inbox.</li>
 * </ul>
 * The first two answer 401 (the token is not one this platform accepts), the last 403.
 * Requests without a bearer token (health, OpenAPI, signed calendar links) are left to their endpoints.
 */
public class TokenRules {

    static final Pattern TENANT = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    static final Set<String> KNOWN_ROLES = Set.of(Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE,
            Roles.COMMISSIONER, Roles.SCHOOL, Roles.CASE_MANAGEMENT, Roles.ADMIN);

    private final CurrentIdentityAssociation identities;
    private final Duration clockSkew;
    private final Clock clock;

    public TokenRules(CurrentIdentityAssociation identities,
                      @ConfigProperty(name = "send.security.clock-skew", defaultValue = "PT60S") Duration clockSkew) {
        this.identities = identities;
        this.clockSkew = clockSkew;
        this.clock = Clock.systemUTC();
    }

    @ServerRequestFilter
    public Uni<Response> check(UriInfo uri) {
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
                return null;
            }
            String broken = brokenRule(jwt, clock.instant());
            if (broken != null) {
                throw ApiProblem.unauthorized(broken);
            }
            if (!hasKnownRole(identity)) {
                throw ApiProblem.forbidden("The token carries none of the platform's roles");
            }
            return null;
        });
    }

    /** The first rule the token breaks, worded for the caller, or null when it keeps them all. */
    String brokenRule(JsonWebToken jwt, Instant now) {
        Object iat = jwt.getClaim(Claims.iat.name());
        long issuedAt = iat instanceof JsonNumber n ? n.longValue() : iat instanceof Number n ? n.longValue() : -1;
        if (issuedAt < 0) {
            return "The token has no issue time (claim 'iat')";
        }
        if (Instant.ofEpochSecond(issuedAt).isAfter(now.plus(clockSkew))) {
            return "The token's issue time (claim 'iat') is in the future";
        }
        Object la = jwt.getClaim(CurrentUser.TENANT_CLAIM);
        String tenant = la instanceof JsonString s ? s.getString() : la instanceof String s ? s : null;
        if (tenant == null || la instanceof JsonValue v && v.getValueType() != JsonValue.ValueType.STRING) {
            return "The token's local authority (claim 'la') must be a string";
        }
        if (!TENANT.matcher(tenant).matches()) {
            return "The token's local authority (claim 'la') must be 1 to 32 letters, digits, '-' or '_'";
        }
        return null;
    }

    private static boolean hasKnownRole(SecurityIdentity identity) {
        return identity.getRoles().stream().anyMatch(KNOWN_ROLES::contains);
    }
}
