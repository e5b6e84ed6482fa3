package uk.send.plan.programme.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.Topics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With tracing on, the trace a partner's request arrives in (W3C {@code traceparent}) is carried through the outbox
 * and the relay onto Kafka, in the CloudEvent's distributed-tracing extension: the event's traceparent has the
 * request's trace id and a span of this service's own (the server span), so a consumer's span continues the same
 * trace (consumer side: platform-common {@code EventTracingTest}).
 */
@QuarkusTest
@TestProfile(TraceAcrossTheOutboxTest.TracingOn.class)
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class TraceAcrossTheOutboxTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Spans are made; nothing listens on the exporter's port, so exports simply fail (no collector in tests).
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.exporter.otlp.traces.endpoint", "http://localhost:1");
        }
    }

    private final String la = "TR" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");

    @Test
    void shouldCarryTheRequestsTraceIntoTheEventItPublishes() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String callerSpan = "00f067aa0ba902b7";
        try (TopicProbe planEvents = TopicProbe.of(Topics.PLAN)) {
            given().auth().oauth2(lead).contentType(ContentType.JSON).header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                    .body(Map.of("title", "Traced plan", "kind", "RECOVERY_PLAN")).post("/api/v1/programmes").then().statusCode(201);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<JsonNode> created = planEvents.cloudEvents(la, EventTypes.PROGRAMME_CREATED);
                assertThat(created).hasSize(1);
                String traceparent = created.get(0).path("traceparent").asText();
                assertThat(traceparent).matches("00-" + traceId + "-[0-9a-f]{16}-01");
                assertThat(traceparent).doesNotContain(callerSpan);
            });
        }
    }
}
