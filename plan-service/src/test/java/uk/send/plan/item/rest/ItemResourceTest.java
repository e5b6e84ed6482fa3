package uk.send.plan.item.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class ItemResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");
    private String programme;

    @BeforeEach
    void createProgramme() {
        programme = given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("title", "SEND recovery plan", "kind", "RECOVERY_PLAN")).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
    }

    private Response add(Map<String, Object> body) {
        return given().auth().oauth2(lead).contentType(ContentType.JSON).body(body).post("/api/v1/programmes/" + programme + "/items");
    }

    private String item(String kind, String parent, String title, List<Map<String, Object>> deadlines) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", title, "deadlines", deadlines,
                "leadOfficer", Map.of("id", "bb@" + la, "name", "Bob Brown")));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return add(body).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> text(String t) {
        return Map.of("text", t);
    }

    private static Map<String, Object> date(LocalDate d) {
        return Map.of("date", d.toString());
    }

    @Test
    void shouldHoldARecoveryPlanTaskWithDeadlinesAsWritten() {
        String task = item("TASK", null, "EHCP banding system", List.of());
        String deliverable = item("DELIVERABLE", task, "Annual review of band values", List.of(text("EVERY JANUARY")));
        item("CRITERION", deliverable, "Band values uplifted by cost inflation", List.of(text("JULY 2022 SEPT 2022")));
        item("ACTION", deliverable, "Model every school's budget", List.of(text("June – Nov 2000")));

        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/" + deliverable).then().statusCode(200)
                .body("deadlines[0].kind", equalTo("RECURRING"))
                .body("deadlines[0].text", equalTo("EVERY JANUARY"))
                .body("deadlines[0].dueDate", equalTo(nextJanuaryEnd().toString()));
        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/tree").then().statusCode(200)
                .body("items[0].title", equalTo("EHCP banding system"))
                .body("items[0].children[0].children.title", hasItems("Band values uplifted by cost inflation", "Model every school's budget"))
                .body("items[0].children[0].children.find { it.kind == 'CRITERION' }.deadlines.dueDate", equalTo(List.of("2022-07-31", "2022-09-30")))
                .body("items[0].children[0].children.find { it.kind == 'ACTION' }.deadlines[0].windowStart", equalTo("2000-06-01"));
    }

    private static LocalDate nextJanuaryEnd() {
        LocalDate thisYear = LocalDate.of(TODAY.getYear(), 1, 31);
        return TODAY.isAfter(thisYear) ? thisYear.plusYears(1) : thisYear;
    }

    @Test
    void shouldRejectAnUnreadableDeadlineOrAMisplacedItemAndWriteNothing() {
        add(Map.of("kind", "TASK", "title", "Bad date", "deadlines", List.of(text("whenever")))).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("deadlines[0].text"));
        add(Map.of("kind", "ACTION", "title", "Orphan action")).then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items").then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldRollRagUpThroughEveryLevelForOneItemAndForTheList() {
        String phase = item("PHASE", null, "Phase 1: planning", List.of());
        String task = item("TASK", phase, "Sufficiency", List.of());
        String deliverable = item("DELIVERABLE", task, "New resourced provision", List.of(date(TODAY.plusDays(60))));
        String action = item("ACTION", deliverable, "Agree the places with the school", List.of(date(TODAY.minusDays(2))));
        String quiet = item("TASK", phase, "Quiet workstream", List.of(date(TODAY.plusDays(90))));

        for (String id : List.of(phase, task, deliverable)) {
            given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/" + id).then().statusCode(200)
                    .body("ownRag", equalTo("GREEN")).body("rag", equalTo("RED"));
        }
        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/" + action).then()
                .body("ownRag", equalTo("RED")).body("rag", equalTo("RED"));
        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/" + quiet).then()
                .body("ownRag", equalTo("GREEN")).body("rag", equalTo("GREEN"));

        // The list gives each item its rolled-up RAG, filters on it and pages by next deadline, undated last.
        given().auth().oauth2(lead).queryParam("rag", "RED").get("/api/v1/programmes/" + programme + "/items").then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.title", equalTo(List.of("Agree the places with the school", "New resourced provision", "Phase 1: planning", "Sufficiency")))
                .body("items.find { it.kind == 'PHASE' }.ownRag", equalTo("GREEN"));
        given().auth().oauth2(lead).queryParam("size", 2).queryParam("page", 1).get("/api/v1/programmes/" + programme + "/items").then()
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3))
                .body("items.title", equalTo(List.of("Quiet workstream", "Phase 1: planning")));
        given().auth().oauth2(lead).queryParam("rag", "GREEN").queryParam("kind", "TASK").get("/api/v1/programmes/" + programme + "/items").then()
                .body("items.title", equalTo(List.of("Quiet workstream")));
    }

    @Test
    void shouldRollUpRagAndKeepAnOverrideWithItsReason() {
        String task = item("TASK", null, "Top-slice for outreach", List.of());
        String late = item("DELIVERABLE", task, "Schools forum vote", List.of(date(TODAY.minusDays(3))));
        item("DELIVERABLE", task, "Consultation", List.of(date(TODAY.plusDays(5))));

        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/tree").then()
                .body("rag", equalTo("RED"))
                .body("items[0].ownRag", equalTo("GREEN"))
                .body("items[0].rag", equalTo("RED"))
                .body("items[0].children.find { it.title == 'Consultation' }.rag", equalTo("AMBER"));
        given().auth().oauth2(lead).queryParam("rag", "AMBER").get("/api/v1/programmes/" + programme + "/items").then()
                .body("items.title", equalTo(List.of("Consultation")));
        given().auth().oauth2(lead).queryParam("rag", "amber").get("/api/v1/programmes/" + programme + "/items").then()
                .statusCode(200).body("items.title", equalTo(List.of("Consultation")));
        given().auth().oauth2(lead).queryParam("rag", "PURPLE").get("/api/v1/programmes/" + programme + "/items").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rag"))
                .body("errors[0].message", equalTo("'PURPLE' is not one of GREEN, AMBER, RED"));

        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("rag", "AMBER"))
                .put("/api/v1/programmes/" + programme + "/items/" + late + "/rag-override").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("rag", "AMBER", "reason", "Vote moved to March by the forum chair"))
                .put("/api/v1/programmes/" + programme + "/items/" + late + "/rag-override").then().statusCode(200)
                .body("ragOverride.reason", equalTo("Vote moved to March by the forum chair"));
        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/tree").then().body("rag", equalTo("AMBER"));
    }

    @Test
    void shouldNotMarkDoneWhileABlockerIsOpen() {
        String task = item("TASK", null, "Capital programme", List.of());
        String survey = item("DELIVERABLE", task, "Site survey", List.of());
        String build = item("DELIVERABLE", task, "Build 164 places", List.of());
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("blockerId", survey, "kind", "BLOCKS"))
                .post("/api/v1/programmes/" + programme + "/items/" + build + "/dependencies").then().statusCode(200)
                .body("blockedBy", equalTo(List.of(survey)));
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("blockerId", build, "kind", "BLOCKS"))
                .post("/api/v1/programmes/" + programme + "/items/" + survey + "/dependencies").then().statusCode(422);
        // Every read shows the blocker: the tree, the list and the item.
        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/tree").then()
                .body("items[0].children.find { it.title == 'Build 164 places' }.blockedBy", equalTo(List.of(survey)))
                .body("items[0].children.find { it.title == 'Site survey' }.blockedBy", equalTo(List.of()));
        given().auth().oauth2(lead).queryParam("kind", "DELIVERABLE").get("/api/v1/programmes/" + programme + "/items").then()
                .body("items.find { it.title == 'Build 164 places' }.blockedBy", equalTo(List.of(survey)));

        Map<String, Object> done = Map.of("kind", "DELIVERABLE", "parentId", task, "title", "Build 164 places", "status", "DONE");
        String etag = given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/" + build).then().extract().header("ETag");
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag).body(done)
                .put("/api/v1/programmes/" + programme + "/items/" + build).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("Site survey"));

        String surveyTag = given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/" + survey).then().extract().header("ETag");
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", surveyTag)
                .body(Map.of("kind", "DELIVERABLE", "parentId", task, "title", "Site survey", "status", "DONE"))
                .put("/api/v1/programmes/" + programme + "/items/" + survey).then().statusCode(200);
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag).body(done)
                .put("/api/v1/programmes/" + programme + "/items/" + build).then().statusCode(200).body("status", equalTo("DONE"));
    }

    @Test
    void shouldApplyTheSameRulesThroughTheTasksApi() {
        String consult = item("TASK", null, "Consult the schools forum", List.of());
        String adopt = item("TASK", null, "Adopt the new bands", List.of(date(TODAY.plusDays(30))));
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("blockerId", consult, "kind", "BLOCKS"))
                .post("/api/v1/programmes/" + programme + "/items/" + adopt + "/dependencies").then().statusCode(200);
        String etag = given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/tasks/" + adopt).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "Adopt the new bands", "dueDate", TODAY.plusDays(30).toString(), "status", "DONE"))
                .put("/api/v1/programmes/" + programme + "/tasks/" + adopt).then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "Adopt the new bands", "dueDate", TODAY.plusDays(60).toString()))
                .put("/api/v1/programmes/" + programme + "/tasks/" + adopt).then().statusCode(200).body("dueDate", equalTo(TODAY.plusDays(60).toString()));
    }

    @Test
    void shouldRollARecurringDeadlineForwardOnceMet() {
        String task = item("TASK", null, "Banding", List.of());
        String review = item("DELIVERABLE", task, "Annual review of band values", List.of(text("EVERY JANUARY")));
        String deadline = given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/" + review).then().extract().path("deadlines[0].id");
        given().auth().oauth2(lead).post("/api/v1/programmes/" + programme + "/items/" + review + "/deadlines/" + deadline + "/met").then()
                .statusCode(200).body("deadlines[0].dueDate", equalTo(nextJanuaryEnd().plusYears(1).toString()))
                .body("deadlines[0].metOn", equalTo(null));
    }

    @Test
    void shouldServeAnIcsFeedWithStableUidsThatUpdatesReplace() {
        String task = item("TASK", null, "Publish the ordinarily available document", List.of(date(LocalDate.of(2027, 3, 31))));
        String url = given().auth().oauth2(lead).get("/api/v1/calendars/programmes/" + programme + "/link").then().statusCode(200).extract().path("url");
        String path = URI.create(url).getRawPath() + "?" + URI.create(url).getRawQuery();

        String first = given().get(path).then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        assertThat(first).contains("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20270331").contains("UID:" + task + "-0@send-platform.uk")
                .contains("SUMMARY:Due: Publish the ordinarily available document").contains("SEQUENCE:0");

        String etag = given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/" + task).then().extract().header("ETag");
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("kind", "TASK", "title", "Publish the ordinarily available document", "deadlines", List.of(date(LocalDate.of(2027, 4, 30)))))
                .put("/api/v1/programmes/" + programme + "/items/" + task).then().statusCode(200);
        String second = given().get(path).then().statusCode(200).extract().asString();
        assertThat(second).contains("UID:" + task + "-0@send-platform.uk").contains("DTSTART;VALUE=DATE:20270430").contains("SEQUENCE:1")
                .doesNotContain("20270331");

        given().get(path.replaceAll("token=[^&]+", "token=forged")).then().statusCode(404);
        given().get(URI.create(url).getRawPath()).then().statusCode(404);
    }
}
