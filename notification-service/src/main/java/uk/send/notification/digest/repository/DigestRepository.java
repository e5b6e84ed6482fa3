package uk.send.notification.digest.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.notification.reminder.domain.TrackedDeadline;
import uk.send.notification.reminder.repository.TrackedDeadlineRepository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the daily digest lists (open tracked deadlines) and the {@code digest_run} log that sends it once per person and day. */
@ApplicationScoped
public class DigestRepository {

    private final EntityManager em;

    public DigestRepository(EntityManager em) {
        this.em = em;
    }

    /** Open deadlines due by {@code horizon} of everyone who has not had {@code today}'s digest, by person, then due date. */
    public List<TrackedDeadline> dueWithoutDigest(LocalDate horizon, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select d.tenant, d.item_id, d.recipient, d.programme_id, d.programme_title, d.item_title, d.due_date
                        from tracked_deadline d
                        where d.open and d.due_date <= :horizon
                          and not exists (select 1 from digest_run r where r.tenant = d.tenant and r.person = d.recipient and r.digest_date = :today)
                        order by d.tenant, d.recipient, d.due_date, d.item_title""")
                .setParameter("horizon", horizon)
                .setParameter("today", today)
                .getResultList();
        return rows.stream().map(TrackedDeadlineRepository::deadline).toList();
    }

    public void recordRun(String tenant, String person, LocalDate day, Instant now) {
        em.createNativeQuery("insert into digest_run (tenant, person, digest_date, created_at) values (:t, :p, :d, :now)")
                .setParameter("t", tenant).setParameter("p", person).setParameter("d", day)
                .setParameter("now", Timestamp.from(now)).executeUpdate();
    }
}
