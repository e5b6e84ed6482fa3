package uk.send.notification.rest;

import uk.send.notification.entity.Channel;
import uk.send.notification.entity.DeliveryStatus;

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
