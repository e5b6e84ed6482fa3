package uk.send.notification.subscription.rest;

import uk.send.notification.subscription.domain.Audience;
import uk.send.notification.delivery.domain.Channel;

import java.time.Instant;
import java.util.UUID;

public record SubscriptionView(UUID id, String eventTypes, Audience audience, String role, String person, UUID programmeId,
                               String settingUrn, UUID providerId, Channel channel, String createdBy, Instant createdAt) {
}
