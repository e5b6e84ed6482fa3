package uk.send.plan.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import uk.send.plan.config.PlanConfig;
import uk.send.plan.deadline.DeadlineRule;
import uk.send.plan.ehcp.service.EhcpClockScan;
import uk.send.plan.rest.ScanResult;
import uk.send.platform.jobs.ClusterLock;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The deadline scan: decides which deadlines deserve "deadline approaching" (at each configured lead time)
 * or "deadline missed" today, for every open item, each once per item, lead time and due date, and records
 * those notices in deadline_notice. {@link DeadlineNoticePublisher} turns recorded notices into events right
 * after the scan commits. Runs daily on one replica (advisory lock) and on demand.
 */
@ApplicationScoped
public class DeadlineScanService {

    private static final Logger LOG = Logger.getLogger(DeadlineScanService.class);
    static final String LOCK = "plan.deadline-scan";

    private final EntityManager em;
    private final ClusterLock lock;
    private final Event<DeadlineNoticesRecorded> recorded;
    private final Clock clock;
    private final DeadlineRule rule;
    private final EhcpClockScan ehcpClocks;

    public DeadlineScanService(EntityManager em, ClusterLock lock, Event<DeadlineNoticesRecorded> recorded, Clock clock, PlanConfig config,
                               EhcpClockScan ehcpClocks) {
        this.ehcpClocks = ehcpClocks;
        this.em = em;
        this.lock = lock;
        this.recorded = recorded;
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

    /**
     * Finds the deadlines that deserve a notice today and records the notices, in one statement: the rule's
     * bands of due dates ({@link DeadlineRule#bands}) select the candidates, notices already recorded are left
     * out, and the rest are inserted into deadline_notice in (item, due date) order. No row locks: a notice
     * that a concurrent change makes stale is dropped by the publisher, which locks and checks each item.
     */
    private static final String SCAN = """
            with band (low, high, kind, lead_days) as (
                select cast(b.low as date), cast(b.high as date), b.kind, b.lead_days
                from unnest(cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as int[])) as b (low, high, kind, lead_days)
            ), due as (
                select t.id, d.due_date, b.kind, b.lead_days
                from item_deadline d
                join band b on d.due_date <= b.high and (b.low is null or d.due_date >= b.low)
                join plan_item t on t.id = d.item_id
                where d.met_on is null and d.due_date <= ?
                  and t.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED')
                  and (cast(? as varchar) is null or t.tenant = cast(? as varchar))
                  and not exists (select 1 from deadline_notice n where n.item_id = t.id and n.kind = b.kind
                                  and n.lead_days = b.lead_days and n.due_date = d.due_date)
            ), fresh as (
                select distinct on (id, due_date) * from due order by id, due_date
            ), noticed as (
                insert into deadline_notice (item_id, kind, lead_days, due_date, scan_date, created_at)
                select id, kind, lead_days, due_date, ?, ? from fresh order by id, due_date
                returning kind
            )
            select count(*) filter (where kind = 'APPROACHING'), count(*) filter (where kind = 'MISSED') from noticed""";

    private ScanResult scanLocked(LocalDate today, String tenant) {
        long started = System.nanoTime();
        List<DeadlineRule.Band> bands = rule.bands(today);
        int[] counts = new int[2];
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(SCAN)) {
                ps.setArray(1, connection.createArrayOf("varchar", bands.stream().map(b -> b.low() == null ? null : b.low().toString()).toArray()));
                ps.setArray(2, connection.createArrayOf("varchar", bands.stream().map(b -> b.high().toString()).toArray()));
                ps.setArray(3, connection.createArrayOf("varchar", bands.stream().map(b -> b.notice().kind().name()).toArray()));
                ps.setArray(4, connection.createArrayOf("int4", bands.stream().map(b -> b.notice().leadDays()).toArray()));
                ps.setObject(5, today.plusDays(rule.longestLeadTime()));
                ps.setString(6, tenant);
                ps.setString(7, tenant);
                ps.setObject(8, today);
                ps.setTimestamp(9, Timestamp.from(Instant.now()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts[0] = rs.getInt(1);
                    counts[1] = rs.getInt(2);
                }
            }
        });
        if (counts[0] + counts[1] > 0) {
            recorded.fire(new DeadlineNoticesRecorded(counts[0] + counts[1]));
        }
        // EHCP statutory clocks: at risk / breached, announced in this transaction (uk.send.plan.ehcp).
        EhcpClockScan.Result ehcp = ehcpClocks.scan(rule, today, tenant);
        LOG.infof("Deadline scan %s: %d approaching, %d missed, %d EHCP clocks at risk, %d breached, recorded in %d ms", today, counts[0],
                counts[1], ehcp.atRisk(), ehcp.breached(), (System.nanoTime() - started) / 1_000_000);
        return new ScanResult(today, counts[0] + ehcp.atRisk(), counts[1] + ehcp.breached());
    }
}
