package uk.send.notification.rest;

import uk.send.notification.entity.Audience;
import uk.send.notification.entity.Channel;

import java.time.Instant;
import java.util.UUID;

public record SubscriptionView(UUID id, String eventTypes, Audience audience, String role, String person, UUID programmeId,
                               String settingUrn, UUID providerId, Channel channel, String createdBy, Instant createdAt) {
}
