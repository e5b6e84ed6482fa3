package uk.send.funding.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.forum.domain.VoteThreshold;
import uk.send.funding.forum.domain.Deduction;
import uk.send.funding.forum.domain.ForumDecision;
import uk.send.funding.forum.domain.ForumMeeting;
import uk.send.funding.forum.domain.ForumVote;
import uk.send.funding.forum.domain.Phase;
import uk.send.funding.forum.domain.Tally;
import uk.send.funding.forum.domain.TopSlice;
import uk.send.funding.forum.domain.TopSliceCalculation;
import uk.send.funding.forum.domain.TopSliceDraft;
import uk.send.funding.forum.domain.TopSliceStatus;
import uk.send.funding.forum.domain.TradedModel;
import uk.send.funding.forum.repository.ForumRepository;
import uk.send.funding.forum.repository.SettingBudgetRepository;
import uk.send.funding.forum.repository.TopSliceRepository;
import uk.send.funding.money.domain.Money;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.NotFound;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.TopSliceDecided;
import uk.send.platform.events.TopSliceSwitchedToTraded;
import uk.send.platform.outbox.Outbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Top-slice proposals: each school's deduction computed from the register's budgets when proposed (and again on each
 * change while PROPOSED), frozen once the forum has voted; the vote counted under the LA's rule; a failed proposal
 * switched to a traded or insurance model. Decisions are published through the outbox in the same transaction.
 */
@ApplicationScoped
public class TopSliceService {

    private final TopSliceRepository slices;
    private final SettingBudgetRepository budgets;
    private final ForumRuleService rules;
    private final ForumRepository forum;
    private final Outbox outbox;
    private final Clock clock;

    public TopSliceService(TopSliceRepository slices, SettingBudgetRepository budgets, ForumRuleService rules, ForumRepository forum,
                           Outbox outbox, Clock clock) {
        this.slices = slices;
        this.budgets = budgets;
        this.rules = rules;
        this.forum = forum;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public TopSlice propose(String tenant, String by, TopSliceDraft draft) {
        requirePence(draft.sumNeeded());
        TopSliceCalculation.Result r = TopSliceCalculation.run(draft, budgets.register(tenant, draft.financialYear(), draft.settingTypes()));
        Instant now = clock.instant();
        TopSlice s = new TopSlice(UUID.randomUUID(), draft.name().trim(), draft.purpose().trim(), draft.financialYear(), draft.sumNeeded(),
                draft.base(), draft.settingTypes(), r.deductions().size(), r.settingsWithoutBase(), TopSliceStatus.PROPOSED, null, null, null,
                null, null, null, by, now, now, 0);
        slices.insert(tenant, s);
        slices.replaceDeductions(s.id(), r.deductions());
        return s;
    }

    @Transactional
    public Slice<TopSlice> list(String tenant, PageRequest page) {
        return new Slice<>(slices.page(tenant, page.offset(), page.size()), slices.count(tenant));
    }

    @Transactional
    public Optional<TopSlice> find(String tenant, UUID id) {
        return slices.find(tenant, id, false);
    }

    /** Replaces the proposal and recomputes its deductions; only while the forum has not voted. */
    @Transactional
    public Optional<TopSlice> revise(String tenant, UUID id, VersionCheck version, TopSliceDraft draft) {
        return slices.find(tenant, id, true).map(old -> {
            version.require(old.version());
            requireStatus(old, TopSliceStatus.PROPOSED, "revised");
            requirePence(draft.sumNeeded());
            TopSliceCalculation.Result r = TopSliceCalculation.run(draft, budgets.register(tenant, draft.financialYear(), draft.settingTypes()));
            TopSlice s = new TopSlice(id, draft.name().trim(), draft.purpose().trim(), draft.financialYear(), draft.sumNeeded(), draft.base(),
                    draft.settingTypes(), r.deductions().size(), r.settingsWithoutBase(), TopSliceStatus.PROPOSED, null, null, null, null, null,
                    null, old.createdBy(), old.createdAt(), clock.instant(), old.version() + 1);
            slices.update(tenant, s);
            slices.replaceDeductions(id, r.deductions());
            return s;
        });
    }

    /** A page of deductions, largest first; {@code onlyUrn} (a school user's own) limits it to one school. */
    @Transactional
    public Slice<Deduction> deductions(String tenant, UUID id, String onlyUrn, PageRequest page) {
        require(tenant, id);
        return new Slice<>(slices.deductions(id, onlyUrn, page.offset(), page.size()), slices.countDeductions(id, onlyUrn));
    }

    /** Every deduction, for an export (one per school of one LA: bounded by the register). */
    @Transactional
    public List<Deduction> allDeductions(String tenant, UUID id, String onlyUrn) {
        require(tenant, id);
        return slices.deductions(id, onlyUrn, 0, 0);
    }

    /** The proposal and the votes recorded on it. */
    public record Voted(TopSlice topSlice, List<ForumVote> votes) {
    }

    /** Records the forum's vote and decides the proposal by the LA's rule; publishes the decision. */
    @Transactional
    public Optional<Voted> vote(String tenant, UUID id, VersionCheck version, ForumMeeting meeting) {
        return slices.find(tenant, id, true).map(old -> {
            version.require(old.version());
            requireStatus(old, TopSliceStatus.PROPOSED, "voted on");
            Set<Phase> phases = EnumSet.noneOf(Phase.class);
            slices.deductions(id, null, 0, 0).forEach(d -> phases.addAll(Phase.of(d.type())));
            Tally tally = rules.record(tenant, id, ForumDecision.TOP_SLICE, meeting, phases);
            TopSlice s = with(old, tally.carried() ? TopSliceStatus.CARRIED : TopSliceStatus.FAILED, meeting, tally,
                    rules.rule(tenant, ForumDecision.TOP_SLICE).threshold(), null, null);
            slices.update(tenant, s);
            outbox.publish(tenant, EventTypes.TOP_SLICE_DECIDED, id.toString(), "top-slice/" + id, new TopSliceDecided(id,
                    s.financialYear().label(), s.sumNeeded(), s.base().name(), s.settings(), s.status().name(), tally.votesFor(),
                    tally.votesAgainst(), tally.abstentions(), tally.notEligible(), s.threshold().name(), tally.quorate(), meeting.meetingDate()));
            return new Voted(s, tally.votes());
        });
    }

    @Transactional
    public List<ForumVote> votes(String tenant, UUID id) {
        require(tenant, id);
        return forum.votes(tenant, id);
    }

    /**
     * Offers a proposal the forum turned down as a traded (or insurance) service. The price per school defaults to
     * the sum needed shared equally among the schools in scope, rounded up to the penny so that all of them buying
     * in covers it.
     */
    @Transactional
    public Optional<TopSlice> switchToTraded(String tenant, UUID id, VersionCheck version, TradedModel model, BigDecimal pricePerSchool) {
        return slices.find(tenant, id, true).map(old -> {
            version.require(old.version());
            requireStatus(old, TopSliceStatus.FAILED, "switched to a traded model (only a proposal the forum turned down can be)");
            BigDecimal price = pricePerSchool != null ? Money.toPenny(pricePerSchool)
                    : old.sumNeeded().divide(BigDecimal.valueOf(old.settings()), Money.SCALE, RoundingMode.CEILING);
            if (price.signum() <= 0) {
                throw new InvalidInput("pricePerSchool", "must be more than 0");
            }
            TopSlice s = with(old, TopSliceStatus.TRADED, null, old.tally(), old.threshold(), model, price);
            slices.update(tenant, s);
            int breakEven = old.sumNeeded().divide(price, 0, RoundingMode.CEILING).intValueExact();
            outbox.publish(tenant, EventTypes.TOP_SLICE_SWITCHED_TO_TRADED, id.toString(), "top-slice/" + id, new TopSliceSwitchedToTraded(id,
                    s.financialYear().label(), model.name(), price, s.sumNeeded(), s.settings(), breakEven));
            return s;
        });
    }

    private TopSlice with(TopSlice o, TopSliceStatus status, ForumMeeting meeting, Tally tally, VoteThreshold threshold, TradedModel model, BigDecimal price) {
        return new TopSlice(o.id(), o.name(), o.purpose(), o.financialYear(), o.sumNeeded(), o.base(), o.settingTypes(), o.settings(),
                o.settingsWithoutBase(), status, meeting == null ? o.meetingDate() : meeting.meetingDate(),
                meeting == null ? o.minuteRef() : meeting.minuteRef(), tally,
                threshold, model, price, o.createdBy(),
                o.createdAt(), clock.instant(), o.version() + 1);
    }

    private void require(String tenant, UUID id) {
        slices.find(tenant, id, false).orElseThrow(() -> new NotFound("Top-slice", id));
    }

    private static void requireStatus(TopSlice s, TopSliceStatus wanted, String what) {
        if (s.status() != wanted) {
            throw new Conflict("top-slice " + s.id() + " is " + s.status() + " and cannot be " + what);
        }
    }

    private static void requirePence(BigDecimal sum) {
        if (sum == null || sum.signum() <= 0 || !Money.isPenceExact(sum)) {
            throw new InvalidInput("sumNeeded", "must be more than 0, in whole pence");
        }
    }
}
