package uk.send.funding.ehcp.domain;

import uk.send.platform.events.EhcpDecisionRecorded;

/**
 * Fired (CDI, synchronously, inside the intake's transaction) for every EHCP decision the intake
 * accepts into the decision log, after its row and its outbox event are written. Other funding features
 * (banding, top-up, payments) observe it to react in the same transaction, so a decision and what it
 * changes commit together. Not fired for a duplicate (same sourceId, same body).
 *
 * @param tenant   the LA
 * @param decision the decision as logged and published
 */
public record EhcpDecisionAccepted(String tenant, EhcpDecisionRecorded decision) {
}
