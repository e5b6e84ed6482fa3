package uk.send.notification.digest.service;

import uk.send.notification.reminder.service.ReminderService;
import uk.send.notification.dispatch.service.Dispatcher;
import uk.send.notification.dispatch.domain.NotificationComposer;
import uk.send.notification.email.service.EmailRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.send.notification.config.NotificationConfig;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.preferences.entity.Recipient;
import uk.send.notification.digest.domain.DigestSchedule;
import uk.send.platform.jobs.TimeConfig;

import java.sql.Timestamp;
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

    private final EntityManager em;
    private final Dispatcher dispatcher;
    private final EmailRenderer emails;
    private final DigestSchedule schedule;
    private final int horizonDays;

    public DigestService(EntityManager em, Dispatcher dispatcher, EmailRenderer emails, NotificationConfig config) {
        this.em = em;
        this.dispatcher = dispatcher;
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select d.tenant, d.recipient, d.item_id, d.programme_id, d.programme_title, d.item_title, d.due_date
                        from tracked_deadline d
                        where d.open and d.due_date <= :horizon
                          and not exists (select 1 from digest_run r where r.tenant = d.tenant and r.person = d.recipient and r.digest_date = :today)
                        order by d.tenant, d.recipient, d.due_date, d.item_title""")
                .setParameter("horizon", today.plusDays(horizonDays))
                .setParameter("today", today)
                .getResultList();
        Map<List<String>, List<EmailRenderer.DigestLine>> byPerson = new LinkedHashMap<>();
        for (Object[] r : rows) {
            LocalDate due = ReminderService.toDate(r[6]);
            String link = emails.link(r[3] == null ? null : "/programmes/" + r[3] + "/tasks/" + r[2]);
            byPerson.computeIfAbsent(List.of((String) r[0], (String) r[1]), k -> new ArrayList<>())
                    .add(new EmailRenderer.DigestLine((String) r[5], r[4] == null ? "" : (String) r[4], NotificationComposer.format(due),
                            due.isBefore(today) ? "overdue" : "due", link));
        }
        int sent = 0;
        for (var entry : byPerson.entrySet()) {
            String tenant = entry.getKey().get(0);
            String person = entry.getKey().get(1);
            em.createNativeQuery("insert into digest_run (tenant, person, digest_date, created_at) values (:t, :p, :d, :now)")
                    .setParameter("t", tenant).setParameter("p", person).setParameter("d", today)
                    .setParameter("now", Timestamp.from(now)).executeUpdate();
            Recipient recipient = dispatcher.recipient(tenant, person, null);
            if (recipient.emailAddress() == null || !recipient.emailEnabled) {
                continue;
            }
            EmailRenderer.Email email = emails.digest(recipient.displayName, NotificationComposer.format(today), entry.getValue());
            dispatcher.queue(tenant, "digest:" + today + ":" + person, null, DIGEST_TYPE, Channel.EMAIL, recipient.emailAddress(), null,
                    email.subject(), email.text(), email.html());
            sent++;
        }
        return sent;
    }

}
