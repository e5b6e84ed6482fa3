package uk.send.plan.governance.domain;

/** The kinds of governance group: a steering group oversees; working groups (e.g. one per dimension of need) do the work; reference groups (e.g. parents and carers) advise. */
public enum GroupKind {
    STEERING, WORKING, REFERENCE
}
