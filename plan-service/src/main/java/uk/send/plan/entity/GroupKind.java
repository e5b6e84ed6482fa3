package uk.send.plan.entity;

/** The kinds of governance group: a steering group oversees; working groups (e.g. one per dimension of need) do the work; reference groups (e.g. parents and carers) advise. */
public enum GroupKind {
    STEERING, WORKING, REFERENCE
}
