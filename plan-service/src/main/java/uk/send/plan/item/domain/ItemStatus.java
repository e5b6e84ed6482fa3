package uk.send.plan.item.domain;

/** Where a task stands. DONE and DROPPED are closed: no more deadline reminders. */
public enum ItemStatus {
    NOT_STARTED, IN_PROGRESS, BLOCKED, DONE, DROPPED;

    public boolean isOpen() {
        return this != DONE && this != DROPPED;
    }
}
