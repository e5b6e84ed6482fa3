package uk.send.plan.ehcp.domain;

/** A clock with the EHCP and officer it belongs to. */
public record EhcpClock(String ehcpRef, String caseOfficerId, Clock clock) {
}
