package uk.send.funding.forum.domain;

/**
 * One member's vote. {@code member} is the LA's own reference for the seat or person (e.g. "PH-03"), never a name.
 * {@code counted} says whether the LA's rule let this member vote on this question.
 */
public record ForumVote(String member, MemberCategory category, VoteChoice choice, boolean counted) {
}
