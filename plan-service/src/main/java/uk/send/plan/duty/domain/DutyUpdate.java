package uk.send.plan.duty.domain;

/** The new state of a duty: its status and the evidence (absent evidence is cleared). */
public record DutyUpdate(DutyStatus status, String evidence, String evidenceUrl) {
}
