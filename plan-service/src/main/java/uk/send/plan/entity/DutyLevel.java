package uk.send.plan.entity;

/** How binding a statutory duty is: MUST (law) or SHOULD (guidance, best practice). */
public enum DutyLevel {
    MUST, SHOULD
}
