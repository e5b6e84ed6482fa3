package uk.send.plan.item.domain;

/** BLOCKS: the blocked item cannot be marked done while its blocker is open. PRECEDES only orders them. */
public enum DependencyKind {
    BLOCKS, PRECEDES
}
