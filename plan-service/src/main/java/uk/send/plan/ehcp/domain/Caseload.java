package uk.send.plan.ehcp.domain;

/** One officer's caseload ({@code officer} null: EHCPs naming no officer). */
public record Caseload(String officer, int ehcps, int open, int atRisk, int breached) {
}
