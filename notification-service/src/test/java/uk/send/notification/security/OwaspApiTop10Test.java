package uk.send.notification.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.devstack.suite.ForgedTokens;
import uk.send.notification.support.MailServerTestResource;
import uk.send.notification.support.PlanEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * The OWASP API Security Top 10 (2023), one test (at least) per item, each asserting the platform's
 * defence as a partner or a person would meet it. The generated suite ({@link ApiSecuritySuiteTest}) covers
 * API1, API2 and API5 across every operation; these are the readable, named cases.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class OwaspApiTop10Test {

    private static PlanEvents events;

    private final String la = "OWASP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String person = "jane@" + la.toLowerCase() + ".gov.uk";
    private final String jane = DevTokens.mint(la, person, "sen-officer");
    private final String admin = DevTokens.mint(la, "admin@" + la.toLowerCase() + ".gov.uk", "admin");

    @BeforeAll
    static void connect() {
        events = new PlanEvents();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    private String deliverToJane(String title) {
        String task = UUID.randomUUID().toString();
        events.publish(task, PlanEvents.deadline(la, UUID.randomUUID().toString(), "uk.send.plan.deadline.approaching.v1",
                UUID.randomUUID().toString(), task, title, person, LocalDate.now().plusDays(3), 3, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(jane).get("/api/v1/inbox").then().body("items.title", org.hamcrest.Matchers.hasItem(containsString(title))));
        return given().auth().oauth2(jane).get("/api/v1/inbox").then().extract().path("items.find { it.title.contains('" + title + "') }.id");
    }

    @Test
    void shouldStopApi1BrokenObjectLevelAuthorisation() {
        String id = deliverToJane("BOLA probe");
        String colleague = DevTokens.mint(la, "colleague@" + la.toLowerCase() + ".gov.uk", "sen-officer");
        String otherLa = DevTokens.mint("X" + la, person, "admin");
        given().auth().oauth2(colleague).post("/api/v1/inbox/" + id + "/read").then().statusCode(404);
        given().auth().oauth2(otherLa).post("/api/v1/inbox/" + id + "/read").then().statusCode(404);
        given().auth().oauth2(jane).get("/api/v1/inbox/unread-count").then().body("unread", equalTo(1));
    }

    @Test
    void shouldStopApi2BrokenAuthentication() {
        ForgedTokens.variants(la).forEach((variant, token) -> {
            var request = token == null ? given() : given().auth().oauth2(token);
            int status = request.get("/api/v1/inbox").then().extract().statusCode();
            assertThat(status).as(variant).isIn(401, 403);
        });
    }

    @Test
    void shouldStopApi3BrokenObjectPropertyLevelAuthorisation() {
        // A client cannot set properties it does not own: the tenant, id or creator in the body are not taken.
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("eventTypes", "uk.send.plan.deadline.*", "audience", "NAMED_PERSON", "channel", "INBOX",
                        "tenant", "X" + la, "la", "X" + la, "id", UUID.randomUUID().toString()))
                .post("/api/v1/subscriptions").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(400)))
                .extract().path("id");
        if (id != null) {
            given().auth().oauth2(admin).get("/api/v1/subscriptions").then().body("items.id", org.hamcrest.Matchers.hasItem(id));
            given().auth().oauth2(DevTokens.mint("X" + la, "admin@x", "admin")).get("/api/v1/subscriptions").then().body("totalItems", equalTo(0));
        }
    }

    @Test
    void shouldStopApi4UnrestrictedResourceConsumption() {
        given().auth().oauth2(jane).queryParam("size", 10_000).get("/api/v1/inbox").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(jane).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).get("/api/v1/inbox")
                .then().statusCode(org.hamcrest.Matchers.lessThan(500));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"url\":\"" + "x".repeat(2 << 20) + "\"}")
                .post("/api/v1/webhooks").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(413)));
    }

    @Test
    void shouldStopApi5BrokenFunctionLevelAuthorisation() {
        given().auth().oauth2(jane).contentType(ContentType.JSON)
                .body(Map.of("url", "https://cms.example-la.gov.uk/hooks", "eventTypes", new String[]{"uk.send.plan.*"}))
                .post("/api/v1/webhooks").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(jane).get("/api/v1/deliveries").then().statusCode(403);
    }

    @Test
    void shouldStopApi6UnrestrictedAccessToSensitiveBusinessFlows() {
        // A retried or replayed creation (same Idempotency-Key) creates one subscription, not two.
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("eventTypes", "uk.send.plan.deadline.missed.v1", "audience", "ROLE", "role", "sen-officer", "channel", "INBOX");
        String first = given().auth().oauth2(admin).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(admin).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/subscriptions").then().statusCode(org.hamcrest.Matchers.lessThan(300)).extract().path("id");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldStopApi7ServerSideRequestForgery() {
        for (String url : new String[]{"http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:5432/", "http://[::1]/",
                "https://10.0.0.1/hook", "http://192.0.2.1/", "file:///etc/passwd"}) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("url", url, "eventTypes", new String[]{"uk.send.plan.*"}))
                    .post("/api/v1/webhooks").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(422)))
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(admin).get("/api/v1/webhooks").then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldStopApi8SecurityMisconfiguration() {
        // Errors are problem+json without stack traces, class names or SQL; no server version banner.
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"eventTypes\": [1, {\"a\": ")
                .post("/api/v1/subscriptions").then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("Exception"))).body(not(containsString("at uk.send"))).body(not(containsString("jackson")))
                .header("Server", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(admin).get("/api/v1/subscriptions/not-a-uuid").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(404), equalTo(400), equalTo(405)))
                .body(not(containsString("Exception")));
        given().get("/q/dev").then().statusCode(404);
    }

    @Test
    void shouldStopApi9ImproperInventoryManagement() throws Exception {
        // Every operation the service serves is in the published contract (docs/api), and nothing else.
        JsonNode served = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode published = new YAMLMapper().readTree(Files.readString(Path.of("../docs/api/notification-service.yaml")));
        assertThat(operations(served)).isEqualTo(operations(published)).isNotEmpty();
    }

    private static TreeSet<String> operations(JsonNode doc) {
        TreeSet<String> ops = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (m.getValue().has("operationId")) {
                ops.add(m.getKey().toUpperCase() + " " + p.getKey() + " " + m.getValue().get("operationId").asText());
            }
        }));
        return ops;
    }

    @Test
    void shouldStopApi10UnsafeConsumptionOfApis() {
        // Events from other services are input too: a forged or malformed one is dead-lettered, reaches nobody,
        // and consumption carries on.
        String marker = "unsafe-" + UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.of("notification.dlq")) {
            String task = UUID.randomUUID().toString();
            // No tenant: an event that names no LA must reach no one, whatever its data says.
            events.publish(task, PlanEvents.event(null, marker, "uk.send.plan.deadline.approaching.v1", task,
                    Map.of("itemTitle", marker, "dueDate", "+999999999-12-31", "leadOfficer", Map.of("id", person))));
            events.publish(task, "{\"specversion\":\"1.0\",\"id\":\"" + marker + "\",\"data\":\"" + "x".repeat(100_000) + "\"}");
            String after = deliverToJane("After the forged events");
            assertThat(after).isNotNull();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(deadLetters.records(r -> r.value() != null && r.value().contains(marker))).hasSize(2));
        }
        given().auth().oauth2(jane).get("/api/v1/inbox").then().body("items.title", not(org.hamcrest.Matchers.hasItem(containsString(marker))));
        given().auth().oauth2(jane).get("/api/v1/inbox").then().body("items[0].title", startsWith("Due"));
    }
}
