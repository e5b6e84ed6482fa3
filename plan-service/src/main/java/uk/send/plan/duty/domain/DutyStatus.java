package uk.send.plan.duty.domain;

/** How far the LA meets a statutory duty. */
public enum DutyStatus {
    NOT_MET, PARTLY_MET, MET
}
