package uk.send.funding.ehcp.rest;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class EhcpDecisionResourceTest {

    static final String TYPE = "uk.send.funding.ehcp.decision-recorded.v1";
    static final LocalDate TODAY = LocalDate.now();

    private final TopicProbe fundingEvents = TopicProbe.of(Topics.FUNDING);
    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String cms = DevTokens.mint(la, "cms-client", "case-management");
    private final String officer = DevTokens.mint(la, "officer@" + la + ".gov.uk", "sen-officer");

    static Map<String, Object> decision(String sourceId, String ref, String kind, LocalDate date) {
        Map<String, Object> d = new HashMap<>();
        d.put("sourceId", sourceId);
        d.put("ehcpRef", ref);
        d.put("kind", kind);
        d.put("decisionDate", date.toString());
        d.put("ncy", 4);
        return d;
    }

    static Map<String, Object> with(Map<String, Object> d, Object... kv) {
        Map<String, Object> copy = new HashMap<>(d);
        for (int i = 0; i < kv.length; i += 2) {
            copy.put((String) kv[i], kv[i + 1]);
        }
        return copy;
    }

    private Response post(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/ehcp-decisions");
    }

    private String ref() {
        return "EHCP-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** One valid decision of every kind about one EHCP, in the order they would happen. */
    static List<Map<String, Object>> everyKind(String ref, String prefix) {
        LocalDate start = TODAY.minusDays(400);
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(with(decision(prefix + "01", ref, "ASSESSMENT_REQUESTED", start), "caseOfficerId", "jsmith"));
        all.add(decision(prefix + "02", ref, "REFUSED_TO_ASSESS", start.plusDays(30)));
        all.add(decision(prefix + "03", ref, "MEDIATION_CERTIFICATE_ISSUED", start.plusDays(40)));
        all.add(decision(prefix + "04", ref, "APPEAL_REGISTERED", start.plusDays(50)));
        all.add(with(decision(prefix + "05", ref, "TRIBUNAL_ORDER", start.plusDays(60)), "tribunalOrder", "ASSESS"));
        all.add(decision(prefix + "06", ref, "DECIDED_TO_ASSESS", start.plusDays(70)));
        all.add(with(decision(prefix + "07", ref, "EXCEPTION_APPLIED", start.plusDays(75)), "exceptionReason", "ABSENT_FROM_AREA"));
        all.add(with(decision(prefix + "08", ref, "EXCEPTION_ENDED", start.plusDays(80)), "exceptionReason", "ABSENT_FROM_AREA"));
        all.add(decision(prefix + "09", ref, "DECIDED_NOT_TO_ISSUE", start.plusDays(90)));
        all.add(decision(prefix + "10", ref, "DRAFT_PLAN_ISSUED", start.plusDays(100)));
        all.add(with(decision(prefix + "11", ref, "FINAL_PLAN_ISSUED", start.plusDays(120)), "settingUrns", List.of("118234"),
                "needTypes", List.of("ASD", "SLCN"), "bandCode", "B3", "effectiveDate", start.plusDays(130).toString()));
        all.add(decision(prefix + "12", ref, "ANNUAL_REVIEW_HELD", start.plusDays(300)));
        all.add(with(decision(prefix + "13", ref, "REVIEW_DECISION", start.plusDays(310)), "reviewOutcome", "AMEND"));
        all.add(decision(prefix + "14", ref, "AMENDMENT_NOTICE_ISSUED", start.plusDays(311)));
        all.add(with(decision(prefix + "15", ref, "AMENDED_PLAN_ISSUED", start.plusDays(350)), "bandCode", "B4",
                "effectiveDate", start.plusDays(360).toString()));
        all.add(with(decision(prefix + "16", ref, "TRANSFER_IN", start.plusDays(390)), "fromLa", "E10000016",
                "effectiveDate", start.plusDays(385).toString()));
        all.add(with(decision(prefix + "17", ref, "CORRECTION", start.plusDays(1)), "supersedesSourceId", prefix + "01",
                "correctedKind", "ASSESSMENT_REQUESTED", "reassessment", false));
        return all;
    }

    @Test
    void shouldRecordEveryKindAndPublishItKeyedByTheEhcpReference() {
        String ref = ref();
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> d : everyKind(ref, "K-")) {
            Response r = post(cms, d);
            r.then().statusCode(201).contentType(ContentType.JSON)
                    .body("sourceId", equalTo(d.get("sourceId"))).body("kind", equalTo(d.get("kind")))
                    .body("ehcpRef", equalTo(ref)).body("decisionId", notNullValue()).body("recordedAt", notNullValue());
            String id = r.jsonPath().getString("decisionId");
            assertThat(r.header("Location")).endsWith("/api/v1/ehcp-decisions/" + id);
            ids.add(id);
        }
        given().auth().oauth2(officer).get("/api/v1/ehcp-decisions/" + ids.get(10)).then().statusCode(200)
                .body("kind", equalTo("FINAL_PLAN_ISSUED")).body("settingUrns", contains("118234"))
                .body("needTypes", contains("ASD", "SLCN")).body("bandCode", equalTo("B3"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fundingEvents.cloudEvents(la, TYPE)).hasSize(17));
        List<JsonNode> events = fundingEvents.cloudEvents(la, TYPE);
        assertThat(events).extracting(e -> e.path("data").path("decisionId").asText()).containsExactlyInAnyOrderElementsOf(ids);
        JsonNode finalPlan = events.stream().filter(e -> e.path("data").path("kind").asText().equals("FINAL_PLAN_ISSUED")).findFirst().orElseThrow();
        assertThat(finalPlan.path("subject").asText()).isEqualTo("ehcp/" + ref + "/decision/" + ids.get(10));
        assertThat(finalPlan.path("data").path("effectiveDate").asText()).isEqualTo(TODAY.minusDays(270).toString());
        assertThat(finalPlan.path("data").has("reviewOutcome")).as("fields of other kinds are absent, not null").isFalse();
        List<ConsumerRecord<String, String>> records = fundingEvents.records(r -> r.value().contains(TYPE) && r.value().contains("\"" + la + "\""));
        assertThat(records).hasSize(17).allSatisfy(r -> assertThat(r.key()).isEqualTo(ref));
        assertThat(records.stream().map(ConsumerRecord::partition).distinct()).as("one EHCP's decisions stay on one partition").hasSize(1);

        assertThat(AcceptedDecisions.of(la)).hasSize(17).allSatisfy(a -> assertThat(a.decision().ehcpRef()).isEqualTo(ref));
    }

    @Test
    void shouldRefuseADecisionMissingWhatItsKindNeedsAndChangeNothing() {
        String ref = ref();
        post(cms, decision("F-1", ref, "FINAL_PLAN_ISSUED", TODAY)).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://send-platform.uk/problems/validation"))
                .body("errors.field", containsInAnyOrder("settingUrns", "needTypes", "effectiveDate"))
                .body("errors.find { it.field == 'settingUrns' }.message", equalTo("must not be null for FINAL_PLAN_ISSUED"));
        post(cms, with(decision("F-2", ref, "DRAFT_PLAN_ISSUED", TODAY), "bandCode", "B2")).then().statusCode(400)
                .body("errors[0].field", equalTo("bandCode")).body("errors[0].message", equalTo("does not apply to DRAFT_PLAN_ISSUED"));
        post(cms, with(decision("F-3", ref, "REVIEW_DECISION", TODAY), "reviewOutcome", "CEASE")).then().statusCode(400)
                .body("errors.field", contains("ceaseReason"));
        post(cms, with(decision("F-4", ref, "FINAL_PLAN_ISSUED", TODAY.plusDays(2)), "ncy", 22, "settingUrns", List.of("12345"),
                "needTypes", List.of("AUTISM"), "effectiveDate", TODAY.toString())).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("decisionDate", "ncy", "settingUrns[0]", "needTypes[0]"));
        post(cms, with(decision("F-5", ref, "NOT_A_KIND", TODAY), "ncy", "four")).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("kind", "ncy"));
        given().auth().oauth2(cms).contentType(ContentType.JSON).body("{\"sourceId\": ").post("/api/v1/ehcp-decisions")
                .then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(officer).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(404);
        assertThat(AcceptedDecisions.of(la)).isEmpty();
    }

    @Test
    void shouldRefusePersonalDataAndUnknownProperties() {
        Map<String, Object> d = with(decision("P-1", ref(), "ASSESSMENT_REQUESTED", TODAY), "childName", "Jane Smith",
                "dateOfBirth", "2019-05-01", "urgency", "high");
        post(cms, d).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("childName", "dateOfBirth", "urgency"))
                .body("errors.find { it.field == 'childName' }.message", containsString("never takes personal data"))
                .body("errors.find { it.field == 'urgency' }.message", equalTo("is not a property of an EHCP decision"));
        post(cms, with(decision("P-3\u0000", ref(), "ASSESSMENT_REQUESTED", TODAY), "settingUrns", List.of("1\u00002"))).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("sourceId", "settingUrns[0]"));
        post(cms, with(decision("P-2", "Jane Smith", "ASSESSMENT_REQUESTED", TODAY), "caseOfficerId", "jo.bloggs@la.gov.uk"))
                .then().statusCode(400).body("errors.field", containsInAnyOrder("ehcpRef", "caseOfficerId"));
    }

    @Test
    void shouldAnswerTheOriginalForAResendAndListWhatDiffersForAChangedDecision() {
        String ref = ref();
        Map<String, Object> d = with(decision("I-1", ref, "FINAL_PLAN_ISSUED", TODAY.minusDays(5)), "settingUrns", List.of("118234"),
                "needTypes", List.of("asd"), "bandCode", "b3", "effectiveDate", TODAY.toString());
        String id = post(cms, d).then().statusCode(201).extract().path("decisionId");
        post(cms, with(d, "needTypes", List.of("ASD"), "bandCode", " B3 ")).then().statusCode(200)
                .header("Location", containsString("/api/v1/ehcp-decisions/" + id))
                .body("decisionId", equalTo(id)).body("needTypes", contains("ASD"));
        post(officer, with(d, "bandCode", "B4", "decisionDate", TODAY.minusDays(4).toString())).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("https://send-platform.uk/problems/conflict"))
                .body("detail", containsString(id))
                .body("errors.field", contains("decisionDate", "bandCode"))
                .body("errors.find { it.field == 'bandCode' }.message", containsString("B3"));

        given().auth().oauth2(officer).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].decisionId", equalTo(id));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(fundingEvents.cloudEvents(la, TYPE)).hasSize(1));
        assertThat(AcceptedDecisions.of(la)).hasSize(1);
    }

    @Test
    void shouldReplayTheFirstResponseForARetryWithTheSameIdempotencyKey() {
        String ref = ref();
        Map<String, Object> d = decision("K-1", ref, "ASSESSMENT_REQUESTED", TODAY.minusDays(3));
        String id = given().auth().oauth2(cms).header("Idempotency-Key", "cms-retry-1").contentType(ContentType.JSON).body(d)
                .post("/api/v1/ehcp-decisions").then().statusCode(201).extract().path("decisionId");
        // The retry gets the first answer itself (201, same decision), not the "already recorded" 200 of a resend.
        given().auth().oauth2(cms).header("Idempotency-Key", "cms-retry-1").contentType(ContentType.JSON).body(d)
                .post("/api/v1/ehcp-decisions").then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", containsString("/api/v1/ehcp-decisions/" + id)).body("decisionId", equalTo(id));
        // The same key for another decision is refused and records nothing.
        given().auth().oauth2(cms).header("Idempotency-Key", "cms-retry-1").contentType(ContentType.JSON)
                .body(decision("K-2", ref, "DECIDED_TO_ASSESS", TODAY.minusDays(2)))
                .post("/api/v1/ehcp-decisions").then().statusCode(422).contentType("application/problem+json");

        given().auth().oauth2(officer).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].decisionId", equalTo(id));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(fundingEvents.cloudEvents(la, TYPE)).hasSize(1));
    }

    @Test
    void shouldReadTheSameLogWhateverTheOrderTheDecisionsArrivedIn() {
        String first = ref();
        String second = ref();
        List<Map<String, Object>> inOrder = everyKind(first, "O1-").subList(0, 16);
        List<Map<String, Object>> shuffled = new ArrayList<>(everyKind(second, "O2-").subList(0, 16));
        // Two decisions on one day: their order must not depend on arrival either.
        shuffled.add(decision("O2-00", second, "DECIDED_TO_ASSESS", TODAY.minusDays(400)));
        List<Map<String, Object>> firstAll = new ArrayList<>(inOrder);
        firstAll.add(decision("O1-00", first, "DECIDED_TO_ASSESS", TODAY.minusDays(400)));
        Collections.shuffle(shuffled, new Random(7));
        firstAll.forEach(d -> post(cms, d).then().statusCode(201));
        shuffled.forEach(d -> post(cms, d).then().statusCode(201));

        List<String> a = given().auth().oauth2(officer).queryParam("size", 100).get("/api/v1/ehcps/" + first + "/decisions")
                .then().statusCode(200).body("totalItems", equalTo(17)).extract().jsonPath().getList("items.sourceId");
        List<String> b = given().auth().oauth2(officer).queryParam("size", 100).get("/api/v1/ehcps/" + second + "/decisions")
                .then().statusCode(200).extract().jsonPath().getList("items.sourceId");
        assertThat(b).containsExactlyElementsOf(a.stream().map(s -> s.replace("O1-", "O2-")).toList());
        assertThat(a.subList(0, 2)).as("same day: the request before the decision").containsExactly("O1-01", "O1-00");
        // paging walks the same order
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            paged.addAll(given().auth().oauth2(officer).queryParam("size", 5).queryParam("page", page).get("/api/v1/ehcps/" + first + "/decisions")
                    .then().statusCode(200).body("totalPages", equalTo(4)).extract().jsonPath().getList("items.sourceId"));
        }
        assertThat(paged).containsExactlyElementsOf(a);
    }

    @Test
    void shouldListADaysDecisionsInTheOrderPlanAndPlacementServicesReadThem() {
        // The contract's one order (EhcpDecisionRecorded.IN_ORDER): an exception beginning starts the day, so the decision to
        // assess made that day comes after it, whatever their kinds' places in the enum or the order they were sent in.
        String ref = ref();
        LocalDate day = TODAY.minusDays(20);
        post(cms, decision("D-1", ref, "ASSESSMENT_REQUESTED", day.minusDays(30))).then().statusCode(201);
        post(cms, decision("D-2", ref, "DECIDED_TO_ASSESS", day)).then().statusCode(201);
        post(cms, with(decision("D-3", ref, "EXCEPTION_APPLIED", day), "exceptionReason", "SETTING_CLOSED")).then().statusCode(201);
        post(cms, with(decision("D-4", ref, "TRANSFER_IN", day), "fromLa", "E10000016", "effectiveDate", day.toString())).then().statusCode(201);
        assertThat(given().auth().oauth2(officer).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200)
                .extract().jsonPath().<String>getList("items.sourceId")).containsExactly("D-1", "D-3", "D-4", "D-2");
    }

    @Test
    void shouldTakeTheDateACeasedPlanStopsOnlyFromADecisionToCease() {
        String ref = ref();
        LocalDate decided = TODAY.minusDays(5);
        post(cms, with(decision("X-1", ref, "REVIEW_DECISION", decided), "reviewOutcome", "MAINTAIN", "effectiveDate", decided.plusDays(30).toString()))
                .then().statusCode(400).contentType(containsString("problem+json")).body("errors.field", contains("effectiveDate"));
        post(cms, with(decision("X-2", ref, "REVIEW_DECISION", decided), "reviewOutcome", "CEASE", "ceaseReason", "3",
                "effectiveDate", decided.plusDays(30).toString())).then().statusCode(201)
                .body("effectiveDate", equalTo(decided.plusDays(30).toString()));
    }

    @Test
    void shouldSupersedeADecisionWithACorrection() {
        String ref = ref();
        String requested = post(cms, decision("C-1", ref, "ASSESSMENT_REQUESTED", TODAY.minusDays(50))).then().statusCode(201).extract().path("decisionId");
        post(cms, decision("C-2", ref, "DECIDED_TO_ASSESS", TODAY.minusDays(20))).then().statusCode(201);
        Map<String, Object> correction = with(decision("C-3", ref, "CORRECTION", TODAY.minusDays(45)), "supersedesSourceId", "C-1",
                "correctedKind", "ASSESSMENT_REQUESTED", "reassessment", true);
        String corrected = post(cms, correction).then().statusCode(201).body("kind", equalTo("CORRECTION"))
                .body("correctedKind", equalTo("ASSESSMENT_REQUESTED")).extract().path("decisionId");
        post(cms, correction).then().statusCode(200).body("decisionId", equalTo(corrected));

        given().auth().oauth2(officer).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200)
                .body("items.sourceId", contains("C-3", "C-2"));
        given().auth().oauth2(officer).queryParam("includeSuperseded", true).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200)
                .body("items.sourceId", contains("C-1", "C-3", "C-2"))
                .body("items[0].supersededBy", equalTo(corrected)).body("items[1].supersededBy", nullValue());
        given().auth().oauth2(officer).get("/api/v1/ehcp-decisions/" + requested).then().statusCode(200).body("supersededBy", equalTo(corrected));
        given().auth().oauth2(officer).queryParam("kind", "ASSESSMENT_REQUESTED").queryParam("ehcpRef", ref).get("/api/v1/ehcp-decisions")
                .then().statusCode(200).body("items.sourceId", contains("C-3"));

        post(cms, with(correction, "sourceId", "C-4")).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("supersedesSourceId")).body("errors[0].message", containsString("already corrected"));
        post(cms, with(correction, "sourceId", "C-5", "supersedesSourceId", "NO-SUCH")).then().statusCode(422)
                .body("errors[0].message", containsString("names no decision of EHCP " + ref));
        post(cms, decision("X-1", ref(), "ASSESSMENT_REQUESTED", TODAY)).then().statusCode(201);
        post(cms, with(correction, "sourceId", "C-6", "supersedesSourceId", "X-1")).then().statusCode(422);
        post(cms, with(correction, "sourceId", "C-7", "supersedesSourceId", "C-3", "decisionDate", TODAY.minusDays(44).toString()))
                .then().statusCode(201);
        given().auth().oauth2(officer).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200)
                .body("items.sourceId", contains("C-7", "C-2"));
    }

    @Test
    void shouldNeverShowOneLasDecisionsToAnother() {
        String ref = ref();
        String id = post(cms, decision("T-1", ref, "ASSESSMENT_REQUESTED", TODAY)).then().statusCode(201).extract().path("decisionId");
        String otherLa = "LB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String otherOfficer = DevTokens.mint(otherLa, "officer@" + otherLa + ".gov.uk", "sen-officer");
        given().auth().oauth2(otherOfficer).get("/api/v1/ehcp-decisions/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(otherOfficer).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(404);
        given().auth().oauth2(otherOfficer).get("/api/v1/ehcp-decisions").then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(given().auth().oauth2(otherOfficer).get("/api/v1/ehcp-decisions/export").then().statusCode(200).extract().asString().trim().lines())
                .hasSize(1);
        // sourceIds are unique per LA: LA B's own T-1 is a new decision, and B's correction cannot reach A's decision
        post(otherOfficer, decision("T-1", ref, "DECIDED_TO_ASSESS", TODAY)).then().statusCode(201);
        post(otherOfficer, with(decision("T-2", ref, "CORRECTION", TODAY), "supersedesSourceId", "T-9", "correctedKind", "DECIDED_TO_ASSESS"))
                .then().statusCode(422);
        given().auth().oauth2(officer).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200)
                .body("items.kind", contains("ASSESSMENT_REQUESTED"));
    }

    @Test
    void shouldListFilterAndExportTheLog() {
        String ref = ref();
        for (Map<String, Object> d : everyKind(ref, "L-")) {
            post(cms, d).then().statusCode(201);
        }
        given().auth().oauth2(officer).queryParam("kind", "FINAL_PLAN_ISSUED").get("/api/v1/ehcp-decisions").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].sourceId", equalTo("L-11"));
        given().auth().oauth2(officer).queryParam("from", TODAY.minusDays(100).toString()).queryParam("to", TODAY.minusDays(80).toString())
                .get("/api/v1/ehcp-decisions").then().statusCode(200).body("items.sourceId", contains("L-12", "L-13", "L-14"));
        given().auth().oauth2(officer).queryParam("from", TODAY.toString()).queryParam("to", TODAY.minusDays(1).toString())
                .get("/api/v1/ehcp-decisions").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(officer).queryParam("size", 101).get("/api/v1/ehcp-decisions").then().statusCode(400);
        given().auth().oauth2(officer).queryParam("kind", "NOPE").get("/api/v1/ehcp-decisions").then().statusCode(400);

        String csv = given().auth().oauth2(officer).queryParam("includeSuperseded", true).get("/api/v1/ehcp-decisions/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.trim().lines().toList();
        assertThat(lines.get(0)).startsWith("decisionId,recordedAt,supersededBy,sourceId,ehcpRef,kind,decisionDate,ncy");
        assertThat(lines).hasSize(18);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",L-11," + ref + ",FINAL_PLAN_ISSUED,").contains(",118234,ASD;SLCN,B3,"));
    }

    @Test
    void shouldLetOnlyTheCaseManagementSystemAndSenOfficersRecord() {
        String finance = DevTokens.mint(la, "finance@" + la + ".gov.uk", "finance");
        post(finance, decision("R-1", ref(), "ASSESSMENT_REQUESTED", TODAY)).then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(decision("R-2", ref(), "ASSESSMENT_REQUESTED", TODAY)).post("/api/v1/ehcp-decisions")
                .then().statusCode(401);
        post(officer, decision("R-3", ref(), "ASSESSMENT_REQUESTED", TODAY)).then().statusCode(201);
        given().auth().oauth2(finance).get("/api/v1/ehcp-decisions").then().statusCode(200).body("items.sourceId", hasItem("R-3"));
    }

    /**
     * A partner's engineer starts from the OpenAPI document: every example it gives for a decision must be recorded as
     * it stands (a correction after the decision it corrects), or the first thing they copy answers 400.
     */
    @Test
    void shouldRecordEveryDocumentedExampleAsItStands() {
        String doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        Map<String, Map<String, Object>> examples = new io.restassured.path.json.JsonPath(doc)
                .getMap("paths.'/api/v1/ehcp-decisions'.post.requestBody.content.'application/json'.examples");
        List<String> kinds = new ArrayList<>(examples.keySet());
        kinds.sort((a, b) -> Boolean.compare(a.equals("CORRECTION"), b.equals("CORRECTION")));
        for (String kind : kinds) {
            Object value = examples.get(kind).get("value");
            post(cms, value).then().statusCode(201).contentType(ContentType.JSON).body("kind", equalTo(kind))
                    .body("sourceId", equalTo(((Map<?, ?>) value).get("sourceId")));
        }
        // The log keeps all of them; the correction replaced the request it names, so the default listing leaves that out.
        given().auth().oauth2(cms).queryParam("size", 50).queryParam("includeSuperseded", true).get("/api/v1/ehcp-decisions").then()
                .statusCode(200).body("totalItems", equalTo(kinds.size()));
        given().auth().oauth2(cms).queryParam("size", 50).get("/api/v1/ehcp-decisions").then().statusCode(200)
                .body("totalItems", equalTo(kinds.size() - 1)).body("items.sourceId", not(hasItem("CAP1-DEC-000101")));
    }

    @Test
    void shouldDocumentOneExamplePerKindAndEveryOperation() {
        String doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        for (String op : List.of("recordEhcpDecision", "getEhcpDecision", "listEhcpDecisions", "exportEhcpDecisions", "listEhcpLog",
                "uploadEhcpDecisionBatch", "getEhcpDecisionBatch", "listEhcpDecisionBatchLines")) {
            assertThat(doc).contains("\"operationId\" : \"" + op + "\"");
        }
        io.restassured.path.json.JsonPath json = new io.restassured.path.json.JsonPath(doc);
        Map<String, Object> examples = json.getMap("paths.'/api/v1/ehcp-decisions'.post.requestBody.content.'application/json'.examples");
        assertThat(examples.keySet()).hasSize(17).contains("ASSESSMENT_REQUESTED", "CORRECTION", "TRANSFER_IN");
        assertThat(json.getString("paths.'/api/v1/ehcp-decisions'.post.responses.'201'.content.'application/json'.schema.'$ref'"))
                .endsWith("EhcpDecision");
    }
}
