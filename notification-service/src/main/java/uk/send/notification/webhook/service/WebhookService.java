package uk.send.notification.webhook.service;

import uk.send.notification.subscription.domain.EventTypePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.config.NotificationConfig;
import uk.send.notification.webhook.entity.WebhookEndpoint;
import uk.send.notification.webhook.repository.WebhookEndpointRepository;
import uk.send.notification.webhook.domain.Endpoint;
import uk.send.notification.webhook.domain.WebhookCaller;
import uk.send.notification.webhook.domain.EndpointGuard;
import uk.send.notification.webhook.domain.WebhookSigner;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.persistence.Slices;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Partner systems' webhook endpoints: registration (refusing private addresses), secret rotation, removal. */
@ApplicationScoped
public class WebhookService {

    private final WebhookEndpointRepository endpoints;
    private final EndpointGuard guard;
    private final NotificationConfig config;
    private final Clock clock;

    public WebhookService(WebhookEndpointRepository endpoints, NotificationConfig config, Clock clock) {
        this.endpoints = endpoints;
        this.config = config;
        this.clock = clock;
        this.guard = new EndpointGuard(new HashSet<>(config.webhooks().allowList().orElse(List.of())));
    }

    @Transactional
    public Endpoint register(WebhookCaller caller, String url, List<String> eventTypes) {
        URI uri = checkedUri(url);
        String types = String.join(",", eventTypes.stream().map(String::trim).toList());
        if (!EventTypePattern.isValid(types)) {
            throw new InvalidInput("eventTypes", "must be event types or families such as uk.send.plan.deadline.*, or *");
        }
        Instant now = clock.instant();
        WebhookEndpoint w = new WebhookEndpoint();
        w.id = UUID.randomUUID();
        w.tenant = caller.tenant();
        w.owner = caller.client();
        w.url = uri.toString();
        w.eventTypes = types;
        w.secret = WebhookSigner.newSecret();
        w.active = true;
        w.createdAt = now;
        w.updatedAt = now;
        endpoints.persist(w);
        endpoints.flush();
        return view(w, true);
    }

    public Slice<Endpoint> list(WebhookCaller caller, PageRequest page) {
        return Slices.of(endpoints.pageFor(caller), page, w -> view(w, false));
    }

    public Optional<Endpoint> find(WebhookCaller caller, UUID id) {
        return endpoints.findFor(caller, id).map(w -> view(w, false));
    }

    /** A new secret; the previous one stays valid for the rotation overlap, and deliveries carry both signatures meanwhile. */
    @Transactional
    public Optional<Endpoint> rotate(WebhookCaller caller, UUID id, VersionCheck version) {
        return endpoints.findFor(caller, id).map(w -> {
            version.require(w.version);
            Instant now = clock.instant();
            w.previousSecret = w.secret;
            w.previousSecretUntil = now.plus(config.webhooks().rotationOverlap());
            w.secret = WebhookSigner.newSecret();
            w.updatedAt = now;
            endpoints.flush();
            return view(w, true);
        });
    }

    @Transactional
    public boolean deactivate(WebhookCaller caller, UUID id) {
        return endpoints.findFor(caller, id).map(w -> {
            w.active = false;
            w.updatedAt = clock.instant();
            return true;
        }).orElse(false);
    }

    private URI checkedUri(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new InvalidInput("url", "is not a valid URL");
        }
        try {
            guard.check(uri);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("url", e.getMessage());
        }
        return uri;
    }

    private static Endpoint view(WebhookEndpoint w, boolean withSecret) {
        return new Endpoint(w.id, w.url, Arrays.asList(w.eventTypes.split(",")), w.active, withSecret ? w.secret : null,
                w.previousSecretUntil, w.createdAt, w.version);
    }
}
