package uk.send.notification.dispatch.service;

import uk.send.notification.preferences.domain.RecipientProfile;
import uk.send.notification.preferences.entity.Recipient;
import uk.send.notification.preferences.repository.RecipientRepository;
import uk.send.notification.subscription.entity.Subscription;
import uk.send.notification.webhook.entity.WebhookEndpoint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One LA's routing rules as a batch of events sees them: its subscriptions and active webhooks, read once per
 * batch, and the people of a role or named by a subscription, each read once when first needed.
 */
final class TenantDirectory {

    private final String tenant;
    private final List<Subscription> subscriptions;
    private final List<WebhookEndpoint> webhooks;
    private final RecipientRepository recipients;
    private final Map<String, List<RecipientProfile>> byRole = new HashMap<>();
    private final Map<String, Optional<RecipientProfile>> byPerson = new HashMap<>();

    TenantDirectory(String tenant, List<Subscription> subscriptions, List<WebhookEndpoint> webhooks, RecipientRepository recipients) {
        this.tenant = tenant;
        this.subscriptions = subscriptions;
        this.webhooks = webhooks;
        this.recipients = recipients;
    }

    List<Subscription> subscriptions() {
        return subscriptions;
    }

    List<WebhookEndpoint> webhooks() {
        return webhooks;
    }

    /** People of the LA whose last token carried the role. */
    List<RecipientProfile> withRole(String role) {
        return byRole.computeIfAbsent(role, r -> recipients.withRole(tenant, r).stream().map(Recipient::profile).toList());
    }

    /** A person of the LA the service already knows; empty if no token or event named them yet. */
    Optional<RecipientProfile> person(String person) {
        return byPerson.computeIfAbsent(person, p -> recipients.find(tenant, p).map(Recipient::profile));
    }
}
