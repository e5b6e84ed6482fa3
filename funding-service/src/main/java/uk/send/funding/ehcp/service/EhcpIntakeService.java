package uk.send.funding.ehcp.service;

import com.fasterxml.jackson.databind.util.RawValue;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import uk.send.funding.ehcp.domain.DecisionDraft;
import uk.send.funding.ehcp.domain.DecisionRules;
import uk.send.funding.ehcp.domain.EhcpDecisionAccepted;
import uk.send.funding.ehcp.domain.EhcpDecisionsAccepted;
import uk.send.funding.ehcp.domain.IntakeOutcome;
import uk.send.funding.ehcp.domain.IntakeOutcome.Accepted;
import uk.send.funding.ehcp.domain.IntakeOutcome.Duplicate;
import uk.send.funding.ehcp.domain.IntakeOutcome.Reason;
import uk.send.funding.ehcp.domain.IntakeOutcome.Refused;
import uk.send.funding.ehcp.domain.LoggedDecision;
import uk.send.funding.ehcp.domain.Violation;
import uk.send.funding.ehcp.repository.EhcpDecisionRepository;
import uk.send.funding.ehcp.repository.EhcpDecisionRepository.Written;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;
import uk.send.platform.persistence.GroupCommit;
import uk.send.platform.tracing.EventTracing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The CMS's front door for EHCP decisions: each decision is checked, logged once per sourceId, published on
 * {@code funding.events} through the outbox (key = EHCP reference) and announced in-process as
 * {@link EhcpDecisionAccepted}, all in the caller's transaction. One POSTed decision and a chunk of a batch
 * go through the same {@link #recordAll} so that both are judged the same way.
 */
@ApplicationScoped
public class EhcpIntakeService {

    private final EhcpDecisionRepository decisions;
    private final Outbox outbox;
    private final Event<EhcpDecisionAccepted> accepted;
    private final Event<EhcpDecisionsAccepted> acceptedAll;
    private final Clock clock;
    private final EventTracing tracing;
    /** POSTed decisions arriving together, written in one transaction (null: each in its own, {@code post-group-max=1}). */
    private final GroupCommit<Posted, IntakeOutcome> posts;

    public EhcpIntakeService(EhcpDecisionRepository decisions, Outbox outbox, Event<EhcpDecisionAccepted> accepted,
                             Event<EhcpDecisionsAccepted> acceptedAll, Clock clock, EventTracing tracing, EhcpIntakeConfig config,
                             MeterRegistry registry) {
        this.decisions = decisions;
        this.outbox = outbox;
        this.accepted = accepted;
        this.acceptedAll = acceptedAll;
        this.clock = clock;
        this.tracing = tracing;
        DistributionSummary groupSizes = DistributionSummary.builder("send.ehcp.post.group.size")
                .description("POSTed EHCP decisions written in one transaction").register(registry);
        this.posts = config.postGroupMax() <= 1 ? null : new GroupCommit<>(
                group -> QuarkusTransaction.requiringNew().call(() -> writePosted(group)),
                one -> QuarkusTransaction.requiringNew().call(() -> writePosted(List.of(one)).get(0)),
                config.postGroupMax(), groupSizes::record);
    }

    /** Records one decision in a transaction of its own. */
    @Transactional
    public IntakeOutcome record(String tenant, DecisionDraft draft) {
        return recordAll(tenant, List.of(draft)).get(0);
    }

    /** A decision POSTed by one request, with the request's trace so that its event continues that trace. */
    private record Posted(String tenant, DecisionDraft draft, String traceparent) {
    }

    /**
     * Records one POSTed decision, judged exactly as {@link #record} judges it, and returns once it is committed; but
     * decisions POSTed while another transaction of decisions is being written are written together in the next one
     * (group commit, {@link GroupCommit}): under a CMS's concurrent load one transaction, one insert per table and one
     * commit serve many requests. Not for a request with an {@code Idempotency-Key}, whose key is recorded in the
     * request's own transaction.
     */
    public IntakeOutcome recordPosted(String tenant, DecisionDraft draft) {
        if (posts == null) {
            return QuarkusTransaction.requiringNew().call(() -> recordAll(tenant, List.of(draft)).get(0));
        }
        return posts.submit(new Posted(tenant, draft, tracing.currentTraceparent()));
    }

    /** Records decisions POSTed by different requests (of any LAs) in the current transaction, each LA's through {@link #recordAll}. */
    private List<IntakeOutcome> writePosted(List<Posted> group) {
        Map<String, List<Integer>> byTenant = new LinkedHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            byTenant.computeIfAbsent(group.get(i).tenant(), t -> new ArrayList<>()).add(i);
        }
        IntakeOutcome[] outcomes = new IntakeOutcome[group.size()];
        byTenant.forEach((tenant, at) -> {
            List<IntakeOutcome> recorded = recordAll(tenant, at.stream().map(i -> group.get(i).draft()).toList(),
                    at.stream().map(i -> group.get(i).traceparent()).toList());
            for (int j = 0; j < at.size(); j++) {
                outcomes[at.get(j)] = recorded.get(j);
            }
        });
        return List.of(outcomes);
    }

    /**
     * Records decisions of one LA in the current transaction; returns an outcome for each, in the same order.
     * Decisions that are not corrections are written in one statement; a sourceId sent twice in the list is
     * judged against its first occurrence. Corrections follow, in list order, each locking the decision it
     * supersedes so that two corrections of one decision cannot both win.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IntakeOutcome> recordAll(String tenant, List<DecisionDraft> drafts) {
        return recordAll(tenant, drafts, null);
    }

    /** {@link #recordAll(String, List)}, each decision's event carrying the traceparent at the same index (null: the current span's). */
    private List<IntakeOutcome> recordAll(String tenant, List<DecisionDraft> drafts, List<String> traceparents) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        IntakeOutcome[] outcomes = new IntakeOutcome[drafts.size()];
        Map<String, Integer> firstBySource = new LinkedHashMap<>();
        List<Integer> repeats = new ArrayList<>();
        List<Integer> corrections = new ArrayList<>();
        Map<Integer, Written> candidates = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            DecisionDraft d = drafts.get(i);
            List<Violation> violations = DecisionRules.check(d, tenant, today);
            if (!violations.isEmpty()) {
                outcomes[i] = new Refused(Reason.INVALID, violations.size() == 1 ? "1 field is not valid" : violations.size() + " fields are not valid", violations);
            } else if (d.kind() == EhcpDecisionKind.CORRECTION) {
                corrections.add(i);
            } else if (firstBySource.putIfAbsent(d.sourceId(), i) != null) {
                repeats.add(i);
            } else {
                candidates.put(i, decisions.written(d.toRecorded(UUID.randomUUID(), now)));
            }
        }
        Set<String> inserted = decisions.insertAll(tenant, now, List.copyOf(candidates.values()));
        List<String> taken = new ArrayList<>();
        Map<UUID, String> json = new HashMap<>();
        candidates.forEach((i, w) -> {
            if (inserted.contains(w.decision().sourceId())) {
                outcomes[i] = new Accepted(new LoggedDecision(w.decision(), null));
                json.put(w.decision().decisionId(), w.json());
            } else {
                taken.add(w.decision().sourceId());
            }
        });
        Map<String, LoggedDecision> existing = decisions.findBySources(tenant, taken);
        candidates.forEach((i, w) -> {
            if (outcomes[i] == null) {
                outcomes[i] = sameOrConflict(drafts.get(i), existing.get(w.decision().sourceId()));
            }
        });
        for (int i : repeats) {
            // Judged against what is recorded under the sourceId: the first occurrence if it went in, else the decision
            // already logged that refused it (a later occurrence may be that decision sent again).
            String sourceId = drafts.get(i).sourceId();
            LoggedDecision recorded = logged(outcomes[firstBySource.get(sourceId)]);
            outcomes[i] = sameOrConflict(drafts.get(i), recorded != null ? recorded : existing.get(sourceId));
        }
        for (int i : corrections) {
            outcomes[i] = correct(tenant, drafts.get(i), now, json);
        }
        announce(tenant, outcomes, json, traceparents);
        return List.of(outcomes);
    }

    private IntakeOutcome correct(String tenant, DecisionDraft d, Instant now, Map<UUID, String> json) {
        Optional<LoggedDecision> already = decisions.findBySource(tenant, d.sourceId());
        if (already.isPresent()) {
            return sameOrConflict(d, already.get());
        }
        Optional<LoggedDecision> target = decisions.lockBySource(tenant, d.supersedesSourceId());
        if (target.isEmpty() || !target.get().decision().ehcpRef().equals(d.ehcpRef())) {
            return unfit("supersedesSourceId", "names no decision of EHCP " + d.ehcpRef() + " in this LA");
        }
        if (target.get().supersededBy() != null) {
            return unfit("supersedesSourceId", "names a decision already corrected (by decision " + target.get().supersededBy()
                    + "); correct that correction instead");
        }
        Written w = decisions.written(d.toRecorded(UUID.randomUUID(), now));
        EhcpDecisionRecorded r = w.decision();
        if (!decisions.insert(tenant, w)) {
            // The same correction raced in from another request and committed first.
            return sameOrConflict(d, decisions.findBySource(tenant, d.sourceId()).orElseThrow());
        }
        decisions.supersede(target.get().decision().decisionId(), r.decisionId());
        json.put(r.decisionId(), w.json());
        return new Accepted(new LoggedDecision(r, null));
    }

    private static IntakeOutcome sameOrConflict(DecisionDraft sent, LoggedDecision recorded) {
        if (recorded == null) {
            // Only when an earlier occurrence in the same list was refused and nothing is recorded under the sourceId.
            return new Refused(Reason.CONFLICT, "This sourceId appears earlier in the same upload with a decision that was not recorded",
                    List.of(new Violation("sourceId", "repeats an earlier line of this upload that was refused")));
        }
        List<Violation> diff = sent.differencesFrom(DecisionDraft.of(recorded.decision()));
        if (diff.isEmpty()) {
            return new Duplicate(recorded);
        }
        return new Refused(Reason.CONFLICT, "sourceId " + sent.sourceId() + " was already used for a different decision ("
                + recorded.decision().decisionId() + "); " + diff.size() + (diff.size() == 1 ? " field differs" : " fields differ"), diff);
    }

    private static IntakeOutcome unfit(String field, String message) {
        return new Refused(Reason.UNFIT, field + " " + message, List.of(new Violation(field, message)));
    }

    private static LoggedDecision logged(IntakeOutcome o) {
        if (o instanceof Accepted a) {
            return a.decision();
        }
        return o instanceof Duplicate d ? d.decision() : null;
    }

    /**
     * Publishes every accepted decision (one outbox statement) and tells the other funding features, in list order.
     * The event's data is the JSON the log stored, embedded as it is rather than written a second time.
     */
    private void announce(String tenant, IntakeOutcome[] outcomes, Map<UUID, String> json, List<String> traceparents) {
        List<PendingEvent> events = new ArrayList<>();
        List<EhcpDecisionRecorded> recorded = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] instanceof Accepted a) {
                EhcpDecisionRecorded r = a.decision().decision();
                recorded.add(r);
                events.add(new PendingEvent(tenant, EventTypes.EHCP_DECISION_RECORDED, r.ehcpRef(),
                        "ehcp/" + r.ehcpRef() + "/decision/" + r.decisionId(), new RawValue(json.get(r.decisionId())),
                        traceparents == null ? null : traceparents.get(i)));
            }
        }
        outbox.publishAll(events);
        for (EhcpDecisionRecorded r : recorded) {
            accepted.fire(new EhcpDecisionAccepted(tenant, r));
        }
        if (!recorded.isEmpty()) {
            acceptedAll.fire(new EhcpDecisionsAccepted(tenant, recorded));
        }
    }

    // ---- reads

    public Optional<LoggedDecision> find(String tenant, UUID id) {
        return decisions.find(tenant, id);
    }

    /** A page of the log; {@code totalItems} counts the whole filtered log. */
    public PageOf list(String tenant, EhcpDecisionRepository.Filter filter, int page, int size) {
        return new PageOf(decisions.page(tenant, filter, page * size, size), decisions.count(tenant, filter));
    }

    /** One EHCP's log, or empty when this LA has no decision about that EHCP (another LA's reference included). */
    public Optional<PageOf> logOf(String tenant, String ehcpRef, boolean includeSuperseded, int page, int size) {
        var any = new EhcpDecisionRepository.Filter(ehcpRef, null, null, null, true);
        if (decisions.page(tenant, any, 0, 1).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(list(tenant, new EhcpDecisionRepository.Filter(ehcpRef, null, null, null, includeSuperseded), page, size));
    }

    /** (Each chunk its own short read: an export streams for as long as the client reads.) */
    /** The next {@code limit} decisions of an export after {@code after} (null: the first). */
    @Transactional
    public List<LoggedDecision> exportChunk(String tenant, EhcpDecisionRepository.Filter filter, EhcpDecisionRepository.Cursor after, int limit) {
        return decisions.chunk(tenant, filter, after, limit);
    }

    /** Decisions of one page and the size of the whole filtered list. */
    public record PageOf(List<LoggedDecision> items, long total) {
    }
}
