package uk.send.notification.delivery.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.domain.DeliveryStatus;
import uk.send.notification.delivery.domain.NewDelivery;
import uk.send.notification.delivery.entity.Delivery;
import uk.send.notification.delivery.repository.DeliveryRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Queues emails and webhooks in the caller's transaction; {@link DeliverySender} sends them afterwards, so a
 * crash after an event was received never loses a message.
 */
@ApplicationScoped
public class DeliveryQueue {

    private final DeliveryRepository deliveries;
    private final Clock clock;

    public DeliveryQueue(DeliveryRepository deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Queues an email or webhook unless the same message (dedup key, channel, recipient) was queued before; true if queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queue(String tenant, String dedupKey, String eventId, String type, Channel channel, String recipient, UUID endpointId,
                         String subject, String text, String html) {
        if (deliveries.alreadyQueued(tenant, dedupKey, channel, recipient)) {
            return false;
        }
        Instant now = clock.instant();
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.tenant = tenant;
        d.dedupKey = dedupKey;
        d.eventId = eventId;
        d.eventType = type;
        d.channel = channel;
        d.recipient = recipient;
        d.endpointId = endpointId;
        d.subject = subject;
        d.bodyText = text;
        d.bodyHtml = html;
        d.status = DeliveryStatus.PENDING;
        d.nextAttemptAt = now;
        d.createdAt = now;
        deliveries.persist(d);
        return true;
    }

    /**
     * {@link #queue} for many messages in one statement: each is queued unless the same message (dedup key, channel,
     * recipient) was queued before, or earlier in the list; returns how many were queued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int queueAll(List<NewDelivery> messages) {
        return messages.isEmpty() ? 0 : deliveries.insertNew(messages, clock.instant());
    }
}
