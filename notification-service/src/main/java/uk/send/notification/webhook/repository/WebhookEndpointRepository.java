package uk.send.notification.webhook.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.notification.webhook.domain.WebhookCaller;
import uk.send.notification.webhook.entity.WebhookEndpoint;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, UUID> {

    public List<WebhookEndpoint> activeInTenant(String tenant) {
        return list("tenant = ?1 and active = true", Sort.ascending("createdAt").and("id"), tenant);
    }

    /** The webhooks this caller may see: all of the LA's for an admin, else only those its client registered. */
    public PanacheQuery<WebhookEndpoint> pageFor(WebhookCaller caller) {
        return caller.admin() ? find("tenant", Sort.ascending("createdAt").and("id"), caller.tenant())
                : find("tenant = ?1 and owner = ?2", Sort.ascending("createdAt").and("id"), caller.tenant(), caller.client());
    }

    /** A webhook this caller may manage; another LA's, or another client's, is not found. */
    public Optional<WebhookEndpoint> findFor(WebhookCaller caller, UUID id) {
        return find("id = ?1 and tenant = ?2", id, caller.tenant()).firstResultOptional().filter(w -> caller.mayManage(w.owner));
    }
}
