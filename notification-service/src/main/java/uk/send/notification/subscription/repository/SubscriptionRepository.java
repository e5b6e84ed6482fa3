package uk.send.notification.subscription.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.notification.subscription.entity.Subscription;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    public List<Subscription> inTenant(String tenant) {
        return pageInTenant(tenant).list();
    }

    public PanacheQuery<Subscription> pageInTenant(String tenant) {
        return find("tenant", Sort.ascending("createdAt").and("id"), tenant);
    }

    public Optional<Subscription> findInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }
}
