package uk.send.notification.webhook.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A partner system's endpoint and the event types (or families) it wants. */
public record WebhookRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "https://cms.example-la.gov.uk/hooks/send-platform") String url,
        @NotEmpty @Size(max = 50) @Schema(example = "[\"uk.send.plan.deadline.*\", \"uk.send.funding.setting.registered.v1\"]") List<@NotBlank String> eventTypes) {
}
