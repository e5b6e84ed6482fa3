package uk.send.notification.subscription.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.subscription.domain.Audience;
import uk.send.notification.subscription.domain.NewSubscription;
import uk.send.notification.subscription.domain.SubscriptionRule;
import uk.send.notification.subscription.entity.Subscription;
import uk.send.notification.subscription.repository.SubscriptionRepository;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.persistence.Slices;

import java.time.Clock;
import java.util.UUID;

/** An LA's subscription rules. */
@ApplicationScoped
public class SubscriptionService {

    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    public SubscriptionService(SubscriptionRepository subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Transactional
    public SubscriptionRule create(String tenant, String createdBy, NewSubscription request) {
        request.check();
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.tenant = tenant;
        s.eventTypes = request.eventTypes().replace(" ", "");
        s.audience = request.audience();
        s.role = request.audience() == Audience.ROLE ? request.role() : null;
        s.person = request.audience() == Audience.PERSON ? request.person().trim() : null;
        s.programmeId = request.programmeId();
        s.settingUrn = request.settingUrn();
        s.providerId = request.providerId();
        s.channel = request.channel();
        s.createdBy = createdBy;
        s.createdAt = clock.instant();
        subscriptions.persist(s);
        return view(s);
    }

    public Slice<SubscriptionRule> list(String tenant, PageRequest page) {
        return Slices.of(subscriptions.pageInTenant(tenant), page, SubscriptionService::view);
    }

    @Transactional
    public boolean delete(String tenant, UUID id) {
        return subscriptions.findInTenant(tenant, id).map(s -> {
            subscriptions.delete(s);
            return true;
        }).orElse(false);
    }

    private static SubscriptionRule view(Subscription s) {
        return new SubscriptionRule(s.id, s.eventTypes, s.audience, s.role, s.person, s.programmeId, s.settingUrn, s.providerId,
                s.channel, s.createdBy, s.createdAt);
    }
}
