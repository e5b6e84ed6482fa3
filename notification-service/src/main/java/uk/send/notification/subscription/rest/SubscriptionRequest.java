package uk.send.notification.subscription.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.notification.subscription.domain.Audience;
import uk.send.notification.subscription.domain.NewSubscription;
import uk.send.notification.delivery.domain.Channel;

import java.util.UUID;

/** A rule of the LA: these events, to this audience, by this channel, optionally for one programme, setting or provider. */
public record SubscriptionRequest(
        @NotBlank @Size(max = 300) @Schema(description = "Comma-separated types or families ending in *", example = "uk.send.plan.deadline.*") String eventTypes,
        @NotNull @Schema(description = "NAMED_PERSON: the person the event names (e.g. the lead officer); PERSON: one login; ROLE: everyone with the role") Audience audience,
        @Size(max = 40) @Schema(example = "sen-officer") String role,
        @Size(max = 200) @Schema(example = "head.of.sen@demo.gov.uk") String person,
        UUID programmeId,
        @Pattern(regexp = "\\d{6}", message = "must be a 6-digit URN") String settingUrn,
        UUID providerId,
        @NotNull @Schema(description = "INBOX or EMAIL (partner systems use webhooks)") Channel channel) {

    public NewSubscription toDomain() {
        return new NewSubscription(eventTypes, audience, role, person, programmeId, settingUrn, providerId, channel);
    }
}
