package uk.send.notification.jobs;

import uk.send.notification.reminder.service.ReminderService;
import uk.send.notification.digest.service.DigestService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.send.platform.jobs.ClusterLock;
import uk.send.platform.jobs.TimeConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Once a minute, on one replica: when today's digest time (London) has come, the daily digests and the
 * overdue reminders of the day go out. Both are idempotent per person/item and day, so a second run the
 * same day sends nothing.
 */
@ApplicationScoped
public class NotificationJobs {

    private static final Logger LOG = Logger.getLogger(NotificationJobs.class);

    private final DigestService digests;
    private final ReminderService reminders;
    private final ClusterLock lock;
    private final Clock clock;

    public NotificationJobs(DigestService digests, ReminderService reminders, ClusterLock lock, Clock clock) {
        this.digests = digests;
        this.reminders = reminders;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(every = "{notification.jobs.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        runAt(clock.instant());
    }

    /** Runs the jobs as if it were {@code now}. */
    public void runAt(Instant now) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!lock.tryLockForTransaction("notification.daily-jobs")) {
                return;
            }
            if (now.isBefore(digests.sendInstantOf(now.atZone(TimeConfig.LONDON).toLocalDate()))) {
                return;
            }
            LocalDate today = now.atZone(TimeConfig.LONDON).toLocalDate();
            int repeats = reminders.sendDue(today);
            int sent = digests.sendDue(now);
            if (repeats + sent > 0) {
                LOG.infof("Daily jobs %s: %d overdue reminders, %d digests", today, repeats, sent);
            }
        });
    }
}
