package uk.send.plan.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import uk.send.plan.config.PlanConfig;
import uk.send.plan.deadline.DeadlineRule;
import uk.send.plan.rest.ScanResult;
import uk.send.platform.events.DeadlineEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.jobs.ClusterLock;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The deadline scan: announces "deadline approaching" at each configured lead time and "deadline missed"
 * once overdue, for every open task, each once per task, lead time and due date (the deadline_notice
 * table remembers what was sent). Runs daily on one replica (advisory lock) and on demand.
 */
@ApplicationScoped
public class DeadlineScanService {

    private static final Logger LOG = Logger.getLogger(DeadlineScanService.class);
    static final String LOCK = "plan.deadline-scan";

    private final EntityManager em;
    private final ClusterLock lock;
    private final Outbox outbox;
    private final Clock clock;
    private final DeadlineRule rule;

    public DeadlineScanService(EntityManager em, ClusterLock lock, Outbox outbox, Clock clock, PlanConfig config) {
        this.em = em;
        this.lock = lock;
        this.outbox = outbox;
        this.clock = clock;
        this.rule = new DeadlineRule(config.deadlineScan().leadTimes());
    }

    @Scheduled(cron = "{plan.deadline-scan.cron}", timeZone = "Europe/London", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void daily() {
        // Another replica already scanning today: its notices make a second run a no-op anyway.
        if (!lock.tryLockForTransaction(LOCK)) {
            return;
        }
        ScanResult result = scanLocked(LocalDate.now(clock), null);
        LOG.infof("Deadline scan %s: %d approaching, %d missed", result.asOf(), result.approaching(), result.missed());
    }

    /** Runs the scan now for one LA (or all if {@code tenant} is null), as if today were {@code asOf}. */
    @Transactional
    public ScanResult scan(LocalDate asOf, String tenant) {
        lock.lockForTransaction(LOCK);
        return scanLocked(asOf, tenant);
    }

    private record Candidate(UUID taskId, String tenant, String title, String leadId, String leadName, LocalDate due,
                             UUID programmeId, String programmeTitle, String kind, DeadlineRule.Notice notice) {
    }

    private ScanResult scanLocked(LocalDate today, String tenant) {
        // Row locks on the tasks: a concurrent status change's event is then never overtaken by a reminder.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select t.id, t.tenant, t.title, t.lead_officer_id, t.lead_officer_name, d.due_date, p.id, p.title, t.kind
                        from item_deadline d join plan_item t on t.id = d.item_id join programme p on p.id = t.programme_id
                        where t.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED')
                          and d.met_on is null and d.due_date <= :horizon
                          and (cast(:tenant as varchar) is null or t.tenant = cast(:tenant as varchar))
                        order by t.id, d.due_date
                        for no key update of t""")
                .setParameter("horizon", today.plusDays(rule.longestLeadTime()))
                .setParameter("tenant", tenant)
                .getResultList();
        List<Candidate> candidates = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            LocalDate due = r[5] instanceof Date d ? d.toLocalDate() : (LocalDate) r[5];
            rule.noticeFor(due, today).ifPresent(n -> candidates.add(new Candidate((UUID) r[0], (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], due, (UUID) r[6], (String) r[7], ((String) r[8]).toLowerCase(java.util.Locale.ROOT), n)));
        }
        List<Candidate> fresh = recordNotices(candidates);
        List<PendingEvent> events = new ArrayList<>(fresh.size());
        int approaching = 0;
        int missed = 0;
        for (Candidate c : fresh) {
            boolean isMissed = c.notice().kind() == DeadlineRule.Kind.MISSED;
            if (isMissed) {
                missed++;
            } else {
                approaching++;
            }
            DeadlineEvent data = new DeadlineEvent(c.programmeId(), c.programmeTitle(), c.taskId(), c.kind(), c.title(),
                    c.leadId() == null ? null : new DeadlineEvent.Person(c.leadId(), c.leadName()), c.due(),
                    isMissed ? null : c.notice().leadDays(),
                    isMissed ? (int) java.time.temporal.ChronoUnit.DAYS.between(c.due(), today) : null);
            events.add(new PendingEvent(c.tenant(), isMissed ? EventTypes.DEADLINE_MISSED : EventTypes.DEADLINE_APPROACHING,
                    c.taskId().toString(), c.kind() + "/" + c.taskId(), data));
        }
        outbox.publishAll(events);
        return new ScanResult(today, approaching, missed);
    }

    /** Inserts a notice row per candidate; returns those not sent before (the insert was not a conflict). */
    private List<Candidate> recordNotices(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Timestamp now = Timestamp.from(Instant.now());
        List<Candidate> fresh = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "insert into deadline_notice (item_id, kind, lead_days, due_date, created_at) values (?, ?, ?, ?, ?) on conflict do nothing")) {
                for (Candidate c : candidates) {
                    ps.setObject(1, c.taskId());
                    ps.setString(2, c.notice().kind().name());
                    ps.setInt(3, c.notice().leadDays());
                    ps.setDate(4, Date.valueOf(c.due()));
                    ps.setTimestamp(5, now);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) {
                        fresh.add(candidates.get(i));
                    }
                }
            }
        });
        return fresh;
    }
}
