package uk.send.notification.delivery.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One queued email or webhook as the delivery log knows it, with its attempts (empty when listed).
 *
 * @param recipient the email address or webhook URL
 */
public record DeliveryRecord(UUID id, String eventId, String eventType, Channel channel, String recipient, DeliveryStatus status,
                             int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError,
                             List<Attempt> attemptLog) {

    /** One attempt to send: SENT or FAILED, with the HTTP status of a webhook and the error, if any. */
    public record Attempt(Instant at, String outcome, Integer httpStatus, String error) {
    }
}
