package uk.send.notification.dispatch.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import uk.send.notification.config.NotificationConfig;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.domain.NewDelivery;
import uk.send.notification.delivery.service.DeliveriesQueued;
import uk.send.notification.delivery.service.DeliveryQueue;
import uk.send.notification.dispatch.domain.DecodedEvent;
import uk.send.notification.dispatch.domain.EventFacts;
import uk.send.notification.email.service.EmailRenderer;
import uk.send.notification.inbox.domain.NewNotification;
import uk.send.notification.inbox.service.InboxService;
import uk.send.notification.preferences.domain.RecipientProfile;
import uk.send.notification.preferences.entity.Recipient;
import uk.send.notification.preferences.repository.RecipientRepository;
import uk.send.notification.reminder.service.TrackedDeadlines;
import uk.send.notification.subscription.domain.EventReadership;
import uk.send.notification.subscription.domain.EventTypePattern;
import uk.send.notification.subscription.entity.Subscription;
import uk.send.notification.subscription.repository.SubscriptionRepository;
import uk.send.notification.webhook.entity.WebhookEndpoint;
import uk.send.notification.webhook.repository.WebhookEndpointRepository;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.EventTypes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides who hears about events and how, in the transaction that consumed them: inbox notifications
 * are written, emails and webhooks are queued as deliveries (sent afterwards by the delivery feature's sender),
 * so a crash after an event was received never loses a message.
 *
 * <p>Built-in rules need no set-up: a deadline's lead officer gets it in the inbox and by email; a new
 * task's lead officer, and the lead of an item whose deadline moved, get it in the inbox. An LA's subscriptions add people, roles and channels;
 * partner webhooks get the raw CloudEvent. A person may mute a programme or take a daily digest instead
 * of instant email, except for the LA's mandatory types (missed deadlines), which always go out.
 *
 * <p>Set-based, a consumed batch at a time, with the same effect as one event after another: each LA's
 * subscriptions and webhooks are read once, every person the batch reaches is created if new and read in one
 * query, tracked deadlines, inbox notifications (with their live-stream NOTIFYs) and deliveries are each written
 * in one statement. A batch costs a handful of round trips to the database however many events it holds.
 */
@ApplicationScoped
public class Dispatcher {

    private record Target(String person, Channel channel) {
    }

    private record Routed(DecodedEvent decoded, TenantDirectory directory, Set<Target> targets) {
    }

    private final RecipientRepository recipients;
    private final SubscriptionRepository subscriptions;
    private final WebhookEndpointRepository webhooks;
    private final InboxService inbox;
    private final DeliveryQueue deliveries;
    private final EmailRenderer emails;
    private final TrackedDeadlines tracked;
    private final Event<DeliveriesQueued> queued;
    private final NotificationConfig config;
    private final Clock clock;

    public Dispatcher(RecipientRepository recipients, SubscriptionRepository subscriptions, WebhookEndpointRepository webhooks,
                      InboxService inbox, DeliveryQueue deliveries, EmailRenderer emails, TrackedDeadlines tracked,
                      Event<DeliveriesQueued> queued, NotificationConfig config, Clock clock) {
        this.recipients = recipients;
        this.subscriptions = subscriptions;
        this.webhooks = webhooks;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.emails = emails;
        this.tracked = tracked;
        this.queued = queued;
        this.config = config;
        this.clock = clock;
    }

    /** Called in the consumer's transaction, after the events' ids were claimed (each event once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dispatchAll(List<DecodedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        tracked.onEvents(events);
        Map<String, TenantDirectory> directories = new HashMap<>();
        List<Routed> routed = new ArrayList<>(events.size());
        Set<Recipient.Key> people = new LinkedHashSet<>();
        for (DecodedEvent d : events) {
            TenantDirectory directory = directories.computeIfAbsent(d.event().tenant(), this::directory);
            Set<Target> targets = targets(d.event(), d.facts(), directory);
            targets.forEach(t -> people.add(new Recipient.Key(d.event().tenant(), t.person())));
            routed.add(new Routed(d, directory, targets));
        }
        Map<Recipient.Key, RecipientProfile> profiles = recipients.ensureProfiles(people, clock.instant());
        List<NewNotification> notifications = new ArrayList<>(events.size());
        List<NewDelivery> messages = new ArrayList<>();
        for (Routed r : routed) {
            deliver(r, profiles, notifications, messages);
        }
        inbox.addAll(notifications);
        int queuedCount = deliveries.queueAll(messages);
        if (queuedCount > 0) {
            queued.fire(new DeliveriesQueued(queuedCount));
        }
    }

    private TenantDirectory directory(String tenant) {
        return new TenantDirectory(tenant, subscriptions.inTenant(tenant), webhooks.activeInTenant(tenant), recipients);
    }

    /** One event's inbox notifications and queued messages, added to the batch's. */
    private void deliver(Routed r, Map<Recipient.Key, RecipientProfile> profiles, List<NewNotification> notifications, List<NewDelivery> messages) {
        CloudEvent event = r.decoded().event();
        EventFacts facts = r.decoded().facts();
        boolean mandatory = config.mandatoryTypes().contains(event.type());
        for (Target t : r.targets()) {
            RecipientProfile p = profiles.get(new Recipient.Key(event.tenant(), t.person()));
            if (!mandatory && p.muted(facts.programmeId())) {
                continue;
            }
            if (t.channel() == Channel.INBOX) {
                notifications.add(new NewNotification(event.tenant(), p.person(), event.id(), event.type(), event.subject(),
                        facts.message().title(), facts.message().body(), facts.dueDate()));
            } else if (t.channel() == Channel.EMAIL && p.emailAddress() != null && (mandatory || (p.emailEnabled() && !p.digestOnly()))) {
                EmailRenderer.Email email = emails.render(event.type(), facts.message(), p.displayName(), facts);
                messages.add(new NewDelivery(event.tenant(), event.id(), event.id(), event.type(), Channel.EMAIL, p.emailAddress(), null,
                        email.subject(), email.text(), email.html()));
            }
        }
        for (WebhookEndpoint w : r.directory().webhooks()) {
            if (EventTypePattern.matches(w.eventTypes, event.type())) {
                messages.add(new NewDelivery(event.tenant(), event.id(), event.id(), event.type(), Channel.WEBHOOK, w.url, w.id, null,
                        r.decoded().raw(), null));
            }
        }
    }

    private Set<Target> targets(CloudEvent event, EventFacts facts, TenantDirectory directory) {
        Set<Target> targets = new LinkedHashSet<>();
        if (facts.namedPerson() != null) {
            switch (event.type()) {
                case EventTypes.DEADLINE_APPROACHING, EventTypes.DEADLINE_MISSED -> {
                    targets.add(new Target(facts.namedPerson(), Channel.INBOX));
                    targets.add(new Target(facts.namedPerson(), Channel.EMAIL));
                }
                case EventTypes.TASK_CREATED, EventTypes.DEADLINE_CHANGED -> targets.add(new Target(facts.namedPerson(), Channel.INBOX));
                default -> {
                    // no built-in rule: subscriptions decide
                }
            }
        }
        if (EventTypes.EHCP_CLOCK_AT_RISK.equals(event.type()) || EventTypes.EHCP_CLOCK_BREACHED.equals(event.type())) {
            // An EHCP clock naming no case officer goes to every person of the role it names (sen-officer), as seen in their tokens.
            String role = facts.namedPerson() == null ? event.data().path("audienceRole").asText(null) : null;
            List<String> people = facts.namedPerson() != null ? List.of(facts.namedPerson())
                    : role == null ? List.of() : directory.withRole(role).stream().map(RecipientProfile::person).toList();
            for (String p : people) {
                targets.add(new Target(p, Channel.INBOX));
                targets.add(new Target(p, Channel.EMAIL));
            }
        }
        for (Subscription s : directory.subscriptions()) {
            if (!EventTypePattern.matches(s.eventTypes, event.type()) || !scopeMatches(s, facts)) {
                continue;
            }
            switch (s.audience) {
                case NAMED_PERSON -> {
                    if (facts.namedPerson() != null) {
                        targets.add(new Target(facts.namedPerson(), s.channel));
                    }
                }
                case PERSON -> directory.person(s.person).filter(r -> mayRead(r, event, facts))
                        .ifPresent(r -> targets.add(new Target(r.person(), s.channel)));
                case ROLE -> directory.withRole(s.role).stream().filter(r -> mayRead(r, event, facts))
                        .forEach(r -> targets.add(new Target(r.person(), s.channel)));
            }
        }
        return targets;
    }

    /** A subscription never widens what a person's roles may read (a school user: its own setting's events only). */
    private static boolean mayRead(RecipientProfile r, CloudEvent event, EventFacts facts) {
        return EventReadership.mayRead(r.roleSet(), r.settingUrn(), event.type(), facts.settingUrn());
    }

    private static boolean scopeMatches(Subscription s, EventFacts facts) {
        return (s.programmeId == null || s.programmeId.equals(facts.programmeId()))
                && (s.settingUrn == null || s.settingUrn.equals(facts.settingUrn()))
                && (s.providerId == null || s.providerId.equals(facts.providerId()));
    }
}
