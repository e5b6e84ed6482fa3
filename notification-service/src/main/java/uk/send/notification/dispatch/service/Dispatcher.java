package uk.send.notification.dispatch.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import uk.send.notification.config.NotificationConfig;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.service.DeliveriesQueued;
import uk.send.notification.delivery.service.DeliveryQueue;
import uk.send.notification.dispatch.domain.EventFacts;
import uk.send.notification.email.service.EmailRenderer;
import uk.send.notification.inbox.service.InboxService;
import uk.send.notification.preferences.entity.Recipient;
import uk.send.notification.preferences.repository.RecipientRepository;
import uk.send.notification.preferences.service.RecipientService;
import uk.send.notification.reminder.service.TrackedDeadlines;
import uk.send.notification.subscription.domain.EventReadership;
import uk.send.notification.subscription.domain.EventTypePattern;
import uk.send.notification.subscription.entity.Subscription;
import uk.send.notification.subscription.repository.SubscriptionRepository;
import uk.send.notification.webhook.entity.WebhookEndpoint;
import uk.send.notification.webhook.repository.WebhookEndpointRepository;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.EventTypes;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Decides who hears about an event and how, in the transaction that consumed it: inbox notifications
 * are written, emails and webhooks are queued as deliveries (sent afterwards by the delivery feature's sender),
 * so a crash after the event was received never loses a message.
 *
 * <p>Built-in rules need no set-up: a deadline's lead officer gets it in the inbox and by email; a new
 * task's lead officer, and the lead of an item whose deadline moved, get it in the inbox. An LA's subscriptions add people, roles and channels;
 * partner webhooks get the raw CloudEvent. A person may mute a programme or take a daily digest instead
 * of instant email, except for the LA's mandatory types (missed deadlines), which always go out.
 */
@ApplicationScoped
public class Dispatcher {

    private record Target(String person, Channel channel) {
    }

    private final EventReader reader;
    private final RecipientService people;
    private final RecipientRepository recipients;
    private final SubscriptionRepository subscriptions;
    private final WebhookEndpointRepository webhooks;
    private final InboxService inbox;
    private final DeliveryQueue deliveries;
    private final EmailRenderer emails;
    private final TrackedDeadlines tracked;
    private final Event<DeliveriesQueued> queued;
    private final NotificationConfig config;

    public Dispatcher(EventReader reader, RecipientService people, RecipientRepository recipients, SubscriptionRepository subscriptions,
                      WebhookEndpointRepository webhooks, InboxService inbox, DeliveryQueue deliveries, EmailRenderer emails,
                      TrackedDeadlines tracked, Event<DeliveriesQueued> queued, NotificationConfig config) {
        this.reader = reader;
        this.people = people;
        this.recipients = recipients;
        this.subscriptions = subscriptions;
        this.webhooks = webhooks;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.emails = emails;
        this.tracked = tracked;
        this.queued = queued;
        this.config = config;
    }

    /** Called in the consumer's transaction, after the event id was claimed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dispatch(CloudEvent event, String rawEvent) {
        EventFacts facts = reader.read(event);
        tracked.onEvent(event, facts);
        int queuedCount = 0;
        for (Target t : targets(event, facts)) {
            Recipient r = people.recipient(event.tenant(), t.person(), null);
            boolean mandatory = config.mandatoryTypes().contains(event.type());
            if (!mandatory && facts.programmeId() != null && r.mutedProgrammeSet().contains(facts.programmeId())) {
                continue;
            }
            if (t.channel() == Channel.INBOX) {
                inbox.add(event.tenant(), r.person, event.id(), event.type(), event.subject(), facts.message(), facts.dueDate());
            } else if (t.channel() == Channel.EMAIL && r.emailAddress() != null && (mandatory || (r.emailEnabled && !r.digestOnly))) {
                EmailRenderer.Email email = emails.render(event.type(), facts.message(), r.displayName, facts);
                queuedCount += deliveries.queue(event.tenant(), event.id(), event.id(), event.type(), Channel.EMAIL, r.emailAddress(), null,
                        email.subject(), email.text(), email.html()) ? 1 : 0;
            }
        }
        for (WebhookEndpoint w : webhooks.activeInTenant(event.tenant())) {
            if (EventTypePattern.matches(w.eventTypes, event.type())) {
                queuedCount += deliveries.queue(event.tenant(), event.id(), event.id(), event.type(), Channel.WEBHOOK, w.url, w.id, null, rawEvent, null) ? 1 : 0;
            }
        }
        if (queuedCount > 0) {
            queued.fire(new DeliveriesQueued(queuedCount));
        }
    }

    private Set<Target> targets(CloudEvent event, EventFacts facts) {
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
            Stream<String> people = facts.namedPerson() != null ? Stream.of(facts.namedPerson())
                    : role == null ? Stream.empty() : recipients.withRole(event.tenant(), role).stream().map(r -> r.person);
            people.forEach(p -> {
                targets.add(new Target(p, Channel.INBOX));
                targets.add(new Target(p, Channel.EMAIL));
            });
        }
        for (Subscription s : subscriptions.inTenant(event.tenant())) {
            if (!EventTypePattern.matches(s.eventTypes, event.type()) || !scopeMatches(s, facts)) {
                continue;
            }
            switch (s.audience) {
                case NAMED_PERSON -> {
                    if (facts.namedPerson() != null) {
                        targets.add(new Target(facts.namedPerson(), s.channel));
                    }
                }
                case PERSON -> recipients.findByIdOptional(new Recipient.Key(event.tenant(), s.person))
                        .filter(r -> mayRead(r, event, facts)).ifPresent(r -> targets.add(new Target(r.person, s.channel)));
                case ROLE -> recipients.withRole(event.tenant(), s.role).stream().filter(r -> mayRead(r, event, facts))
                        .forEach(r -> targets.add(new Target(r.person, s.channel)));
            }
        }
        return targets;
    }

    /** A subscription never widens what a person's roles may read (a school user: its own setting's events only). */
    private static boolean mayRead(Recipient r, CloudEvent event, EventFacts facts) {
        return EventReadership.mayRead(r.roleSet(), r.settingUrn, event.type(), facts.settingUrn());
    }

    private static boolean scopeMatches(Subscription s, EventFacts facts) {
        return (s.programmeId == null || s.programmeId.equals(facts.programmeId()))
                && (s.settingUrn == null || s.settingUrn.equals(facts.settingUrn()))
                && (s.providerId == null || s.providerId.equals(facts.providerId()));
    }
}
