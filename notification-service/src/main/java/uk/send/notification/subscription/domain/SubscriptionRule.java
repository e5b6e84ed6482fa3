package uk.send.notification.subscription.domain;

import uk.send.notification.delivery.domain.Channel;

import java.time.Instant;
import java.util.UUID;

/** A stored rule of an LA: these event types, to this audience, by this channel, optionally for one programme, setting or provider. */
public record SubscriptionRule(UUID id, String eventTypes, Audience audience, String role, String person, UUID programmeId,
                               String settingUrn, UUID providerId, Channel channel, String createdBy, Instant createdAt) {
}
