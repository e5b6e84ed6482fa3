package uk.send.plan.ehcp.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.plan.deadline.domain.DeadlineRule;
import uk.send.plan.ehcp.domain.Clock;
import uk.send.plan.ehcp.domain.ClockRule;
import uk.send.plan.ehcp.domain.ClockState;
import uk.send.plan.ehcp.event.EhcpClockEvents;
import uk.send.plan.ehcp.repository.EhcpClockNoticeRepository;
import uk.send.plan.ehcp.repository.EhcpClockNoticeRepository.Noticed;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadline scan's part for EHCP clocks ({@code DeadlineScanService} calls it in its transaction): the LA's
 * open clocks get "at risk" at each lead time and "breached" once past due, by the same {@link DeadlineRule} as
 * programme deadlines, each once per clock, lead time and due date. The family's own clocks (15 days on a
 * draft, time to appeal) are not the officers' to act on and are left out.
 */
@ApplicationScoped
public class EhcpClockScan {

    /** Counts of notices recorded and announced. */
    public record Result(int atRisk, int breached) {
    }

    private final EhcpClockNoticeRepository notices;
    private final Outbox outbox;

    public EhcpClockScan(EhcpClockNoticeRepository notices, Outbox outbox) {
        this.notices = notices;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Result scan(DeadlineRule rule, LocalDate today, String tenant) {
        List<Noticed> recorded = notices.record(rule.bands(today), today.plusDays(rule.longestLeadTime()), today, tenant);
        List<PendingEvent> events = new ArrayList<>(recorded.size());
        int atRisk = 0;
        for (Noticed n : recorded) {
            Clock c = new Clock(n.clockKey(), ClockRule.valueOf(n.rule()), n.startedOn(), n.dueOn(), null, ClockState.OPEN, null, null);
            if (DeadlineRule.Kind.MISSED.name().equals(n.kind())) {
                events.add(EhcpClockEvents.breached(n.tenant(), n.ehcpRef(), n.caseOfficerId(), c, (int) ChronoUnit.DAYS.between(n.dueOn(), today)));
            } else {
                atRisk++;
                events.add(EhcpClockEvents.atRisk(n.tenant(), n.ehcpRef(), n.caseOfficerId(), c, n.leadDays()));
            }
        }
        outbox.publishAll(events);
        return new Result(atRisk, recorded.size() - atRisk);
    }
}
