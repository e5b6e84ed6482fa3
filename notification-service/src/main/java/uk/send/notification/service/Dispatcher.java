package uk.send.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.send.notification.config.NotificationConfig;
import uk.send.notification.entity.Channel;
import uk.send.notification.entity.Delivery;
import uk.send.notification.entity.DeliveryStatus;
import uk.send.notification.entity.Notification;
import uk.send.notification.entity.Recipient;
import uk.send.notification.entity.Subscription;
import uk.send.notification.entity.WebhookEndpoint;
import uk.send.notification.repository.DeliveryRepository;
import uk.send.notification.repository.NotificationRepository;
import uk.send.notification.repository.RecipientRepository;
import uk.send.notification.repository.SubscriptionRepository;
import uk.send.notification.repository.WebhookEndpointRepository;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.EventTypes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Decides who hears about an event and how, in the transaction that consumed it: inbox notifications
 * are written, emails and webhooks are queued as deliveries (sent afterwards by {@link DeliverySender}),
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
    private final RecipientRepository recipients;
    private final SubscriptionRepository subscriptions;
    private final WebhookEndpointRepository webhooks;
    private final NotificationRepository notifications;
    private final DeliveryRepository deliveries;
    private final EmailRenderer emails;
    private final TrackedDeadlines tracked;
    private final EntityManager em;
    private final Event<DeliveriesQueued> queued;
    private final NotificationConfig config;
    private final Clock clock;

    public Dispatcher(EventReader reader, RecipientRepository recipients, SubscriptionRepository subscriptions,
                      WebhookEndpointRepository webhooks, NotificationRepository notifications, DeliveryRepository deliveries,
                      EmailRenderer emails, TrackedDeadlines tracked, EntityManager em, Event<DeliveriesQueued> queued,
                      NotificationConfig config, Clock clock) {
        this.reader = reader;
        this.recipients = recipients;
        this.subscriptions = subscriptions;
        this.webhooks = webhooks;
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.emails = emails;
        this.tracked = tracked;
        this.em = em;
        this.queued = queued;
        this.config = config;
        this.clock = clock;
    }

    /** Called in the consumer's transaction, after the event id was claimed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dispatch(CloudEvent event, String rawEvent) {
        EventFacts facts = reader.read(event);
        tracked.onEvent(event, facts);
        int queuedCount = 0;
        for (Target t : targets(event, facts)) {
            Recipient r = recipient(event.tenant(), t.person(), t.person().equals(facts.namedPerson()) ? facts.namedPersonName() : null);
            boolean mandatory = config.mandatoryTypes().contains(event.type());
            if (!mandatory && facts.programmeId() != null && r.mutedProgrammeSet().contains(facts.programmeId())) {
                continue;
            }
            if (t.channel() == Channel.INBOX) {
                addToInbox(event.tenant(), r.person, event.id(), event.type(), event.subject(), facts.message(), facts.dueDate());
            } else if (t.channel() == Channel.EMAIL && r.emailAddress() != null && (mandatory || (r.emailEnabled && !r.digestOnly))) {
                EmailRenderer.Email email = emails.render(event.type(), facts.message(), r.displayName, facts);
                queuedCount += queue(event.tenant(), event.id(), event.id(), event.type(), Channel.EMAIL, r.emailAddress(), null,
                        email.subject(), email.text(), email.html()) ? 1 : 0;
            }
        }
        for (WebhookEndpoint w : webhooks.activeInTenant(event.tenant())) {
            if (EventTypePattern.matches(w.eventTypes, event.type())) {
                queuedCount += queue(event.tenant(), event.id(), event.id(), event.type(), Channel.WEBHOOK, w.url, w.id, null, rawEvent, null) ? 1 : 0;
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
                case PERSON -> targets.add(new Target(s.person, s.channel));
                case ROLE -> recipients.withRole(event.tenant(), s.role).forEach(r -> targets.add(new Target(r.person, s.channel)));
            }
        }
        return targets;
    }

    private static boolean scopeMatches(Subscription s, EventFacts facts) {
        return (s.programmeId == null || s.programmeId.equals(facts.programmeId()))
                && (s.settingUrn == null || s.settingUrn.equals(facts.settingUrn()))
                && (s.providerId == null || s.providerId.equals(facts.providerId()));
    }

    /** The person's record, created the first time an event names them. */
    public Recipient recipient(String tenant, String person, String displayName) {
        return recipients.find(tenant, person).orElseGet(() -> {
            Recipient r = new Recipient();
            r.tenant = tenant;
            r.person = person;
            r.displayName = displayName;
            r.updatedAt = clock.instant();
            recipients.persist(r);
            return r;
        });
    }

    /** Adds a notification to a person's inbox and tells live streams on every replica (NOTIFY is delivered on commit). */
    public void addToInbox(String tenant, String person, String eventId, String type, String subject,
                           NotificationComposer.Message message, LocalDate dueDate) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.tenant = tenant;
        n.recipient = person;
        n.eventId = eventId;
        n.eventType = type;
        n.subject = subject;
        n.title = message.title();
        n.body = message.body();
        n.dueDate = dueDate;
        n.createdAt = clock.instant();
        notifications.persist(n);
        em.createNativeQuery("select pg_notify('" + InboxStream.CHANNEL + "', :payload)")
                .setParameter("payload", InboxStream.payload(tenant, person, n.id))
                .getSingleResult();
    }

    /** Queues an email or webhook unless the same message (dedup key, channel, recipient) was queued before. */
    public boolean queue(String tenant, String dedupKey, String eventId, String type, Channel channel, String recipient, UUID endpointId,
                         String subject, String text, String html) {
        long existing = deliveries.count("tenant = ?1 and dedupKey = ?2 and channel = ?3 and recipient = ?4", tenant, dedupKey, channel, recipient);
        if (existing > 0) {
            return false;
        }
        Instant now = clock.instant();
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.tenant = tenant;
        d.dedupKey = dedupKey;
        d.eventId = eventId;
        d.eventType = type;
        d.channel = channel;
        d.recipient = recipient;
        d.endpointId = endpointId;
        d.subject = subject;
        d.bodyText = text;
        d.bodyHtml = html;
        d.status = DeliveryStatus.PENDING;
        d.nextAttemptAt = now;
        d.createdAt = now;
        deliveries.persist(d);
        return true;
    }
}
