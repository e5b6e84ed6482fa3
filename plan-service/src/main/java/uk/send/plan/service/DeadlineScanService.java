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
        scanLocked(LocalDate.now(clock), null);
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
        long t0 = System.nanoTime();
        // Row locks on the items: a concurrent status change's event is then never overtaken by a reminder.
        // Missed deadlines already announced are left out in SQL: they are most of a mature plan's dated items
        // and would otherwise be re-examined every day.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select t.id, t.tenant, t.title, t.lead_officer_id, t.lead_officer_name, d.due_date, p.id, p.title, t.kind
                        from item_deadline d join plan_item t on t.id = d.item_id join programme p on p.id = t.programme_id
                        where t.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED')
                          and d.met_on is null and d.due_date <= :horizon
                          and (cast(:tenant as varchar) is null or t.tenant = cast(:tenant as varchar))
                          and not (d.due_date < :today and exists (select 1 from deadline_notice n
                                   where n.item_id = t.id and n.kind = 'MISSED' and n.lead_days = -1 and n.due_date = d.due_date))
                        order by t.id, d.due_date
                        for no key update of t""")
                .setParameter("horizon", today.plusDays(rule.longestLeadTime()))
                .setParameter("today", today)
                .setParameter("tenant", tenant)
                .getResultList();
        List<Candidate> candidates = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            LocalDate due = r[5] instanceof Date d ? d.toLocalDate() : (LocalDate) r[5];
            rule.noticeFor(due, today).ifPresent(n -> candidates.add(new Candidate((UUID) r[0], (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], due, (UUID) r[6], (String) r[7], ((String) r[8]).toLowerCase(java.util.Locale.ROOT), n)));
        }
        rows.clear();
        long t1 = System.nanoTime();
        List<Candidate> fresh = recordNotices(candidates);
        long t2 = System.nanoTime();
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
        long t3 = System.nanoTime();
        outbox.publishAll(events);
        long t4 = System.nanoTime();
        LOG.infof("Deadline scan %s: %d candidates, %d approaching, %d missed; select %d ms, notices %d ms, events %d ms, outbox %d ms",
                today, candidates.size(), approaching, missed, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        return new ScanResult(today, approaching, missed);
    }

    /**
     * Records a notice per candidate in one statement; returns the candidates not announced before (the rows
     * actually inserted). Set-based, so a scan over a hundred thousand items stays one round trip.
     */
    private List<Candidate> recordNotices(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Timestamp now = Timestamp.from(Instant.now());
        java.util.Map<String, Integer> byKey = new java.util.HashMap<>();
        UUID[] ids = new UUID[candidates.size()];
        String[] kinds = new String[candidates.size()];
        Integer[] leads = new Integer[candidates.size()];
        Date[] dues = new Date[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            ids[i] = c.taskId();
            kinds[i] = c.notice().kind().name();
            leads[i] = c.notice().leadDays();
            dues[i] = Date.valueOf(c.due());
            byKey.putIfAbsent(c.taskId() + "|" + kinds[i] + "|" + leads[i] + "|" + c.due(), i);
        }
        List<Integer> inserted = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    insert into deadline_notice (item_id, kind, lead_days, due_date, created_at)
                    select * , ? from unnest(?::uuid[], ?::varchar[], ?::int[], ?::date[])
                    on conflict do nothing
                    returning item_id, kind, lead_days, due_date""")) {
                ps.setTimestamp(1, now);
                ps.setArray(2, connection.createArrayOf("uuid", ids));
                ps.setArray(3, connection.createArrayOf("varchar", kinds));
                ps.setArray(4, connection.createArrayOf("int4", leads));
                ps.setArray(5, connection.createArrayOf("date", dues));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Integer index = byKey.get(rs.getObject(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getDate(4).toLocalDate());
                        if (index != null) {
                            inserted.add(index);
                        }
                    }
                }
            }
        });
        // Keep the scan's order (by item, then due date) for the events.
        inserted.sort(null);
        List<Candidate> fresh = new ArrayList<>(inserted.size());
        inserted.forEach(i -> fresh.add(candidates.get(i)));
        return fresh;
    }
}
