package uk.send.plan.deadline.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;
import uk.send.plan.config.PlanConfig;
import uk.send.plan.deadline.domain.DeadlineRule;
import uk.send.plan.deadline.repository.DeadlineNoticeRepository;
import uk.send.platform.events.DeadlineEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.jobs.BackgroundWorker;
import uk.send.platform.jobs.BackgroundWorker.Step;
import uk.send.platform.jobs.ClusterLock;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Turns the notices a deadline scan recorded into "deadline approaching" and "deadline missed" events, in
 * the order they were recorded, a batch per transaction. Each batch locks its items and checks them again
 * first: a notice whose item has since been done or dropped, or whose deadline has since been met or moved,
 * is deleted instead of announced (so a later scan can record it again if it comes back), and a status
 * change committed meanwhile is never overtaken by a reminder. Woken when a scan commits; also polls for
 * notices left by a crash. One replica publishes at a time (advisory lock), so the order holds across
 * replicas too.
 */
@ApplicationScoped
public class DeadlineNoticePublisher {

    private static final Logger LOG = Logger.getLogger(DeadlineNoticePublisher.class);
    static final String LOCK = "plan.deadline-notices";

    private final DeadlineNoticeRepository notices;
    private final ClusterLock lock;
    private final Outbox outbox;
    private final PlanConfig.Publisher config;
    private BackgroundWorker worker;

    public DeadlineNoticePublisher(DeadlineNoticeRepository notices, ClusterLock lock, Outbox outbox, PlanConfig config) {
        this.notices = notices;
        this.lock = lock;
        this.outbox = outbox;
        this.config = config.deadlineScan().publisher();
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            worker = BackgroundWorker.start("plan-deadline-notice-publisher", this::step, config.pollInterval(), Duration.ofSeconds(30));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(5));
        }
    }

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlineNoticesRecorded recorded) {
        if (worker != null) {
            worker.wake();
        }
    }

    /** Publishes every notice waiting now, waiting for another replica that is publishing; returns how many were announced. */
    public int publishPending() {
        int announced = 0;
        Batch batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                lock.lockForTransaction(LOCK);
                return publishBatch();
            });
            announced += batch.announced();
        } while (batch.taken() == config.batchSize());
        return announced;
    }

    private Step step() {
        Batch batch = QuarkusTransaction.requiringNew().call(() -> lock.tryLockForTransaction(LOCK) ? publishBatch() : null);
        if (batch == null) {
            return Step.BUSY_ELSEWHERE;
        }
        return batch.taken() == config.batchSize() ? Step.MORE : Step.DRAINED;
    }

    private record Batch(int taken, int announced) {
    }

    private Batch publishBatch() {
        DeadlineNoticeRepository.Taken taken = notices.take(config.batchSize());
        List<PendingEvent> events = taken.stillDue().stream().map(DeadlineNoticePublisher::event).toList();
        outbox.publishAll(events);
        if (taken.taken() > events.size()) {
            LOG.infof("Deadline notices: %d announced, %d dropped as no longer true", events.size(), taken.taken() - events.size());
        }
        return new Batch(taken.taken(), events.size());
    }

    private static PendingEvent event(DeadlineNoticeRepository.StillDue due) {
        DeadlineNoticeRepository.Notice notice = due.notice();
        boolean missed = DeadlineRule.Kind.MISSED.name().equals(notice.kind());
        String itemType = due.itemKind().toLowerCase(Locale.ROOT);
        String leadId = due.leadId();
        DeadlineEvent data = new DeadlineEvent(due.programmeId(), due.programmeTitle(), notice.itemId(), itemType,
                due.itemTitle(), leadId == null ? null : new DeadlineEvent.Person(leadId), notice.due(),
                missed ? null : notice.leadDays(),
                missed ? (int) ChronoUnit.DAYS.between(notice.due(), notice.scanDate()) : null);
        return new PendingEvent(due.tenant(), missed ? EventTypes.DEADLINE_MISSED : EventTypes.DEADLINE_APPROACHING,
                notice.itemId().toString(), itemType + "/" + notice.itemId(), data);
    }
}
