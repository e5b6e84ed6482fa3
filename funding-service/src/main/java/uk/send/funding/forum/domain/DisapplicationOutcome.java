package uk.send.funding.forum.domain;

/** Where a request to the Secretary of State to disapply the block transfer limit stands. */
public enum DisapplicationOutcome { PENDING, APPROVED, REFUSED }
