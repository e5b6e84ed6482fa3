package uk.send.plan.governance.domain;

/** A seat on a governance group: the role, and the person and organisation once known. */
public record Seat(String name, String role, String organisation) {
}
