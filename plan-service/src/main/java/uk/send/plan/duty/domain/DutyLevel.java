package uk.send.plan.duty.domain;

/** How binding a statutory duty is: MUST (law) or SHOULD (guidance, best practice). */
public enum DutyLevel {
    MUST, SHOULD
}
