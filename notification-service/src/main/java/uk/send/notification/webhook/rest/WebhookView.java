package uk.send.notification.webhook.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.notification.webhook.domain.Endpoint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A registered webhook. The signing secret is shown only when it is created or rotated. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(UUID id, String url, List<String> eventTypes, boolean active,
                          @Schema(description = "Standard Webhooks secret (whsec_...); shown once") String secret,
                          Instant previousSecretValidUntil, Instant createdAt, long version) {

    public static WebhookView of(Endpoint e) {
        return new WebhookView(e.id(), e.url(), e.eventTypes(), e.active(), e.secret(), e.previousSecretValidUntil(), e.createdAt(), e.version());
    }
}
