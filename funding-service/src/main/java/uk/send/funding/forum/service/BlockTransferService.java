package uk.send.funding.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.forum.domain.BlockTransfer;
import uk.send.funding.forum.domain.BlockTransferDraft;
import uk.send.funding.forum.domain.BlockTransferLimit;
import uk.send.funding.forum.domain.BlockTransferStatus;
import uk.send.funding.forum.domain.Disapplication;
import uk.send.funding.forum.domain.DisapplicationOutcome;
import uk.send.funding.forum.domain.ForumDecision;
import uk.send.funding.forum.domain.ForumMeeting;
import uk.send.funding.forum.domain.ForumVote;
import uk.send.funding.forum.domain.Phase;
import uk.send.funding.forum.domain.Tally;
import uk.send.funding.forum.repository.BlockTransferRepository;
import uk.send.funding.forum.repository.ForumRepository;
import uk.send.funding.money.domain.Money;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.DomainException.FieldIssue;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.NotFound;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.events.BlockTransferAgreed;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Schools block to high needs block transfers, one financial year each (see {@link BlockTransferLimit} for the law):
 * within 0.5% the forum's vote decides; above it (or after the forum says no) only the Secretary of State's
 * disapplication does. An LA has one live transfer per year; agreement is published through the outbox.
 */
@ApplicationScoped
public class BlockTransferService {

    /** Why a transfer was agreed, as the event names it. */
    static final String BY_FORUM = "FORUM";
    static final String BY_SECRETARY_OF_STATE = "SECRETARY_OF_STATE";

    private final BlockTransferRepository transfers;
    private final ForumRuleService rules;
    private final ForumRepository forum;
    private final Outbox outbox;
    private final Clock clock;

    public BlockTransferService(BlockTransferRepository transfers, ForumRuleService rules, ForumRepository forum, Outbox outbox, Clock clock) {
        this.transfers = transfers;
        this.rules = rules;
        this.forum = forum;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public BlockTransfer propose(String tenant, String by, BlockTransferDraft d) {
        List<FieldIssue> problems = new ArrayList<>();
        if (d.amount().signum() <= 0 || !Money.isPenceExact(d.amount())) {
            problems.add(new FieldIssue("amount", "must be more than 0, in whole pence"));
        }
        if (d.schoolsBlockTotal().signum() <= 0 || !Money.isPenceExact(d.schoolsBlockTotal())) {
            problems.add(new FieldIssue("schoolsBlockTotal", "must be more than 0, in whole pence"));
        } else if (d.amount().compareTo(d.schoolsBlockTotal()) > 0) {
            problems.add(new FieldIssue("amount", "cannot be more than the schools block total"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.get(0).message(), problems);
        }
        List<UUID> live = transfers.liveInYear(tenant, d.financialYear());
        if (!live.isEmpty()) {
            throw new Conflict("a block transfer for " + d.financialYear().label() + " is already proposed or agreed (" + live.get(0)
                    + "); a transfer is for one year only and each year has one");
        }
        Instant now = clock.instant();
        BlockTransfer t = new BlockTransfer(UUID.randomUUID(), d.financialYear(), Money.toPenny(d.amount()), Money.toPenny(d.schoolsBlockTotal()),
                d.reason().trim(), BlockTransferLimit.needsDisapplication(d.amount(), d.schoolsBlockTotal()), BlockTransferStatus.PROPOSED, null,
                null, null, null, null, null, null, null, null, by, now, now, 0);
        transfers.insert(tenant, t);
        return t;
    }

    @Transactional
    public Slice<BlockTransfer> list(String tenant, PageRequest page) {
        return new Slice<>(transfers.page(tenant, page.offset(), page.size()), transfers.count(tenant));
    }

    @Transactional
    public Optional<BlockTransfer> find(String tenant, UUID id) {
        return transfers.find(tenant, id, false);
    }

    /** The transfer and the votes recorded on it. */
    public record Voted(BlockTransfer transfer, List<ForumVote> votes) {
    }

    /** Records the forum's vote under the LA's block transfer rule (every phase is affected: the schools block funds them all). */
    @Transactional
    public Optional<Voted> vote(String tenant, UUID id, VersionCheck version, ForumMeeting meeting) {
        return transfers.find(tenant, id, true).map(old -> {
            version.require(old.version());
            if (old.status() != BlockTransferStatus.PROPOSED) {
                throw new Conflict("block transfer " + id + " is " + old.status() + "; the forum has already voted on it");
            }
            Tally tally = rules.record(tenant, id, ForumDecision.BLOCK_TRANSFER, meeting, EnumSet.allOf(Phase.class));
            BlockTransferStatus status = old.needsDisapplication() ? BlockTransferStatus.AWAITING_DISAPPLICATION
                    : tally.carried() ? BlockTransferStatus.AGREED : BlockTransferStatus.FORUM_REJECTED;
            BlockTransfer t = new BlockTransfer(id, old.financialYear(), old.amount(), old.schoolsBlockTotal(), old.reason(), old.needsDisapplication(),
                    status, tally.carried(), meeting.meetingDate(), meeting.minuteRef(), tally, null, null, null, null,
                    status == BlockTransferStatus.AGREED ? meeting.meetingDate() : null, old.createdBy(), old.createdAt(), clock.instant(),
                    old.version() + 1);
            transfers.update(tenant, t);
            if (status == BlockTransferStatus.AGREED) {
                agreed(tenant, t, BY_FORUM);
            }
            return new Voted(t, tally.votes());
        });
    }

    /**
     * Records the request to the Secretary of State and, once known, its outcome: possible above the limit (after the
     * forum's vote) or after the forum has said no.
     */
    @Transactional
    public Optional<BlockTransfer> disapplication(String tenant, UUID id, VersionCheck version, Disapplication d) {
        return transfers.find(tenant, id, true).map(old -> {
            version.require(old.version());
            if (old.status() != BlockTransferStatus.AWAITING_DISAPPLICATION && old.status() != BlockTransferStatus.FORUM_REJECTED) {
                throw new Conflict("block transfer " + id + " is " + old.status() + "; a disapplication is asked for after the forum's vote, "
                        + "when the transfer is over 0.5% or the forum did not agree");
            }
            boolean decided = d.outcome() != DisapplicationOutcome.PENDING;
            if (decided && d.decidedOn() == null) {
                throw new InvalidInput("decidedOn", "is required once the Secretary of State has decided");
            }
            if (d.decidedOn() != null && d.decidedOn().isBefore(d.requestedOn())) {
                throw new InvalidInput("decidedOn", "cannot be before requestedOn");
            }
            BlockTransferStatus status = switch (d.outcome()) {
                case PENDING -> BlockTransferStatus.AWAITING_DISAPPLICATION;
                case APPROVED -> BlockTransferStatus.AGREED;
                case REFUSED -> BlockTransferStatus.REFUSED;
            };
            LocalDate agreedOn = status == BlockTransferStatus.AGREED ? d.decidedOn() : null;
            BlockTransfer t = new BlockTransfer(id, old.financialYear(), old.amount(), old.schoolsBlockTotal(), old.reason(), old.needsDisapplication(),
                    status, old.forumSupported(), old.meetingDate(), old.minuteRef(), old.tally(), d.requestedOn(), d.outcome(),
                    decided ? d.decidedOn() : null, d.reference(), agreedOn, old.createdBy(), old.createdAt(), clock.instant(), old.version() + 1);
            transfers.update(tenant, t);
            if (status == BlockTransferStatus.AGREED) {
                agreed(tenant, t, BY_SECRETARY_OF_STATE);
            }
            return t;
        });
    }

    @Transactional
    public List<ForumVote> votes(String tenant, UUID id) {
        transfers.find(tenant, id, false).orElseThrow(() -> new NotFound("Block transfer", id));
        return forum.votes(tenant, id);
    }

    private void agreed(String tenant, BlockTransfer t, String route) {
        BigDecimal percent = t.percent();
        outbox.publish(tenant, EventTypes.BLOCK_TRANSFER_AGREED, t.id().toString(), "block-transfer/" + t.id(), new BlockTransferAgreed(t.id(),
                t.financialYear().label(), t.amount(), t.schoolsBlockTotal(), percent, route, t.agreedOn()));
    }
}
