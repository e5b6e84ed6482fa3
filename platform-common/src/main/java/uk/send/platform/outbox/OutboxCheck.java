package uk.send.platform.outbox;

/**
 * A check of every event as the {@link Outbox} writes it, found with {@link java.util.ServiceLoader}. Production
 * has none; the test suites get devstack's event-contract check from their test classpath, so any event any test
 * publishes is validated against its type's schema when it is written, and a type with no schema fails loudly.
 */
public interface OutboxCheck {

    /** Throws if the CloudEvent (its JSON exactly as it is stored and sent) breaks the event contract. */
    void check(String type, String eventJson);
}
