package uk.send.notification.digest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.config.NotificationConfig;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.service.DeliveryQueue;
import uk.send.notification.digest.domain.DigestSchedule;
import uk.send.notification.digest.repository.DigestRepository;
import uk.send.notification.dispatch.domain.NotificationComposer;
import uk.send.notification.email.service.EmailRenderer;
import uk.send.notification.preferences.entity.Recipient;
import uk.send.notification.preferences.service.RecipientService;
import uk.send.notification.reminder.domain.TrackedDeadline;
import uk.send.platform.jobs.TimeConfig;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily digest: one email per person, at the configured London time (through daylight-saving
 * changes), listing what is overdue and what is due in the next 14 days. Once per person per day.
 */
@ApplicationScoped
public class DigestService {

    public static final String DIGEST_TYPE = "uk.send.notification.digest.v1";

    private final DigestRepository digests;
    private final RecipientService recipients;
    private final DeliveryQueue deliveries;
    private final EmailRenderer emails;
    private final DigestSchedule schedule;
    private final int horizonDays;

    public DigestService(DigestRepository digests, RecipientService recipients, DeliveryQueue deliveries, EmailRenderer emails,
                         NotificationConfig config) {
        this.digests = digests;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.emails = emails;
        this.schedule = new DigestSchedule(config.digest().sendAt(), TimeConfig.LONDON);
        this.horizonDays = config.digest().horizonDays();
    }

    /** The send instant of the digest for a London calendar day. */
    public Instant sendInstantOf(LocalDate day) {
        Instant startOfDay = day.atStartOfDay(TimeConfig.LONDON).toInstant();
        return schedule.nextAfter(startOfDay.minusNanos(1));
    }

    /** Queues today's digests if today's send time has come; returns how many were queued. */
    @Transactional
    public int sendDue(Instant now) {
        LocalDate today = now.atZone(TimeConfig.LONDON).toLocalDate();
        if (now.isBefore(sendInstantOf(today))) {
            return 0;
        }
        Map<List<String>, List<EmailRenderer.DigestLine>> byPerson = new LinkedHashMap<>();
        for (TrackedDeadline d : digests.dueWithoutDigest(today.plusDays(horizonDays), today)) {
            byPerson.computeIfAbsent(List.of(d.tenant(), d.recipient()), k -> new ArrayList<>())
                    .add(new EmailRenderer.DigestLine(d.itemTitle(), d.programmeTitle() == null ? "" : d.programmeTitle(),
                            NotificationComposer.format(d.dueDate()), d.dueDate().isBefore(today) ? "overdue" : "due", emails.link(d.link())));
        }
        int sent = 0;
        for (var entry : byPerson.entrySet()) {
            String tenant = entry.getKey().get(0);
            String person = entry.getKey().get(1);
            digests.recordRun(tenant, person, today, now);
            Recipient recipient = recipients.recipient(tenant, person, null);
            if (recipient.emailAddress() == null || !recipient.emailEnabled) {
                continue;
            }
            EmailRenderer.Email email = emails.digest(recipient.displayName, NotificationComposer.format(today), entry.getValue());
            deliveries.queue(tenant, "digest:" + today + ":" + person, null, DIGEST_TYPE, Channel.EMAIL, recipient.emailAddress(), null,
                    email.subject(), email.text(), email.html());
            sent++;
        }
        return sent;
    }

}
