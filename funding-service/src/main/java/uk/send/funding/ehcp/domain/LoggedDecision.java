package uk.send.funding.ehcp.domain;

import uk.send.platform.events.EhcpDecisionRecorded;

import java.util.UUID;

/**
 * A decision as the log holds it: what was recorded and published, and the correction that replaced it, if any.
 *
 * @param supersededBy the decision id of the CORRECTION that replaced this one; null while it stands
 */
public record LoggedDecision(EhcpDecisionRecorded decision, UUID supersededBy) {
}
