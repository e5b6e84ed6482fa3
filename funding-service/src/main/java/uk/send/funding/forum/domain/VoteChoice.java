package uk.send.funding.forum.domain;

/** How a member voted. */
public enum VoteChoice { FOR, AGAINST, ABSTAIN }
