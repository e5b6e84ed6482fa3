package uk.send.platform.persistence;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

import java.util.function.Supplier;

/**
 * A business key kept unique by a database constraint (e.g. a URN per LA): services check first for a
 * friendly answer, and the constraint decides when two requests race. This turns the race's loser into
 * the same client error instead of a failed commit.
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** Runs {@code flush}; a violation of {@code constraint} becomes {@code onViolation}'s exception. */
    public static void flush(Runnable flush, String constraint, Supplier<? extends RuntimeException> onViolation) {
        try {
            flush.run();
        } catch (PersistenceException e) {
            if (violates(e, constraint)) {
                throw onViolation.get();
            }
            throw e;
        }
    }

    static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve && constraint.equalsIgnoreCase(cve.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
