package uk.send.placement.reporting.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.send.placement.capital.repository.CapitalRepository;
import uk.send.placement.ledger.domain.AcademicYear;
import uk.send.placement.ledger.domain.PlaceChangeRequest;
import uk.send.placement.ledger.repository.LedgerRepository;
import uk.send.platform.events.PlacementCounts;
import uk.send.platform.events.PlacementDeadline;
import uk.send.placement.reporting.repository.ReportingRepository;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The placement deadlines the platform reminds about, and the monthly counts for KPIs. Reminders go
 * out as events (notification-service words them) at 28, 14, 7, 1 and 0 days before: a scan sends the
 * nearest lead time reached and not yet sent, so a scan missed for a few days sends one reminder, not
 * several; a scan run twice sends nothing new.
 */
@ApplicationScoped
public class PlacementReminders {

    static final int[] LEAD_DAYS = {0, 1, 7, 14, 28};
    private static final Logger LOG = Logger.getLogger(PlacementReminders.class);

    private final ReportingRepository repository;
    private final LedgerRepository ledger;
    private final CapitalRepository capital;
    private final Outbox outbox;
    private final Clock clock;

    public PlacementReminders(ReportingRepository repository, LedgerRepository ledger, CapitalRepository capital, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.ledger = ledger;
        this.capital = capital;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(cron = "{placement.deadline-scan.cron}", timeZone = "Europe/London", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scanAll() {
        for (String tenant : repository.tenants()) {
            try {
                scan(tenant);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Placement deadline scan of %s failed; the next scan tries again", tenant);
            }
        }
    }

    @Scheduled(cron = "{placement.counts.cron}", timeZone = "Europe/London", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishLastMonth() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        for (String tenant : repository.tenants()) {
            try {
                publishCounts(tenant, last);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Monthly placement counts of %s failed", tenant);
            }
        }
    }

    /** Sends the reminders due today for one LA; returns how many. */
    @Transactional
    public int scan(String tenant) {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        AcademicYear year = AcademicYear.of(today);
        LocalDate pcr = PlaceChangeRequest.deadline(year, ledger.settings(tenant).placeChangeDeadline());
        String next = year.next().label();
        sent += remind(tenant, "place-change-request/" + year.next().startYear(), pcr, today,
                new Reminder("PLACE_CHANGE_REQUEST", "Place change request to the DfE for " + next, next, null, null));
        for (Object[] m : capital.openMilestonesDue(tenant, today, today.plusDays(LEAD_DAYS[LEAD_DAYS.length - 1]))) {
            UUID milestoneId = (UUID) m[0];
            LocalDate due = m[3] instanceof LocalDate l ? l : ((java.sql.Date) m[3]).toLocalDate();
            sent += remind(tenant, "capital-milestone/" + milestoneId, due, today,
                    new Reminder("CAPITAL_MILESTONE", m[4] + ": " + m[2], null, (UUID) m[1], milestoneId));
        }
        return sent;
    }

    private record Reminder(String kind, String title, String academicYear, UUID projectId, UUID milestoneId) {
    }

    private int remind(String tenant, String key, LocalDate due, LocalDate today, Reminder r) {
        long days = ChronoUnit.DAYS.between(today, due);
        Optional<Integer> lead = leadTime(days);
        if (lead.isEmpty() || !repository.notice(tenant, key, due, lead.get())) {
            return 0;
        }
        outbox.publish(tenant, EventTypes.PLACEMENT_DEADLINE_APPROACHING, key, key,
                new PlacementDeadline(r.kind(), r.title(), due, lead.get(), r.academicYear(), r.projectId(), r.milestoneId()));
        return 1;
    }

    /** The smallest lead time not below the days left; none when the deadline has passed or is more than 28 days off. */
    static Optional<Integer> leadTime(long daysLeft) {
        if (daysLeft < 0) {
            return Optional.empty();
        }
        for (int lead : LEAD_DAYS) {
            if (daysLeft <= lead) {
                return Optional.of(lead);
            }
        }
        return Optional.empty();
    }

    public record CountsResult(PlacementCounts counts, boolean published) {
    }

    /** Publishes the month's counts (as of its last day, or today within it) once; a repeat returns them unpublished. */
    @Transactional
    public CountsResult publishCounts(String tenant, YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        PlacementCounts counts = repository.counts(tenant, month, asOf);
        if (!repository.claimMonth(tenant, month)) {
            return new CountsResult(counts, false);
        }
        outbox.publish(tenant, EventTypes.PLACEMENT_COUNTS_PUBLISHED, tenant, "placement-counts/" + month, counts);
        return new CountsResult(counts, true);
    }
}
