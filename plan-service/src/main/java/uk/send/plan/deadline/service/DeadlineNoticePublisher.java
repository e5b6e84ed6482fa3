package uk.send.plan.deadline.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import uk.send.plan.config.PlanConfig;
import uk.send.plan.deadline.domain.DeadlineRule;
import uk.send.platform.events.DeadlineEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.jobs.BackgroundWorker;
import uk.send.platform.jobs.BackgroundWorker.Step;
import uk.send.platform.jobs.ClusterLock;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

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

    private final EntityManager em;
    private final ClusterLock lock;
    private final Outbox outbox;
    private final PlanConfig.Publisher config;
    private BackgroundWorker worker;

    public DeadlineNoticePublisher(EntityManager em, ClusterLock lock, Outbox outbox, PlanConfig config) {
        this.em = em;
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

    private record Notice(long seq, UUID itemId, String kind, int leadDays, LocalDate due, LocalDate scanDate) {
    }

    private Batch publishBatch() {
        List<Notice> notices = new ArrayList<>();
        List<PendingEvent> events = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    select seq, item_id, kind, lead_days, due_date, scan_date from deadline_notice
                    where published_at is null order by seq limit ?""")) {
                ps.setInt(1, config.batchSize());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        notices.add(new Notice(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)));
                    }
                }
            }
            if (notices.isEmpty()) {
                return;
            }
            Long[] seqs = notices.stream().map(Notice::seq).toArray(Long[]::new);
            // Lock first, then read: this statement's snapshot sees every change committed before the locks were granted.
            try (PreparedStatement ps = connection.prepareStatement(
                    "select id from plan_item where id = any(?) order by id for no key update")) {
                ps.setArray(1, connection.createArrayOf("uuid", notices.stream().map(Notice::itemId).distinct().toArray()));
                ps.execute();
            }
            Set<Long> announced = new HashSet<>();
            try (PreparedStatement ps = connection.prepareStatement("""
                    select n.seq, t.tenant, t.title, t.lead_officer_id, t.lead_officer_name, t.kind, p.id, p.title
                    from deadline_notice n
                    join plan_item t on t.id = n.item_id
                    join programme p on p.id = t.programme_id
                    where n.seq = any(?)
                      and t.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED')
                      and exists (select 1 from item_deadline d
                                  where d.item_id = n.item_id and d.due_date = n.due_date and d.met_on is null)
                    order by n.seq""")) {
                ps.setArray(1, connection.createArrayOf("int8", seqs));
                try (ResultSet rs = ps.executeQuery()) {
                    int i = 0;
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        while (notices.get(i).seq() != seq) {
                            i++;
                        }
                        events.add(event(notices.get(i), rs));
                        announced.add(seq);
                    }
                }
            }
            forSeqs(connection, "update deadline_notice set published_at = now() where seq = any(?)",
                    notices.stream().map(Notice::seq).filter(announced::contains).toArray(Long[]::new));
            forSeqs(connection, "delete from deadline_notice where seq = any(?)",
                    notices.stream().map(Notice::seq).filter(s -> !announced.contains(s)).toArray(Long[]::new));
        });
        outbox.publishAll(events);
        if (notices.size() > events.size()) {
            LOG.infof("Deadline notices: %d announced, %d dropped as no longer true", events.size(), notices.size() - events.size());
        }
        return new Batch(notices.size(), events.size());
    }

    private static void forSeqs(Connection connection, String sql, Long[] seqs) throws SQLException {
        if (seqs.length > 0) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setArray(1, connection.createArrayOf("int8", seqs));
                ps.executeUpdate();
            }
        }
    }

    private static PendingEvent event(Notice notice, ResultSet rs) throws SQLException {
        boolean missed = DeadlineRule.Kind.MISSED.name().equals(notice.kind());
        String itemType = rs.getString(6).toLowerCase(Locale.ROOT);
        String leadId = rs.getString(4);
        DeadlineEvent data = new DeadlineEvent(rs.getObject(7, UUID.class), rs.getString(8), notice.itemId(), itemType,
                rs.getString(3), leadId == null ? null : new DeadlineEvent.Person(leadId), notice.due(),
                missed ? null : notice.leadDays(),
                missed ? (int) ChronoUnit.DAYS.between(notice.due(), notice.scanDate()) : null);
        return new PendingEvent(rs.getString(2), missed ? EventTypes.DEADLINE_MISSED : EventTypes.DEADLINE_APPROACHING,
                notice.itemId().toString(), itemType + "/" + notice.itemId(), data);
    }
}
