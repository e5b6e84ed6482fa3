package uk.send.notification.subscription.rest;

import uk.send.notification.subscription.domain.Audience;
import uk.send.notification.subscription.domain.SubscriptionRule;
import uk.send.notification.delivery.domain.Channel;

import java.time.Instant;
import java.util.UUID;

public record SubscriptionView(UUID id, String eventTypes, Audience audience, String role, String person, UUID programmeId,
                               String settingUrn, UUID providerId, Channel channel, String createdBy, Instant createdAt) {

    public static SubscriptionView of(SubscriptionRule r) {
        return new SubscriptionView(r.id(), r.eventTypes(), r.audience(), r.role(), r.person(), r.programmeId(), r.settingUrn(),
                r.providerId(), r.channel(), r.createdBy(), r.createdAt());
    }
}
