package uk.send.plan.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevstackTestResource;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ProgrammeCreated;
import uk.send.platform.outbox.Outbox;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * In every service's test suite the outbox holds each event to the event contract as it is written (devstack's
 * check, found on the test classpath): so every event any test publishes is validated, and an event type without
 * a schema, or a payload that breaks its schema, fails where it is published.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class EventContractOutboxTest {

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    Outbox outbox;

    @Test
    void shouldWriteAnEventThatKeepsTheContract() {
        UUID id = UUID.randomUUID();
        assertThatCode(() -> QuarkusTransaction.requiringNew().run(() -> outbox.publish(la, EventTypes.PROGRAMME_CREATED, id.toString(),
                "programme/" + id, new ProgrammeCreated(id, "SEND recovery plan", "RECOVERY_PLAN")))).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAnEventTypeWithoutASchema() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.publish(la, "uk.send.plan.something-new.v1", "k",
                "thing/k", Map.of("thingId", "k"))))
                .hasStackTraceContaining("has no schema").hasStackTraceContaining("EventCatalogue");
    }

    @Test
    void shouldRefuseAPayloadThatBreaksItsSchema() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.publish(la, EventTypes.DEADLINE_MISSED, id.toString(),
                "task/" + id, Map.of("itemId", id.toString(), "leadOfficer", Map.of("id", "jane@la.gov.uk", "name", "Jane Smith")))))
                .hasStackTraceContaining("breaks the event contract").hasStackTraceContaining("name");
    }
}
