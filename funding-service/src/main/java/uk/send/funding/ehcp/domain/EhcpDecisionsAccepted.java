package uk.send.funding.ehcp.domain;

import uk.send.platform.events.EhcpDecisionRecorded;

import java.util.List;

/**
 * Fired (CDI, synchronously, inside the intake's transaction) once per intake call with every decision it
 * accepted, in list order, after the per-decision {@link EhcpDecisionAccepted} events. For observers that react
 * set-based: a batch chunk of thousands of decisions then costs them one statement instead of one per decision.
 * Not fired when nothing was accepted.
 *
 * @param tenant    the LA
 * @param decisions the decisions as logged and published
 */
public record EhcpDecisionsAccepted(String tenant, List<EhcpDecisionRecorded> decisions) {
}
