package uk.send.funding.forum.domain;

/** The questions a schools forum votes on here; each LA has a {@link VotingRule} per question. */
public enum ForumDecision { TOP_SLICE, BLOCK_TRANSFER }
