package uk.send.funding.exceptional.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.send.funding.exceptional.domain.MonthSpend;
import uk.send.funding.exceptional.repository.ApplicationRepository;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ExceptionalSpendMonthly;
import uk.send.platform.outbox.Outbox;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Publishes each LA's monthly total of approved exceptional top-ups (by the day the panel decided, Europe/London), once
 * per LA and month: on the 1st of each month for the month before, or on request. plan-service can take the total as
 * the measure of a KPI such as "non-EHCP high-needs spend reduces".
 */
@ApplicationScoped
public class SpendPublisher {

    private static final Logger LOG = Logger.getLogger(SpendPublisher.class);
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The month's figures and whether this call published them (false: they had been published before). */
    public record Published(MonthSpend spend, boolean published) {
    }

    private final ApplicationRepository applications;
    private final Outbox outbox;
    private final Clock clock;

    public SpendPublisher(ApplicationRepository applications, Outbox outbox, Clock clock) {
        this.applications = applications;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(cron = "{send.exceptional.spend-cron}", timeZone = "Europe/London", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishLastMonth() {
        YearMonth last = YearMonth.now(clock.withZone(LONDON)).minusMonths(1);
        for (String tenant : applications.tenants()) {
            try {
                publish(tenant, last);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Monthly exceptional top-up spend of %s for %s failed", tenant, last);
            }
        }
    }

    /** The month's approved spend so far (no event). */
    @Transactional
    public MonthSpend spend(String tenant, YearMonth month) {
        return applications.approvedIn(tenant, month, month.atDay(1).atStartOfDay(LONDON).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(LONDON).toInstant());
    }

    /** Publishes an ended month's total once; a repeat answers the figures without a second event. */
    @Transactional
    public Published publish(String tenant, YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock.withZone(LONDON)))) {
            throw new InvalidInput("month", "only a month that has ended can be published; " + month + " has not");
        }
        MonthSpend s = spend(tenant, month);
        if (!applications.claimMonth(tenant, month, clock.instant())) {
            return new Published(s, false);
        }
        outbox.publish(tenant, EventTypes.EXCEPTIONAL_SPEND_MONTHLY, tenant, "exceptional-spend/" + month,
                new ExceptionalSpendMonthly(tenant, month.toString(), s.total(), s.approvals()));
        return new Published(s, true);
    }
}
