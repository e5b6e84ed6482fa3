package uk.send.funding.forum.domain;

/**
 * PROPOSED until the forum votes. Within the limit: AGREED when the forum agrees, FORUM_REJECTED when it does not
 * (the LA may then ask the Secretary of State). Above the limit: AWAITING_DISAPPLICATION after the forum's vote,
 * whatever its outcome. A disapplication approved makes it AGREED, refused makes it REFUSED.
 */
public enum BlockTransferStatus { PROPOSED, AGREED, FORUM_REJECTED, AWAITING_DISAPPLICATION, REFUSED }
