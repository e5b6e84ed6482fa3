package uk.send.plan.ehcp.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.send.plan.ehcp.domain.Clock;
import uk.send.plan.ehcp.domain.ClockState;
import uk.send.plan.ehcp.domain.Timeline;
import uk.send.plan.ehcp.domain.TimelineBuilder;
import uk.send.plan.ehcp.event.EhcpClockEvents;
import uk.send.plan.ehcp.repository.EhcpTimelineRepository;
import uk.send.plan.ehcp.repository.EhcpTimelineRepository.EhcpId;
import uk.send.plan.ehcp.repository.EhcpTimelineRepository.ReceivedDecision;
import uk.send.plan.ehcp.repository.EhcpTimelineRepository.SourceKey;
import uk.send.plan.ehcp.repository.EhcpTimelineRepository.StoredClocks;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps each EHCP's timeline: stores newly received decisions and rebuilds the timeline of every EHCP they
 * touch from all of its decisions, in one transaction per batch. Announces what changed: a clock that now runs
 * ({@code started}, again when its due date moved), one stopped in time ({@code met}) or late ({@code breached}).
 * A clock first seen already stopped (history loaded late) is not announced, nor is one first seen still running
 * that started more than {@link #STARTED_NOTICE_DAYS} days ago: a CMS sends a decision days or weeks late, not a
 * quarter, so that is history being loaded (an LA's onboarding batch holds tens of thousands of such clocks), and
 * nobody acts on "a clock started" years ago; nor is a clock that starts in a later year (a phase transfer), which
 * is not running yet. The deadline scan still sends the case officer the at-risk and breached notices of every open
 * clock, which is what they act on. A known clock whose due date moves is announced however old it is.
 */
@ApplicationScoped
public class EhcpTimelineService {

    private static final Logger LOG = Logger.getLogger(EhcpTimelineService.class);
    /** How recent a clock's start must be for its first sighting to be announced as {@code started}. */
    static final int STARTED_NOTICE_DAYS = 90;

    private final EhcpTimelineRepository repository;
    private final Outbox outbox;
    private final java.time.Clock clock;

    public EhcpTimelineService(EhcpTimelineRepository repository, Outbox outbox, java.time.Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Stores {@code received} and rebuilds the timelines they touch. At most once per transaction: the decisions it
     * inserts are taken as received rather than read back (see {@link EhcpTimelineRepository#decisionsOf}). Idempotent by
     * itself: a decision received again (same LA and sourceId, which funding-service never reuses for another decision) is
     * not stored twice, and the timeline it rebuilds is the one already stored, so nothing is written or announced.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(List<ReceivedDecision> received) {
        if (received.isEmpty()) {
            return 0;
        }
        Set<SourceKey> stored = repository.insertDecisions(received);
        // Sorted so that two transactions touching the same EHCPs take their row locks in the same order.
        TreeSet<EhcpId> touched = new TreeSet<>(Comparator.comparing(EhcpId::tenant).thenComparing(EhcpId::ehcpRef));
        received.forEach(r -> touched.add(new EhcpId(r.tenant(), r.decision().ehcpRef())));
        List<EhcpId> ids = new ArrayList<>(touched);
        Set<SourceKey> repeated = new HashSet<>();
        Map<SourceKey, EhcpDecisionRecorded> held = storedAsReceived(received, stored, repeated);
        Map<EhcpId, List<EhcpDecisionRecorded>> decisions = repository.decisionsOf(ids, repeated.stream().map(SourceKey::sourceId).toList());
        held.forEach((key, d) -> decisions.computeIfAbsent(new EhcpId(key.tenant(), d.ehcpRef()), k -> new ArrayList<>()).add(d));
        Map<EhcpId, StoredClocks> before = repository.clocksOf(ids);
        Map<EhcpId, Timeline> after = new LinkedHashMap<>();
        List<PendingEvent> events = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (EhcpId id : ids) {
            Timeline t = TimelineBuilder.build(id.ehcpRef(), decisions.getOrDefault(id, List.of()));
            after.put(id, t);
            announce(id, t, before.getOrDefault(id, StoredClocks.NONE).clocks(), today, events);
        }
        repository.replace(after, before);
        outbox.publishAll(events);
        LOG.debugf("EHCP decisions: %d received, %d timelines rebuilt, %d clock events", received.size(), ids.size(), events.size());
        return ids.size();
    }

    /**
     * The decisions this batch stored, as received: exactly what reading them back would give, so they are not read
     * back. A stored sourceId that appears more than once in the batch is added to {@code repeated} and left to the
     * read (the row holds whichever went in).
     */
    private static Map<SourceKey, EhcpDecisionRecorded> storedAsReceived(List<ReceivedDecision> received, Set<SourceKey> stored,
                                                                         Set<SourceKey> repeated) {
        Map<SourceKey, EhcpDecisionRecorded> held = new HashMap<>();
        for (ReceivedDecision r : received) {
            SourceKey key = new SourceKey(r.tenant(), r.decision().sourceId());
            if (stored.contains(key) && held.put(key, r.decision()) != null) {
                repeated.add(key);
            }
        }
        held.keySet().removeAll(repeated);
        return held;
    }

    /**
     * Whether a clock seen for the first time is worth a {@code started} event: it started running within the last
     * {@link #STARTED_NOTICE_DAYS} days. One that started long before is history being loaded; one that starts in a
     * later year (a phase transfer) is not running yet: the deadline scan speaks for both when their steps fall due.
     */
    static boolean isNews(Clock clock, LocalDate today) {
        return !clock.started().isBefore(today.minusDays(STARTED_NOTICE_DAYS)) && !clock.started().isAfter(today);
    }

    private static void announce(EhcpId id, Timeline t, Map<String, Clock> before, LocalDate today, List<PendingEvent> events) {
        for (Clock now : t.clocks()) {
            Clock was = before.get(now.key());
            boolean news = was != null || isNews(now, today);
            if (now.state() == ClockState.OPEN && news && (was == null || !was.due().equals(now.due()) || was.state() != ClockState.OPEN)) {
                events.add(EhcpClockEvents.started(id.tenant(), id.ehcpRef(), t.caseOfficerId(), now));
            } else if (was != null && was.state() == ClockState.OPEN && now.state() == ClockState.MET) {
                events.add(EhcpClockEvents.met(id.tenant(), id.ehcpRef(), t.caseOfficerId(), now));
            } else if (was != null && was.state() == ClockState.OPEN && now.state() == ClockState.BREACHED) {
                events.add(EhcpClockEvents.breached(id.tenant(), id.ehcpRef(), t.caseOfficerId(), now, null));
            }
        }
    }
}
