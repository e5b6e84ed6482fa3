package uk.send.plan.ehcp.domain;

import java.time.LocalDate;

/** An EHCP with a timeline, as its list shows it: its officer, plan, decisions received and open clocks ({@code nextDue}: the LA's next). */
public record EhcpSummary(String ehcpRef, String caseOfficerId, Integer ncy, LocalDate planIssuedOn, boolean ceased, int decisions,
                          LocalDate lastDecisionOn, int openClocks, LocalDate nextDue) {
}
