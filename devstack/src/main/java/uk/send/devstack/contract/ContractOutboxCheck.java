package uk.send.devstack.contract;

import uk.send.platform.outbox.OutboxCheck;

import java.util.List;

/**
 * The event contract checked where events are born: the services' test suites have devstack on their classpath,
 * so platform-common's {@code Outbox} finds this check and every event any test publishes is validated against
 * {@link EventSchemas} as it is written. A violation fails the publishing transaction loudly, naming the type and
 * the problems; a type with no schema in the EventCatalogue is a violation too.
 */
public final class ContractOutboxCheck implements OutboxCheck {

    @Override
    public void check(String type, String eventJson) {
        List<String> problems = EventSchemas.problems(eventJson);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Event " + type + " breaks the event contract (docs/EVENTS.md): " + String.join("; ", problems));
        }
    }
}
