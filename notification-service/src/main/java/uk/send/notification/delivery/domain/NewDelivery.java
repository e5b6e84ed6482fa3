package uk.send.notification.delivery.domain;

import java.util.UUID;

/**
 * An email or webhook to queue.
 *
 * @param dedupKey   what makes the message unique (the event id, or e.g. {@code overdue:<item>:<date>})
 * @param recipient  an email address, or the webhook's URL
 * @param endpointId the webhook endpoint; null for an email
 */
public record NewDelivery(String tenant, String dedupKey, String eventId, String eventType, Channel channel, String recipient, UUID endpointId,
                          String subject, String text, String html) {
}
