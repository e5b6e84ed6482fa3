package uk.send.platform.outbox;

/** CDI event fired when outbox rows were written; observed after commit to wake the relay at once. */
public record OutboxWritten(int count) {
}
