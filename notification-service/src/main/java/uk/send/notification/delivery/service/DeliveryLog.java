package uk.send.notification.delivery.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.entity.Delivery;
import uk.send.notification.delivery.domain.DeliveryStatus;
import uk.send.notification.delivery.repository.DeliveryRepository;
import uk.send.notification.delivery.rest.DeliveryView;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The delivery log for admins: every message, every attempt, and replay of dead letters. */
@ApplicationScoped
public class DeliveryLog {

    private final DeliveryRepository deliveries;
    private final EntityManager em;
    private final Event<DeliveriesQueued> queued;
    private final Clock clock;

    public DeliveryLog(DeliveryRepository deliveries, EntityManager em, Event<DeliveriesQueued> queued, Clock clock) {
        this.deliveries = deliveries;
        this.em = em;
        this.queued = queued;
        this.clock = clock;
    }

    public Page<DeliveryView> list(String tenant, String eventId, DeliveryStatus status, Channel channel, PageParams page) {
        return Page.of(deliveries.query(tenant, eventId, status, channel), page, d -> view(d, List.of()));
    }

    public Optional<DeliveryView> find(String tenant, UUID id) {
        return deliveries.findInTenant(tenant, id).map(d -> view(d, attempts(id)));
    }

    /** Sends a dead letter again from scratch (a fresh retry window); anything else is refused with 409. */
    @Transactional
    public Optional<DeliveryView> replay(String tenant, UUID id) {
        return deliveries.findInTenant(tenant, id).map(d -> {
            if (d.status != DeliveryStatus.DEAD) {
                throw ApiProblem.conflict("Only dead letters can be replayed; this delivery is " + d.status);
            }
            Instant now = clock.instant();
            d.status = DeliveryStatus.PENDING;
            d.firstAttemptAt = null;
            d.nextAttemptAt = now;
            queued.fire(new DeliveriesQueued(1));
            return view(d, attempts(id));
        });
    }

    private List<DeliveryView.Attempt> attempts(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select attempted_at, outcome, http_status, error from delivery_attempt where delivery_id = :id order by attempted_at, id")
                .setParameter("id", id).getResultList();
        List<DeliveryView.Attempt> attempts = new ArrayList<>();
        for (Object[] r : rows) {
            Instant at = r[0] instanceof Timestamp t ? t.toInstant() : r[0] instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) r[0];
            attempts.add(new DeliveryView.Attempt(at, (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue(), (String) r[3]));
        }
        return attempts;
    }

    private static DeliveryView view(Delivery d, List<DeliveryView.Attempt> attempts) {
        return new DeliveryView(d.id, d.eventId, d.eventType, d.channel, d.recipient, d.status, d.attempts, d.createdAt,
                d.nextAttemptAt, d.sentAt, d.lastError, attempts);
    }
}
