package uk.send.plan.duty.domain;

/** Filters of the duty list; null means "any". */
public record DutyFilter(DutyLevel level, DutyStatus status) {
}
