package uk.send.notification.webhook.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A partner system's registered webhook endpoint.
 *
 * @param secret                   the signing secret: only right after it is created or rotated, else null
 * @param previousSecretValidUntil while a rotation overlaps, until when the previous secret still signs deliveries
 */
public record Endpoint(UUID id, String url, List<String> eventTypes, boolean active, String secret, Instant previousSecretValidUntil,
                       Instant createdAt, long version) {
}
