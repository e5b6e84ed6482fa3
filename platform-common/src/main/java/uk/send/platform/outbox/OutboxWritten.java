package uk.send.platform.outbox;

import java.util.Set;

/**
 * CDI event fired when outbox rows were written, with the LAs they are of; observed after commit to wake the
 * relay at once, and to forget cached generations of those LAs ({@link uk.send.platform.persistence.Generations}).
 */
public record OutboxWritten(int count, Set<String> tenants) {
}
