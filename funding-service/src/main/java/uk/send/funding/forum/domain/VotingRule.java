package uk.send.funding.forum.domain;

import uk.send.platform.domain.DomainException.FieldIssue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How one LA's schools forum decides one kind of question, held as data so that each LA sets its own (its forum's
 * constitution) and the platform applies it the same way every time.
 *
 * <p>The law it encodes, and the defaults:
 * <ul>
 *   <li>The Schools Forums (England) Regulations 2012 (SI 2012/2261), reg. 8(9): apart from reg. 8(10), <b>all members
 *       are entitled to vote on all matters put to a vote</b>; reg. 8(10): non-schools members other than those
 *       representing early years providers must not vote on the funding formula; reg. 8(3): a meeting is
 *       <b>quorate if at least two fifths of the total membership is present</b> ({@link #totalMembership}, when the LA
 *       gives it, is checked against the members whose votes are recorded, abstentions included).</li>
 *   <li>De-delegation and top-slicing from mainstream schools' budgets: the DfE's rule (School and Early Years Finance
 *       (England) Regulations and the schools operational guide) is that only the schools and Academies members of
 *       the phase whose budgets are reduced decide. The default {@link ForumDecision#TOP_SLICE} rule is therefore the
 *       maintained and academy primary and secondary members, limited to the phases of the settings in scope
 *       ({@link #samePhaseOnly}), by simple majority.</li>
 *   <li>A block transfer from the schools block: the whole forum votes (reg. 8(9)), by simple majority.</li>
 * </ul>
 *
 * @param voters          the member categories that may vote on this question
 * @param samePhaseOnly   if true, a member whose category has a phase votes only when that phase is among the phases
 *                        of the settings affected; a category without a phase never votes under it
 * @param totalMembership the forum's total membership, for the quorum; null when the LA does not check it here
 * @param version         the rule's row version (0 for a default not yet saved)
 */
public record VotingRule(ForumDecision decision, VoteThreshold threshold, Set<MemberCategory> voters, boolean samePhaseOnly,
                         Integer totalMembership, long version) {

    /** Quorum: two fifths of the total membership (reg. 8(3)). */
    static final int QUORUM_NUMERATOR = 2;
    static final int QUORUM_DENOMINATOR = 5;

    public VotingRule {
        voters = voters.isEmpty() ? EnumSet.noneOf(MemberCategory.class) : EnumSet.copyOf(voters);
    }

    /** The rule an LA has until it saves its own. */
    public static VotingRule defaultFor(ForumDecision decision) {
        return decision == ForumDecision.TOP_SLICE
                ? new VotingRule(decision, VoteThreshold.SIMPLE_MAJORITY, EnumSet.of(MemberCategory.MAINTAINED_PRIMARY,
                MemberCategory.MAINTAINED_SECONDARY, MemberCategory.ACADEMY_PRIMARY, MemberCategory.ACADEMY_SECONDARY), true, null, 0)
                : new VotingRule(decision, VoteThreshold.SIMPLE_MAJORITY, EnumSet.allOf(MemberCategory.class), false, null, 0);
    }

    /** What is wrong with the rule as data (empty if nothing). */
    public List<FieldIssue> problems() {
        List<FieldIssue> out = new ArrayList<>();
        if (voters.isEmpty()) {
            out.add(new FieldIssue("voters", "at least one member category must vote"));
        }
        if (totalMembership != null && totalMembership < 1) {
            out.add(new FieldIssue("totalMembership", "must be 1 or more"));
        }
        return out;
    }

    /** Whether a member of this category votes on a question affecting settings of these phases. */
    public boolean mayVote(MemberCategory category, Set<Phase> phasesAffected) {
        if (!voters.contains(category)) {
            return false;
        }
        return !samePhaseOnly || category.phase().map(phasesAffected::contains).orElse(false);
    }

    /**
     * Counts the votes. Each member votes once (callers refuse a member named twice); votes of members this rule
     * does not let vote are kept, marked not counted.
     */
    public Tally count(List<ForumVote> cast, Set<Phase> phasesAffected) {
        int yes = 0;
        int no = 0;
        int abstain = 0;
        int ineligible = 0;
        Set<String> seen = new HashSet<>();
        List<ForumVote> marked = new ArrayList<>(cast.size());
        for (ForumVote v : cast) {
            if (!seen.add(v.member())) {
                throw new IllegalArgumentException("member " + v.member() + " voted twice");
            }
            boolean counted = mayVote(v.category(), phasesAffected);
            marked.add(new ForumVote(v.member(), v.category(), v.choice(), counted));
            if (!counted) {
                ineligible++;
            } else if (v.choice() == VoteChoice.FOR) {
                yes++;
            } else if (v.choice() == VoteChoice.AGAINST) {
                no++;
            } else {
                abstain++;
            }
        }
        boolean quorate = totalMembership == null || (long) cast.size() * QUORUM_DENOMINATOR >= (long) totalMembership * QUORUM_NUMERATOR;
        boolean carried = quorate && switch (threshold) {
            case SIMPLE_MAJORITY -> yes > no;
            case MAJORITY_OF_MEMBERS_VOTING -> 2 * yes > yes + no + abstain;
            case TWO_THIRDS -> yes + no > 0 && 3 * yes >= 2 * (yes + no);
        };
        return new Tally(yes, no, abstain, ineligible, quorate, carried, marked);
    }
}
