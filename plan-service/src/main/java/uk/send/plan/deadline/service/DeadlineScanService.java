package uk.send.plan.deadline.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.send.plan.config.PlanConfig;
import uk.send.plan.deadline.domain.DeadlineRule;
import uk.send.plan.deadline.domain.ScanOutcome;
import uk.send.plan.deadline.repository.DeadlineNoticeRepository;
import uk.send.plan.ehcp.service.EhcpClockScan;
import uk.send.platform.jobs.ClusterLock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

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

    private final DeadlineNoticeRepository notices;
    private final ClusterLock lock;
    private final Event<DeadlineNoticesRecorded> recorded;
    private final Clock clock;
    private final DeadlineRule rule;
    private final EhcpClockScan ehcpClocks;

    public DeadlineScanService(DeadlineNoticeRepository notices, ClusterLock lock, Event<DeadlineNoticesRecorded> recorded, Clock clock, PlanConfig config,
                               EhcpClockScan ehcpClocks) {
        this.ehcpClocks = ehcpClocks;
        this.notices = notices;
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
    public ScanOutcome scan(LocalDate asOf, String tenant) {
        lock.lockForTransaction(LOCK);
        return scanLocked(asOf, tenant);
    }

    private ScanOutcome scanLocked(LocalDate today, String tenant) {
        long started = System.nanoTime();
        ScanOutcome outcome = notices.record(rule.bands(today), today, today.plusDays(rule.longestLeadTime()), tenant, Instant.now());
        if (outcome.approaching() + outcome.missed() > 0) {
            recorded.fire(new DeadlineNoticesRecorded(outcome.approaching() + outcome.missed()));
        }
        // EHCP statutory clocks: at risk / breached, announced in this transaction (uk.send.plan.ehcp).
        EhcpClockScan.Result ehcp = ehcpClocks.scan(rule, today, tenant);
        LOG.infof("Deadline scan %s: %d approaching, %d missed, %d EHCP clocks at risk, %d breached, recorded in %d ms", today, outcome.approaching(),
                outcome.missed(), ehcp.atRisk(), ehcp.breached(), (System.nanoTime() - started) / 1_000_000);
        return new ScanOutcome(outcome.asOf(), outcome.approaching() + ehcp.atRisk(), outcome.missed() + ehcp.breached());
    }
}
