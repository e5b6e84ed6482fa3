package uk.send.notification.subscription.service;

import uk.send.notification.subscription.domain.EventTypePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.subscription.domain.Audience;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.subscription.entity.Subscription;
import uk.send.notification.subscription.repository.SubscriptionRepository;
import uk.send.notification.subscription.rest.SubscriptionRequest;
import uk.send.notification.subscription.rest.SubscriptionView;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Page;
import uk.send.platform.security.Roles;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/** An LA's subscription rules. */
@ApplicationScoped
public class SubscriptionService {

    private static final Set<String> ROLES = Set.of(Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER,
            Roles.SCHOOL, Roles.ADMIN);

    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    public SubscriptionService(SubscriptionRepository subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Transactional
    public SubscriptionView create(String tenant, String createdBy, SubscriptionRequest request) {
        if (!EventTypePattern.isValid(request.eventTypes())) {
            throw ApiProblem.badRequest("eventTypes", "must be event types or families such as uk.send.plan.deadline.*, comma-separated, or *");
        }
        if (request.audience() == Audience.ROLE && (request.role() == null || !ROLES.contains(request.role()))) {
            throw ApiProblem.badRequest("role", "must be one of " + String.join(", ", ROLES.stream().sorted().toList()) + " for audience ROLE");
        }
        if (request.audience() == Audience.PERSON && (request.person() == null || request.person().isBlank())) {
            throw ApiProblem.badRequest("person", "is required for audience PERSON");
        }
        if (request.channel() == Channel.WEBHOOK) {
            throw ApiProblem.badRequest("channel", "must be INBOX or EMAIL; partner systems register webhooks at /api/v1/webhooks");
        }
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

    public Page<SubscriptionView> list(String tenant, PageParams page) {
        return Page.of(subscriptions.pageInTenant(tenant), page, SubscriptionService::view);
    }

    @Transactional
    public boolean delete(String tenant, UUID id) {
        return subscriptions.findInTenant(tenant, id).map(s -> {
            subscriptions.delete(s);
            return true;
        }).orElse(false);
    }

    private static SubscriptionView view(Subscription s) {
        return new SubscriptionView(s.id, s.eventTypes, s.audience, s.role, s.person, s.programmeId, s.settingUrn, s.providerId,
                s.channel, s.createdBy, s.createdAt);
    }
}
