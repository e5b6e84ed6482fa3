package uk.send.plan.kpi.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.platform.events.Topics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class KpiResourceTest {

    private static final String MEASURED = "uk.send.plan.kpi.measured.v1";
    /** Numbers as BigDecimal, so that 53.3 and 105.00 are compared as the decimals they are. */
    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    private final TopicProbe planEvents = TopicProbe.of(Topics.PLAN);

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");
    private final LocalDate today = LocalDate.now();

    private RequestSpecification as(String token) {
        return given().config(DECIMALS).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private String programme(String token) {
        return as(token).body(Map.of("title", "SEND recovery plan", "kind", "RECOVERY_PLAN"))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
    }

    /** A success criterion under a task, created through the items API. */
    private String criterion(String programmeId, String title) {
        String task = as(lead).body(Map.of("kind", "TASK", "title", "Reduce reliance on independent placements"))
                .post("/api/v1/programmes/" + programmeId + "/items").then().statusCode(201).extract().path("id");
        return as(lead).body(Map.of("kind", "CRITERION", "parentId", task, "title", title))
                .post("/api/v1/programmes/" + programmeId + "/items").then().statusCode(201).extract().path("id");
    }

    /** Reduce independent placements from 120 to 90, on a line that is half way along today. */
    private Map<String, Object> reducePlacements() {
        Map<String, Object> m = new HashMap<>();
        m.put("name", "Children in independent special school placements");
        m.put("unit", "placements");
        m.put("baseline", 120);
        m.put("baselineDate", today.minusDays(100).toString());
        m.put("target", 90);
        m.put("targetDate", today.plusDays(100).toString());
        m.put("direction", "DOWN");
        m.put("source", "uk.send.placement.placement.started.v1");
        return m;
    }

    private static Map<String, Object> measurement(LocalDate on, String value) {
        return Map.of("measuredOn", on.toString(), "value", new BigDecimal(value), "note", "Termly placement review");
    }

    private String measureUrl(String programmeId, String itemId) {
        return "/api/v1/programmes/" + programmeId + "/items/" + itemId + "/measure";
    }

    @Test
    void shouldTrackASuccessCriterionAgainstItsTarget() {
        String programmeId = programme(lead);
        String itemId = criterion(programmeId, "Fewer children placed in independent special schools");
        String url = measureUrl(programmeId, itemId);

        as(lead).body(reducePlacements()).put(url).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).header("Location", endsWith(url))
                .body("itemId", equalTo(itemId)).body("programmeId", equalTo(programmeId))
                .body("itemTitle", equalTo("Fewer children placed in independent special schools"))
                .body("baseline", comparesEqualTo(new BigDecimal("120"))).body("direction", equalTo("DOWN"))
                .body("expected", comparesEqualTo(new BigDecimal("105")))
                .body("progress", nullValue()).body("onTrack", nullValue()).body("trend", nullValue()).body("latest", nullValue())
                .body("measurements.totalItems", equalTo(0));

        Response first = as(lead).body(measurement(today.minusDays(60), "110")).post(url + "/measurements");
        first.then().statusCode(201).header("Location", endsWith(url + "/measurements/" + first.jsonPath().getString("id")))
                .body("value", comparesEqualTo(new BigDecimal("110"))).body("source", equalTo("manual"));
        as(lead).get(url + "/measurements/" + first.jsonPath().getString("id")).then().statusCode(200)
                .body("note", equalTo("Termly placement review"));
        as(lead).body(measurement(today.minusDays(1), "104")).post(url + "/measurements").then().statusCode(201);

        // 16 of the 30 places to lose: 53.3%; 104 is at or below the line's 105 today; and falling
        as(lead).get(url).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("latest.value", comparesEqualTo(new BigDecimal("104")))
                .body("latest.measuredOn", equalTo(today.minusDays(1).toString()))
                .body("progress", comparesEqualTo(new BigDecimal("53.3")))
                .body("onTrack", equalTo(true))
                .body("trend", equalTo("DOWN"))
                .body("measurements.totalItems", equalTo(2))
                .body("measurements.items[0].measuredOn", equalTo(today.minusDays(1).toString()))
                .body("measurements.items[1].measuredOn", equalTo(today.minusDays(60).toString()));
        as(lead).queryParam("size", 1).queryParam("page", 1).get(url).then().statusCode(200)
                .body("measurements.totalPages", equalTo(2)).body("measurements.items.size()", equalTo(1))
                .body("measurements.items[0].value", comparesEqualTo(new BigDecimal("110")));

        String finance = DevTokens.mint(la, "fbp@" + la + ".gov.uk", "finance");
        as(finance).get("/api/v1/programmes/" + programmeId + "/kpis").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].itemId", equalTo(itemId))
                .body("items[0].unit", equalTo("placements"))
                .body("items[0].target", comparesEqualTo(new BigDecimal("90")))
                .body("items[0].progress", comparesEqualTo(new BigDecimal("53.3")))
                .body("items[0].onTrack", equalTo(true))
                .body("items[0].trend", equalTo("DOWN"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> events = planEvents.cloudEvents(la, MEASURED);
            assertThat(events).hasSize(2);
            JsonNode latest = events.stream().filter(e -> e.path("data").path("value").decimalValue().compareTo(new BigDecimal("104")) == 0).findFirst().orElseThrow();
            assertThat(latest.path("subject").asText()).isEqualTo("kpi/" + itemId);
            assertThat(latest.path("data").path("programmeId").asText()).isEqualTo(programmeId);
            assertThat(latest.path("data").path("itemId").asText()).isEqualTo(itemId);
            assertThat(latest.path("data").path("name").asText()).isEqualTo("Children in independent special school placements");
            assertThat(latest.path("data").path("measuredOn").asText()).isEqualTo(today.minusDays(1).toString());
            assertThat(latest.path("data").path("target").decimalValue()).isEqualByComparingTo("90");
            assertThat(latest.path("data").path("progress").decimalValue()).isEqualByComparingTo("53.3");
        });
        assertThat(planEvents.records(r -> r.value().contains(MEASURED) && r.value().contains(la))).allSatisfy(r -> assertThat(r.key()).isEqualTo(itemId));
    }

    @Test
    void shouldRefuseAMeasureOnAnItemThatIsNotACriterion() {
        String programmeId = as(lead).body(Map.of("title", "Plan", "kind", "RECOVERY_PLAN", "tasks", List.of(Map.of("title", "Banding system"))))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        String taskId = as(lead).get("/api/v1/programmes/" + programmeId + "/tasks").then().extract().path("items[0].id");
        as(lead).body(reducePlacements()).put(measureUrl(programmeId, taskId)).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("https://send-platform.uk/problems/not-a-criterion"));
        as(lead).get(measureUrl(programmeId, taskId)).then().statusCode(404);
        as(lead).get(measureUrl(programmeId, UUID.randomUUID().toString())).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRejectInvalidMeasuresAndMeasurementsWithFieldErrorsAndWriteNothing() {
        String programmeId = programme(lead);
        String itemId = criterion(programmeId, "Fewer independent placements");
        String url = measureUrl(programmeId, itemId);

        Map<String, Object> bad = new HashMap<>(reducePlacements());
        bad.remove("name");
        bad.put("unit", " ");
        bad.put("baseline", new BigDecimal("120.125"));
        bad.remove("direction");
        as(lead).body(bad).put(url).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://send-platform.uk/problems/validation"))
                .body("errors.field", hasItems("name", "unit", "baseline", "direction"));

        Map<String, Object> wrongWay = new HashMap<>(reducePlacements());
        wrongWay.put("target", 130);
        wrongWay.put("targetDate", today.minusDays(200).toString());
        as(lead).body(wrongWay).put(url).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("target", "targetDate"));
        as(lead).get(url).then().statusCode(404);

        as(lead).body(reducePlacements()).put(url).then().statusCode(201);
        as(lead).body(Map.of("measuredOn", "not-a-date", "value", 100)).post(url + "/measurements").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("measuredOn"));
        as(lead).body(Map.of("measuredOn", today.toString())).post(url + "/measurements").then().statusCode(400)
                .body("errors.field", hasItems("value"));
        as(lead).get(url).then().statusCode(200).body("measurements.totalItems", equalTo(0));
        assertThat(planEvents.cloudEvents(la, MEASURED)).isEmpty();
    }

    @Test
    void shouldRequireIfMatchToReplaceAMeasureAndKeepItsMeasurements() {
        String programmeId = programme(lead);
        String itemId = criterion(programmeId, "Fewer independent placements");
        String url = measureUrl(programmeId, itemId);
        as(lead).body(reducePlacements()).put(url).then().statusCode(201).header("ETag", equalTo("\"0\""));
        as(lead).body(measurement(today.minusDays(1), "104")).post(url + "/measurements").then().statusCode(201);

        Map<String, Object> lowerTarget = new HashMap<>(reducePlacements());
        lowerTarget.put("target", 80);
        as(lead).body(lowerTarget).put(url).then().statusCode(428).contentType("application/problem+json");
        as(lead).header("If-Match", "\"0\"").body(lowerTarget).put(url).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("target", comparesEqualTo(new BigDecimal("80")))
                .body("progress", comparesEqualTo(new BigDecimal("40.0"))).body("measurements.totalItems", equalTo(1));
        as(lead).header("If-Match", "\"0\"").body(reducePlacements()).put(url).then().statusCode(412).contentType("application/problem+json");
        as(lead).get(url).then().body("target", comparesEqualTo(new BigDecimal("80")));

        String fresh = criterion(programmeId, "Another criterion");
        as(lead).header("If-Match", "\"0\"").body(reducePlacements()).put(measureUrl(programmeId, fresh)).then().statusCode(412);
        as(lead).get(measureUrl(programmeId, fresh)).then().statusCode(404);
    }

    @Test
    void shouldRecordOneMeasurementPerDayAndSourceAndReplayARetry() {
        String programmeId = programme(lead);
        String itemId = criterion(programmeId, "Fewer independent placements");
        String url = measureUrl(programmeId, itemId);
        as(lead).body(reducePlacements()).put(url).then().statusCode(201);

        String key = UUID.randomUUID().toString();
        Map<String, Object> body = measurement(today.minusDays(7), "108");
        String first = as(lead).header("Idempotency-Key", key).body(body).post(url + "/measurements").then().statusCode(201).extract().path("id");
        as(lead).header("Idempotency-Key", key).body(body).post(url + "/measurements").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as(lead).header("Idempotency-Key", key).body(measurement(today.minusDays(6), "107")).post(url + "/measurements").then().statusCode(422);
        as(lead).body(measurement(today.minusDays(7), "109")).post(url + "/measurements").then().statusCode(409)
                .contentType("application/problem+json");
        Map<String, Object> fromEvents = new HashMap<>(measurement(today.minusDays(7), "109"));
        fromEvents.put("source", "uk.send.placement.placement.started.v1");
        as(lead).body(fromEvents).post(url + "/measurements").then().statusCode(201);

        as(lead).get(url).then().statusCode(200).body("measurements.totalItems", equalTo(2));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(planEvents.cloudEvents(la, MEASURED)).hasSize(2));
    }

    @Test
    void shouldNotRevealAnotherLasMeasures() {
        String programmeId = programme(lead);
        String itemId = criterion(programmeId, "Fewer independent placements");
        String url = measureUrl(programmeId, itemId);
        as(lead).body(reducePlacements()).put(url).then().statusCode(201);

        String other = DevTokens.mint("OTHER" + la, "lead@other.gov.uk", "programme-lead");
        as(other).get(url).then().statusCode(404).contentType("application/problem+json");
        as(other).header("If-Match", "\"0\"").body(reducePlacements()).put(url).then().statusCode(404);
        as(other).body(reducePlacements()).put(url).then().statusCode(404);
        as(other).body(measurement(today, "1")).post(url + "/measurements").then().statusCode(404);
        as(other).get("/api/v1/programmes/" + programmeId + "/kpis").then().statusCode(404);
        as(lead).get(url).then().statusCode(200).body("measurements.totalItems", equalTo(0)).header("ETag", equalTo("\"0\""));
    }

    @Test
    void shouldLetOfficersReadAndOnlyLeadsWrite() {
        String programmeId = programme(lead);
        String itemId = criterion(programmeId, "Fewer independent placements");
        String url = measureUrl(programmeId, itemId);
        String school = DevTokens.mint(la, "head@school.sch.uk", "school");
        String officer = DevTokens.mint(la, "officer@" + la + ".gov.uk", "sen-officer");

        as(school).body(reducePlacements()).put(url).then().statusCode(403).contentType("application/problem+json");
        as(officer).body(reducePlacements()).put(url).then().statusCode(403);
        as(school).get("/api/v1/programmes/" + programmeId + "/kpis").then().statusCode(403);
        as(lead).body(reducePlacements()).put(url).then().statusCode(201);
        as(school).body(measurement(today, "100")).post(url + "/measurements").then().statusCode(403);
        as(school).get(url).then().statusCode(403);
        as(officer).get(url).then().statusCode(200).body("measurements.totalItems", equalTo(0));
        as(officer).get("/api/v1/programmes/" + programmeId + "/kpis").then().statusCode(200).body("totalItems", equalTo(1));
    }
}
