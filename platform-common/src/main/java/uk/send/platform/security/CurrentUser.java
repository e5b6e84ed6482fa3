package uk.send.platform.security;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.send.platform.rest.ApiProblem;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the local authority (tenant) and person from the bearer token. Every query a service
 * runs is scoped by {@link #tenant()}, so another LA's data is never visible.
 */
@RequestScoped
public class CurrentUser {

    /** Claim holding the LA code, e.g. "E10000016" or a short code such as "KENT". */
    public static final String TENANT_CLAIM = "la";
    /** Claim holding a school user's setting URN. */
    public static final String URN_CLAIM = "urn";

    private final JsonWebToken jwt;

    public CurrentUser(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public String tenant() {
        Object la = jwt.getClaim(TENANT_CLAIM);
        if (la == null || la.toString().isBlank()) {
            throw ApiProblem.forbidden("The token names no local authority (claim '" + TENANT_CLAIM + "')");
        }
        return la.toString();
    }

    /** The person's login name (upn, else preferred_username, else sub). */
    public String userId() {
        return jwt.getName();
    }

    /**
     * The client (application) the token was issued to: {@code azp} (OpenID Connect's authorised party), else
     * {@code client_id} (RFC 9068), else {@code sub} (a client-credentials token's subject is the client).
     */
    public String clientId() {
        for (String claim : new String[]{"azp", "client_id", "sub"}) {
            Object value = jwt.getClaim(claim);
            String text = value instanceof jakarta.json.JsonString s ? s.getString() : value == null ? null : value.toString();
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return userId();
    }

    /** When the token expires ({@code exp}), if it says. */
    public Optional<java.time.Instant> expiresAt() {
        long exp = jwt.getExpirationTime();
        return exp > 0 ? Optional.of(java.time.Instant.ofEpochSecond(exp)) : Optional.empty();
    }

    /** The person's display name from the token ({@code name}), if it carries one. */
    public Optional<String> displayName() {
        Object name = jwt.getClaim("name");
        return name == null ? Optional.empty() : Optional.of(name.toString());
    }

    /** The person's email address from the token ({@code email}), if it carries one. */
    public Optional<String> email() {
        Object email = jwt.getClaim("email");
        return email == null ? Optional.empty() : Optional.of(email.toString());
    }

    public Set<String> roles() {
        return jwt.getGroups();
    }

    public boolean hasRole(String role) {
        return jwt.getGroups().contains(role);
    }

    public Optional<String> settingUrn() {
        Object urn = jwt.getClaim(URN_CLAIM);
        return urn == null ? Optional.empty() : Optional.of(urn.toString());
    }
}
