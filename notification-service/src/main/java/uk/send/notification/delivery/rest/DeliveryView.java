package uk.send.notification.delivery.rest;

import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.domain.DeliveryRecord;
import uk.send.notification.delivery.domain.DeliveryStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One email or webhook and every attempt to send it. */
public record DeliveryView(UUID id, String eventId, String eventType, Channel channel, String recipient, DeliveryStatus status,
                           int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError,
                           List<Attempt> attemptLog) {

    public record Attempt(Instant at, String outcome, Integer httpStatus, String error) {
    }

    /** The delivery log's record as the API shows it. */
    public static DeliveryView of(DeliveryRecord d) {
        return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.channel(), d.recipient(), d.status(), d.attempts(), d.createdAt(),
                d.nextAttemptAt(), d.sentAt(), d.lastError(),
                d.attemptLog().stream().map(a -> new Attempt(a.at(), a.outcome(), a.httpStatus(), a.error())).toList());
    }
}
