package uk.send.plan.duty.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.platform.events.Topics;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class DutyResourceTest {

    private static final String STATUS_CHANGED = "uk.send.plan.duty.status-changed.v1";
    private final TopicProbe planEvents = TopicProbe.of(Topics.PLAN);

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");

    private RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private void loadCatalogue() {
        as(lead).post("/api/v1/duties/catalogue").then().statusCode(200);
    }

    /** The id of this LA's duty in an area at a level. */
    private String duty(String area, String level) {
        List<Map<String, Object>> duties = given().auth().oauth2(lead).queryParam("level", level).queryParam("size", 100)
                .get("/api/v1/duties").then().statusCode(200).extract().jsonPath().getList("items");
        return duties.stream().filter(d -> area.equals(d.get("area"))).map(d -> (String) d.get("id")).findFirst().orElseThrow();
    }

    private static Map<String, Object> status(String status, String evidence, String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("evidence", evidence);
        body.put("evidenceUrl", url);
        return body;
    }

    @Test
    void shouldLoadTheSendReformsCatalogueOnceAndSummariseIt() {
        as(lead).post("/api/v1/duties/catalogue").then().statusCode(200)
                .body("catalogue", equalTo("send-reforms-2014")).body("added", equalTo(14)).body("total", equalTo(14));
        as(lead).post("/api/v1/duties/catalogue").then().statusCode(200).body("added", equalTo(0)).body("total", equalTo(14));

        given().auth().oauth2(lead).queryParam("size", 100).get("/api/v1/duties").then().statusCode(200)
                .body("totalItems", equalTo(14))
                .body("items.status", everyItem(equalTo("NOT_MET")))
                .body("items.area", hasItems("THE PRINCIPLES: S19 WELLBEING DUTY", "LOCAL OFFER", "INFORMATION ADVICE AND SUPPORT",
                        "SEN SUPPORT (BEST ENDEAVOURS DUTY)", "TRANSITIONAL ARRANGEMENTS PLANNING", "EHC ASSESSMENT AND PLANNING",
                        "PERSONAL BUDGETS", "MEDIATION", "JOINT COMMISSIONING"));
        given().auth().oauth2(lead).queryParam("level", "MUST").get("/api/v1/duties").then().body("totalItems", equalTo(8));
        given().auth().oauth2(lead).queryParam("level", "SHOULD").get("/api/v1/duties").then().body("totalItems", equalTo(6))
                .body("items.area", not(hasItems("MEDIATION")));

        JsonPath localOffer = given().auth().oauth2(lead).get("/api/v1/duties/" + duty("LOCAL OFFER", "MUST")).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).extract().jsonPath();
        assertThat(localOffer.getString("dueBy")).isEqualTo("2014-09-01");
        assertThat(localOffer.getString("byRequirement")).startsWith("You must publish an initial, accessible, local offer.").doesNotContain("should");
        assertThat(localOffer.getString("afterRequirement")).isEqualTo("You must develop and improve the local offer over time.");
        JsonPath transfers = given().auth().oauth2(lead).get("/api/v1/duties/" + duty("TRANSITIONAL ARRANGEMENTS PLANNING", "MUST")).then().extract().jsonPath();
        assertThat(transfers.getString("dueBy")).isNull();
        assertThat(transfers.getString("afterRequirement")).contains("within a maximum of 14 weeks");
        JsonPath senSupport = given().auth().oauth2(lead).get("/api/v1/duties/" + duty("SEN SUPPORT (BEST ENDEAVOURS DUTY)", "SHOULD")).then().extract().jsonPath();
        assertThat(senSupport.getString("byRequirement").split("\n")).hasSize(7)
                .contains("For schools: Published the annual SEN information report.").noneMatch(line -> line.contains("<") || line.contains("▪"));

        given().auth().oauth2(lead).get("/api/v1/duties/summary").then().statusCode(200)
                .body("total", equalTo(14))
                .body("counts.MUST.NOT_MET", equalTo(8)).body("counts.MUST.MET", equalTo(0))
                .body("counts.SHOULD.NOT_MET", equalTo(6)).body("counts.SHOULD.PARTLY_MET", equalTo(0))
                .body("mustNotMet.size()", equalTo(8)).body("mustNotMet.level", everyItem(equalTo("MUST")));
    }

    @Test
    void shouldRecordEvidenceAndPublishEachStatusChange() {
        loadCatalogue();
        String id = duty("MEDIATION", "MUST");
        String url = "/api/v1/duties/" + id;

        as(lead).header("If-Match", "\"0\"").body(status("MET", "Mediation service commissioned from April", "https://www.example.gov.uk/send/mediation"))
                .put(url).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("MET")).body("evidenceUrl", equalTo("https://www.example.gov.uk/send/mediation"))
                .body("updatedBy", equalTo("lead@" + la + ".gov.uk"));
        // evidence only: no status change, no event
        as(lead).header("If-Match", "\"1\"").body(status("MET", "Contract renewed", "http://intranet.example.gov.uk/contracts/42"))
                .put(url).then().statusCode(200).header("ETag", equalTo("\"2\"")).body("evidence", equalTo("Contract renewed"));
        as(lead).header("If-Match", "\"2\"").body(status("PARTLY_MET", "Certificates not yet issued within 3 working days", null))
                .put(url).then().statusCode(200).body("evidenceUrl", equalTo(null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> events = planEvents.cloudEvents(la, STATUS_CHANGED);
            assertThat(events).hasSize(2);
            assertThat(events).allSatisfy(e -> {
                assertThat(e.path("subject").asText()).isEqualTo("duty/" + id);
                assertThat(e.path("data").path("dutyId").asText()).isEqualTo(id);
                assertThat(e.path("data").path("area").asText()).isEqualTo("MEDIATION");
                assertThat(e.path("data").path("level").asText()).isEqualTo("MUST");
            });
            assertThat(events).extracting(e -> e.path("data").path("from").asText() + "→" + e.path("data").path("to").asText())
                    .containsExactly("NOT_MET→MET", "MET→PARTLY_MET");
        });
        assertThat(planEvents.records(r -> r.value().contains(STATUS_CHANGED) && r.value().contains(la))).allSatisfy(r -> assertThat(r.key()).isEqualTo(id));

        as(lead).post("/api/v1/duties/catalogue").then().body("added", equalTo(0));
        given().auth().oauth2(lead).get(url).then().body("status", equalTo("PARTLY_MET")).body("evidence", equalTo("Certificates not yet issued within 3 working days"));
        given().auth().oauth2(lead).queryParam("status", "PARTLY_MET").get("/api/v1/duties").then().body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(lead).get("/api/v1/duties/summary").then()
                .body("counts.MUST.PARTLY_MET", equalTo(1)).body("counts.MUST.NOT_MET", equalTo(7)).body("mustNotMet.size()", equalTo(8));

        String joint = duty("JOINT COMMISSIONING", "MUST");
        as(lead).header("If-Match", "\"0\"").body(status("MET", null, null)).put("/api/v1/duties/" + joint).then().statusCode(200);
        given().auth().oauth2(lead).get("/api/v1/duties/summary").then()
                .body("counts.MUST.MET", equalTo(1)).body("mustNotMet.size()", equalTo(7)).body("mustNotMet.area", not(hasItems("JOINT COMMISSIONING")));
    }

    @Test
    void shouldRejectAnInvalidUpdateWithFieldErrorsAndChangeNothing() {
        loadCatalogue();
        String url = "/api/v1/duties/" + duty("LOCAL OFFER", "MUST");
        as(lead).header("If-Match", "\"0\"").body(status("MET", "Published", "ftp://files.example.gov.uk/offer.pdf")).put(url).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("evidenceUrl"));
        as(lead).header("If-Match", "\"0\"").body(status("MET", "Published", "javascript:alert(1)")).put(url).then().statusCode(400)
                .body("errors[0].field", equalTo("evidenceUrl"));
        as(lead).header("If-Match", "\"0\"").body(status(null, "Published", null)).put(url).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(lead).header("If-Match", "\"0\"").body(status("DONE", null, null)).put(url).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(lead).get(url).then().header("ETag", equalTo("\"0\"")).body("status", equalTo("NOT_MET"));
        assertThat(planEvents.cloudEvents(la, STATUS_CHANGED)).isEmpty();
    }

    @Test
    void shouldRefuseAStaleOrMissingIfMatch() {
        loadCatalogue();
        String url = "/api/v1/duties/" + duty("PERSONAL BUDGETS", "MUST");
        as(lead).body(status("PARTLY_MET", null, null)).put(url).then().statusCode(428).contentType("application/problem+json");
        as(lead).header("If-Match", "\"0\"").body(status("PARTLY_MET", null, null)).put(url).then().statusCode(200).header("ETag", equalTo("\"1\""));
        as(lead).header("If-Match", "\"0\"").body(status("MET", null, null)).put(url).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(lead).get(url).then().body("status", equalTo("PARTLY_MET"));
    }

    @Test
    void shouldNotRevealAnotherLasDuties() {
        loadCatalogue();
        String id = duty("MEDIATION", "MUST");
        String other = DevTokens.mint("OTHER" + la, "lead@other.gov.uk", "programme-lead");
        given().auth().oauth2(other).get("/api/v1/duties/" + id).then().statusCode(404).contentType("application/problem+json");
        as(other).header("If-Match", "\"0\"").body(status("MET", null, null)).put("/api/v1/duties/" + id).then().statusCode(404);
        given().auth().oauth2(other).get("/api/v1/duties").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(other).get("/api/v1/duties/summary").then().statusCode(200).body("total", equalTo(0))
                .body("counts.MUST.NOT_MET", equalTo(0)).body("mustNotMet.size()", equalTo(0));
        given().auth().oauth2(lead).get("/api/v1/duties/" + id).then().body("status", equalTo("NOT_MET"));
    }

    @Test
    void shouldLetOnlyLeadsAndAdminsChangeDuties() {
        String school = DevTokens.mint(la, "head@school.sch.uk", "school");
        String officer = DevTokens.mint(la, "officer@" + la + ".gov.uk", "sen-officer");
        String admin = DevTokens.mint(la, "admin@" + la + ".gov.uk", "admin");
        as(school).post("/api/v1/duties/catalogue").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(school).get("/api/v1/duties").then().statusCode(403);
        given().auth().oauth2(school).get("/api/v1/duties/summary").then().statusCode(403);
        as(officer).post("/api/v1/duties/catalogue").then().statusCode(403);
        as(admin).post("/api/v1/duties/catalogue").then().statusCode(200).body("added", equalTo(14));
        String id = duty("MEDIATION", "MUST");
        as(school).header("If-Match", "\"0\"").body(status("MET", null, null)).put("/api/v1/duties/" + id).then().statusCode(403);
        as(officer).header("If-Match", "\"0\"").body(status("MET", null, null)).put("/api/v1/duties/" + id).then().statusCode(403);
        given().auth().oauth2(officer).get("/api/v1/duties/summary").then().statusCode(200).body("total", equalTo(14));
    }
}
