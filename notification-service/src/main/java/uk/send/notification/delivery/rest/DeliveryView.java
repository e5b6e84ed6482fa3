package uk.send.notification.delivery.rest;

import uk.send.notification.delivery.domain.Channel;
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
}
