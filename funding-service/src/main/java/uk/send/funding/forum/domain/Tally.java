package uk.send.funding.forum.domain;

import java.util.List;

/**
 * The count of a forum vote under a rule: votes of eligible members for, against and abstaining; votes recorded
 * from members the rule does not let vote on this question ({@code notEligible}, kept on record but not counted);
 * whether the meeting was quorate, and whether the proposal carried.
 */
public record Tally(int votesFor, int votesAgainst, int abstentions, int notEligible, boolean quorate, boolean carried,
                    List<ForumVote> votes) {
}
