package uk.send.notification.webhook.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.notification.webhook.entity.WebhookEndpoint;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, UUID> {

    public List<WebhookEndpoint> activeInTenant(String tenant) {
        return list("tenant = ?1 and active = true", Sort.ascending("createdAt").and("id"), tenant);
    }

    public PanacheQuery<WebhookEndpoint> pageInTenant(String tenant) {
        return find("tenant", Sort.ascending("createdAt").and("id"), tenant);
    }

    public Optional<WebhookEndpoint> findInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }
}
