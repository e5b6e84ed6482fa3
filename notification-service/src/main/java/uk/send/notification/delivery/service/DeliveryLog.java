package uk.send.notification.delivery.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.domain.DeliveryRecord;
import uk.send.notification.delivery.domain.DeliveryStatus;
import uk.send.notification.delivery.entity.Delivery;
import uk.send.notification.delivery.repository.DeliveryRepository;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.persistence.Slices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The delivery log for admins: every message, every attempt, and replay of dead letters. */
@ApplicationScoped
public class DeliveryLog {

    private final DeliveryRepository deliveries;
    private final Event<DeliveriesQueued> queued;
    private final Clock clock;

    public DeliveryLog(DeliveryRepository deliveries, Event<DeliveriesQueued> queued, Clock clock) {
        this.deliveries = deliveries;
        this.queued = queued;
        this.clock = clock;
    }

    public Slice<DeliveryRecord> list(String tenant, String eventId, DeliveryStatus status, Channel channel, PageRequest page) {
        return Slices.of(deliveries.query(tenant, eventId, status, channel), page, d -> view(d, List.of()));
    }

    public Optional<DeliveryRecord> find(String tenant, UUID id) {
        return deliveries.findInTenant(tenant, id).map(d -> view(d, deliveries.attempts(id)));
    }

    /** Sends a dead letter again from scratch (a fresh retry window); anything else is refused with 409. */
    @Transactional
    public Optional<DeliveryRecord> replay(String tenant, UUID id) {
        return deliveries.findInTenant(tenant, id).map(d -> {
            if (d.status != DeliveryStatus.DEAD) {
                throw new Conflict("Only dead letters can be replayed; this delivery is " + d.status);
            }
            Instant now = clock.instant();
            d.status = DeliveryStatus.PENDING;
            d.firstAttemptAt = null;
            d.nextAttemptAt = now;
            queued.fire(new DeliveriesQueued(1));
            return view(d, deliveries.attempts(id));
        });
    }

    private static DeliveryRecord view(Delivery d, List<DeliveryRecord.Attempt> attempts) {
        return new DeliveryRecord(d.id, d.eventId, d.eventType, d.channel, d.recipient, d.status, d.attempts, d.createdAt,
                d.nextAttemptAt, d.sentAt, d.lastError, attempts);
    }
}
