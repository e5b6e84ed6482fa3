package uk.send.plan.ehcp.domain;

import uk.send.platform.events.EhcpDecisionRecorded;

import java.time.LocalDate;
import java.util.List;

/**
 * One EHCP's statutory timeline, rebuilt from all of its decisions.
 *
 * @param caseOfficerId the officer the latest decision naming one named, else null (then every sen-officer of the LA is told)
 * @param ncy           national curriculum year of the latest decision that gave one
 * @param planIssued    the day the first final plan was issued (or the plan transferred in), if it has been
 * @param decisions     the decisions in effect (corrections applied), in the order they were applied
 */
public record Timeline(String ehcpRef, String caseOfficerId, Integer ncy, LocalDate planIssued, boolean ceased,
                       List<Clock> clocks, List<EhcpDecisionRecorded> decisions) {
}
