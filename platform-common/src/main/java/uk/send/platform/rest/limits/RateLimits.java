package uk.send.platform.rest.limits;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.send.platform.rest.Problem;
import uk.send.platform.rest.ProblemMappers;
import uk.send.platform.security.CurrentUser;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client rate limits: each authenticated request takes a token from its client's bucket (per LA and client
 * id) and from its LA's bucket; with either empty it is answered 429 problem+json with {@code Retry-After} in
 * seconds, and nothing is done. Requests without a token (health, metrics, OpenAPI) are not counted. Buckets
 * that have refilled are forgotten, so memory stays bounded by the clients active in the last burst period.
 */
public class RateLimits {

    static final int SWEEP_ABOVE = 10_000;

    private final CurrentIdentityAssociation identities;
    private final RateLimitConfig config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(CurrentIdentityAssociation identities, RateLimitConfig config) {
        this.identities = identities;
        this.config = config;
    }

    @ServerRequestFilter
    public Uni<Response> limit() {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
                return null;
            }
            CurrentUser user = new CurrentUser(jwt);
            Object tenant = jwt.getClaim(CurrentUser.TENANT_CLAIM);
            String la = tenant instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(tenant);
            long now = System.nanoTime();
            long wait = take("client\u0000" + la + "\u0000" + user.clientId(), config.perClient(), now);
            if (wait == 0) {
                wait = take("la\u0000" + la, config.perLa(), now);
            }
            return wait == 0 ? null : tooMany(wait);
        });
    }

    private long take(String key, RateLimitConfig.Budget budget, long now) {
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(b -> b.full(now));
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(budget.burst(), budget.perSecond(), now)).take(now);
    }

    static Response tooMany(long retryAfterSeconds) {
        String detail = "Too many requests from this client or local authority; retry after " + retryAfterSeconds + " s";
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", retryAfterSeconds)
                .entity(new Problem(ProblemMappers.TYPE_BASE + "rate-limited", "Too many requests", 429, detail, null, List.of())).build();
    }
}
