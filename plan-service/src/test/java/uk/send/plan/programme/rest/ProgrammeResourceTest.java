package uk.send.plan.programme.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.platform.events.Topics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class ProgrammeResourceTest {

    private final TopicProbe planEvents = TopicProbe.of(Topics.PLAN);

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");

    private static Map<String, Object> programme(String title, List<Map<String, Object>> tasks) {
        return Map.of("title", title, "kind", "RECOVERY_PLAN", "description", "Eight tasks", "tasks", tasks);
    }

    private static Map<String, Object> task(String title, String leadId, LocalDate due) {
        return Map.of("title", title, "leadOfficer", Map.of("id", leadId, "name", "Jane Smith"), "dueDate", due.toString());
    }

    private Response create(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/programmes");
    }

    @Test
    void shouldCreateProgrammeWithTasksAndPublishItThroughTheOutbox() {
        Response created = create(lead, programme("SEND recovery plan", List.of(task("Banding system", "bb@la.gov.uk", LocalDate.now().plusMonths(3)))));
        created.then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("SEND recovery plan"))
                .body("taskCount", equalTo(1));
        String id = created.jsonPath().getString("id");

        given().auth().oauth2(lead).get("/api/v1/programmes/" + id).then().statusCode(200).body("kind", equalTo("RECOVERY_PLAN"));
        given().auth().oauth2(lead).get("/api/v1/programmes/" + id + "/tasks").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].leadOfficer.id", equalTo("bb@la.gov.uk"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> events = planEvents.cloudEvents(la, "uk.send.plan.programme.created.v1");
            assertThat(events).hasSize(1);
            JsonNode e = events.get(0);
            assertThat(e.path("specversion").asText()).isEqualTo("1.0");
            assertThat(e.path("source").asText()).isEqualTo("/send-platform/plan-service");
            assertThat(e.path("subject").asText()).isEqualTo("programme/" + id);
            assertThat(e.path("data").path("title").asText()).isEqualTo("SEND recovery plan");
            assertThat(planEvents.cloudEvents(la, "uk.send.plan.task.created.v1")).hasSize(1);
        });
        ConsumerRecord<String, String> record = planEvents.records(r -> r.value().contains(id) && r.value().contains("programme.created")).get(0);
        assertThat(record.key()).isEqualTo(id);
        assertThat(new String(record.headers().lastHeader("content-type").value())).startsWith("application/cloudevents+json");
    }

    @Test
    void shouldRequireABearerToken() {
        given().get("/api/v1/programmes").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        given().auth().oauth2("not-a-token").get("/api/v1/programmes").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseARoleThatMayNotCreateProgrammes() {
        String school = DevTokens.mint(la, "head@school.sch.uk", "school");
        create(school, programme("Not allowed", List.of())).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(lead).get("/api/v1/programmes").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldNotRevealAnotherLasProgramme() {
        String id = create(lead, programme("Ours", List.of())).then().statusCode(201).extract().path("id");
        String otherLa = DevTokens.mint("OTHER" + la, "lead@other.gov.uk", "programme-lead");
        given().auth().oauth2(otherLa).get("/api/v1/programmes/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(otherLa).get("/api/v1/programmes/" + id + "/tasks").then().statusCode(404);
        given().auth().oauth2(otherLa).get("/api/v1/programmes").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(otherLa).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("title", "Hijack", "kind", "STRATEGY")).put("/api/v1/programmes/" + id).then().statusCode(404);
    }

    @Test
    void shouldRejectAnInvalidBodyWithFieldErrorsAndWriteNothing() {
        Map<String, Object> bad = Map.of("title", " ", "tasks", List.of(Map.of("title", "", "dueDate", "2026-01-01")));
        create(lead, bad).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://send-platform.uk/problems/validation"))
                .body("errors.field", hasItems("title", "kind", "tasks[0].title"));
        create(lead, Map.of("title", "x", "kind", "NOT_A_KIND")).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(lead).contentType(ContentType.JSON).body("{\"title\": ").post("/api/v1/programmes")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(lead).get("/api/v1/programmes").then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(planEvents.cloudEvents(la, "uk.send.plan.programme.created.v1")).isEmpty();
    }

    @Test
    void shouldRefuseAStaleOrMissingIfMatch() {
        Response created = create(lead, programme("Versioned", List.of()));
        String id = created.jsonPath().getString("id");
        Map<String, Object> change = Map.of("title", "Renamed", "kind", "STRATEGY");
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(change).put("/api/v1/programmes/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put("/api/v1/programmes/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("title", equalTo("Renamed"));
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("title", "Lost update", "kind", "STRATEGY"))
                .put("/api/v1/programmes/" + id).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(lead).get("/api/v1/programmes/" + id).then().body("title", equalTo("Renamed"));
    }

    @Test
    void shouldReplayARetriedPostAndRefuseAReusedKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = programme("Idempotent", List.of());
        String first = given().auth().oauth2(lead).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(lead).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/programmes").then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", notNullValue()).body("id", equalTo(first));
        given().auth().oauth2(lead).header("Idempotency-Key", key).contentType(ContentType.JSON).body(programme("Different", List.of()))
                .post("/api/v1/programmes").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(lead).get("/api/v1/programmes").then().body("totalItems", equalTo(1));
    }

    @Test
    void shouldCapThePageSize() {
        given().auth().oauth2(lead).queryParam("size", 101).get("/api/v1/programmes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    void shouldAnnounceEachDeadlineOncePerLeadTime() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        create(lead, programme("Deadlines", List.of(
                task("Due tomorrow", "jane@" + la, today.plusDays(1)),
                task("Overdue", "jane@" + la, today.minusDays(2)),
                task("Far away", "jane@" + la, today.plusDays(60))))).then().statusCode(201);

        given().auth().oauth2(lead).queryParam("asOf", today.toString()).post("/api/v1/deadline-scans").then().statusCode(200)
                .body("approaching", equalTo(1)).body("missed", equalTo(1));
        given().auth().oauth2(lead).queryParam("asOf", today.toString()).post("/api/v1/deadline-scans").then().statusCode(200)
                .body("approaching", equalTo(0)).body("missed", equalTo(0));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> approaching = planEvents.cloudEvents(la, "uk.send.plan.deadline.approaching.v1");
            assertThat(approaching).hasSize(1);
            assertThat(approaching.get(0).path("data").path("itemTitle").asText()).isEqualTo("Due tomorrow");
            assertThat(approaching.get(0).path("data").path("leadTimeDays").asInt()).isEqualTo(1);
            assertThat(approaching.get(0).path("data").path("leadOfficer").path("id").asText()).isEqualTo("jane@" + la);
            List<JsonNode> missed = planEvents.cloudEvents(la, "uk.send.plan.deadline.missed.v1");
            assertThat(missed).hasSize(1);
            assertThat(missed.get(0).path("data").path("daysOverdue").asInt()).isEqualTo(2);
        });
    }
}
