package uk.send.notification.delivery.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.entity.Delivery;
import uk.send.notification.delivery.domain.DeliveryStatus;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    public Optional<Delivery> findInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    public PanacheQuery<Delivery> query(String tenant, String eventId, DeliveryStatus status, Channel channel) {
        StringBuilder q = new StringBuilder("tenant = :tenant");
        Parameters p = Parameters.with("tenant", tenant);
        if (eventId != null) {
            q.append(" and eventId = :eventId");
            p.and("eventId", eventId);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        if (channel != null) {
            q.append(" and channel = :channel");
            p.and("channel", channel);
        }
        return find(q.toString(), Sort.descending("createdAt").and("id"), p);
    }
}
