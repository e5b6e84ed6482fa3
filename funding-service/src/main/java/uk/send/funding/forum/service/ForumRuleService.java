package uk.send.funding.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.forum.domain.ForumDecision;
import uk.send.funding.forum.domain.ForumMeeting;
import uk.send.funding.forum.domain.Phase;
import uk.send.funding.forum.domain.Tally;
import uk.send.funding.forum.domain.VotingRule;
import uk.send.funding.forum.repository.ForumRepository;
import uk.send.platform.domain.DomainException.FieldIssue;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.StaleVersion;
import uk.send.platform.domain.VersionCheck;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Each LA's schools forum voting rules (a default until the LA saves its own), and the counting of a meeting's votes under them. */
@ApplicationScoped
public class ForumRuleService {

    private final ForumRepository forum;
    private final Clock clock;

    public ForumRuleService(ForumRepository forum, Clock clock) {
        this.forum = forum;
        this.clock = clock;
    }

    @Transactional
    public VotingRule rule(String tenant, ForumDecision decision) {
        return forum.rule(tenant, decision, false).orElseGet(() -> VotingRule.defaultFor(decision));
    }

    /** Replaces the LA's rule for the question; the version check is against the saved rule (0 for the default). */
    @Transactional
    public VotingRule update(String tenant, ForumDecision decision, VersionCheck version, VotingRule proposed, String by) {
        List<FieldIssue> problems = proposed.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.get(0).message(), problems);
        }
        long current = forum.rule(tenant, decision, true).map(VotingRule::version).orElse(0L);
        version.require(current);
        VotingRule saved = new VotingRule(decision, proposed.threshold(), proposed.voters(), proposed.samePhaseOnly(), proposed.totalMembership(),
                current + 1);
        if (!forum.save(tenant, saved, current, by, clock.instant())) {
            throw new StaleVersion("the rule was changed by someone else since version " + current);
        }
        return saved;
    }

    /**
     * Counts a meeting's votes on a proposal under the LA's rule for the question and records every vote (those the
     * rule does not count too, marked so). Joins the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Tally record(String tenant, UUID subject, ForumDecision decision, ForumMeeting meeting, Set<Phase> phasesAffected) {
        Tally tally;
        try {
            tally = rule(tenant, decision).count(meeting.votes(), phasesAffected);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("votes", e.getMessage());
        }
        forum.insertVotes(tenant, subject, tally.votes());
        return tally;
    }
}
