package uk.send.funding.ehcp.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.PostgresServer;
import uk.send.devstack.TopicProbe;
import uk.send.platform.events.Topics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.send.funding.ehcp.rest.EhcpDecisionResourceTest.decision;
import static uk.send.funding.ehcp.rest.EhcpDecisionResourceTest.with;

@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class EhcpBatchResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now();

    private final TopicProbe fundingEvents = TopicProbe.of(Topics.FUNDING);
    private final String la = "LC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String cms = DevTokens.mint(la, "cms-client", "case-management");

    private static String line(Map<String, Object> decision) {
        try {
            return JSON.writeValueAsString(decision);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Response upload(String token, String contentType, String body) {
        return given().auth().oauth2(token).contentType(contentType).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/ehcp-decisions/batches");
    }

    private String uploaded(String contentType, String body) {
        Response r = upload(cms, contentType, body);
        r.then().statusCode(202).body("status", equalTo("RECEIVED"));
        String id = r.jsonPath().getString("batchId");
        assertThat(r.header("Location")).endsWith("/api/v1/ehcp-decisions/batches/" + id);
        return id;
    }

    private void awaitCompleted(String batch) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + batch)
                .then().statusCode(200).body("status", equalTo("COMPLETED")));
    }

    /** The upload's documented examples, NDJSON and CSV, are accepted line by line as they stand. */
    @Test
    void shouldAcceptEveryLineOfTheDocumentedBatchExamples() {
        String doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        io.restassured.path.json.JsonPath json = new io.restassured.path.json.JsonPath(doc);
        String content = "paths.'/api/v1/ehcp-decisions/batches'.post.requestBody.content.";
        String ndjson = json.getString(content + "'application/x-ndjson'.examples.ndjson.value");
        String csv = json.getString(content + "'text/csv'.examples.csv.value");
        String first = uploaded("application/x-ndjson", ndjson);
        awaitCompleted(first);
        given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + first).then().statusCode(200)
                .body("totalLines", equalTo(3)).body("accepted", equalTo(3)).body("refused", equalTo(0));
        // The CSV example holds two of the same decisions: sent again with the same content, they are duplicates.
        String second = uploaded("text/csv", csv);
        awaitCompleted(second);
        given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + second).then().statusCode(200)
                .body("totalLines", equalTo(2)).body("duplicates", equalTo(2)).body("refused", equalTo(0));
    }

    @Test
    void shouldKeepTheGoodLinesOfABatchAndReportTheBad() {
        String ref = "EHCP-B-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> request = decision("B-1", ref, "ASSESSMENT_REQUESTED", TODAY.minusDays(60));
        Map<String, Object> assess = decision("B-2", ref, "DECIDED_TO_ASSESS", TODAY.minusDays(30));
        String ndjson = String.join("\n",
                line(request),
                line(assess),
                "{\"sourceId\": \"B-3\", not json",
                line(with(decision("B-4", ref, "DRAFT_PLAN_ISSUED", TODAY), "ncy", 30)),
                "",
                line(request),
                line(with(assess, "decisionDate", TODAY.minusDays(29).toString())),
                line(with(decision("B-7", ref, "APPEAL_REGISTERED", TODAY), "childName", "Jane Smith")),
                line(with(decision("B-8", ref, "CORRECTION", TODAY.minusDays(59)), "supersedesSourceId", "B-1", "correctedKind", "ASSESSMENT_REQUESTED")),
                line(decision("B-9", ref, "DRAFT_PLAN_ISSUED", TODAY.minusDays(1)))) + "\n";
        String batch = uploaded("application/x-ndjson", ndjson);
        awaitCompleted(batch);
        given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + batch).then().statusCode(200)
                .body("format", equalTo("NDJSON")).body("totalLines", equalTo(9)).body("processedLines", equalTo(9))
                .body("accepted", equalTo(4)).body("duplicates", equalTo(1)).body("refused", equalTo(4));
        given().auth().oauth2(cms).queryParam("outcome", "REFUSED").get("/api/v1/ehcp-decisions/batches/" + batch + "/lines").then().statusCode(200)
                .body("totalItems", equalTo(4)).body("items.line", contains(3, 4, 7, 8))
                .body("items[0].errors[0].message", containsString("is not valid JSON"))
                .body("items[1].sourceId", equalTo("B-4")).body("items[1].errors.field", contains("ncy"))
                .body("items[2].errors.field", contains("decisionDate"))
                .body("items[3].errors.field", contains("childName"));
        given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + batch + "/lines").then().statusCode(200)
                .body("items.outcome", contains("ACCEPTED", "ACCEPTED", "REFUSED", "REFUSED", "DUPLICATE", "REFUSED", "REFUSED", "ACCEPTED", "ACCEPTED"))
                .body("items[0].errors", nullValue());

        given().auth().oauth2(cms).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200)
                .body("items.sourceId", contains("B-8", "B-2", "B-9"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(fundingEvents.cloudEvents(la, EhcpDecisionResourceTest.TYPE)).hasSize(4)
                        .allSatisfy(e -> assertThat(e.path("data").path("ehcpRef").asText()).isEqualTo(ref)));
        assertThat(AcceptedDecisions.of(la)).hasSize(4);
        // nothing the CMS sent is kept once judged (a refused line may have held a name)
        assertThat(count("select count(*) from ehcp_batch_line where batch_id = '" + batch + "' and content is not null")).isZero();
    }

    @Test
    void shouldJudgeEveryRepeatOfARecordedSourceIdAgainstTheRecordedDecision() {
        String ref = "EHCP-R-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> recorded = decision("R-1", ref, "DECIDED_TO_ASSESS", TODAY.minusDays(30));
        given().auth().oauth2(cms).contentType("application/json").body(recorded).post("/api/v1/ehcp-decisions").then().statusCode(201);
        // the first line differs from what is recorded; the second is the recorded decision sent again
        String batch = uploaded("application/x-ndjson", line(with(recorded, "decisionDate", TODAY.minusDays(29).toString())) + "\n"
                + line(recorded) + "\n" + line(with(recorded, "ncy", 5)) + "\n");
        awaitCompleted(batch);
        given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + batch + "/lines").then().statusCode(200)
                .body("items.outcome", contains("REFUSED", "DUPLICATE", "REFUSED"))
                .body("items[0].errors.field", contains("decisionDate"))
                .body("items[2].errors.field", contains("ncy"));
    }

    @Test
    void shouldReadACsvBatchWithListsSeparatedBySemicolons() {
        String ref = "EHCP-C-" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "sourceId,ehcpRef,kind,decisionDate,ncy,settingUrns,needTypes,bandCode,effectiveDate\r\n"
                + "CS-1," + ref + ",ASSESSMENT_REQUESTED," + TODAY.minusDays(150) + ",7,,,,\r\n"
                + "CS-2," + ref + ",FINAL_PLAN_ISSUED," + TODAY.minusDays(10) + ",7,118234;10012345,asd;SEMH,B2," + TODAY.plusDays(5) + "\r\n"
                + "CS-3," + ref + ",DRAFT_PLAN_ISSUED\r\n"
                + "\"CS-4\"," + ref + ",DRAFT_PLAN_ISSUED," + TODAY.minusDays(40) + ",7,,,,\r\n";
        String batch = uploaded("text/csv", csv);
        awaitCompleted(batch);
        given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + batch).then()
                .body("format", equalTo("CSV")).body("accepted", equalTo(3)).body("refused", equalTo(1));
        given().auth().oauth2(cms).queryParam("outcome", "REFUSED").get("/api/v1/ehcp-decisions/batches/" + batch + "/lines").then()
                .body("items.line", contains(4)).body("items[0].errors[0].message", containsString("the header has 9 columns"));
        given().auth().oauth2(cms).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200)
                .body("items.sourceId", contains("CS-1", "CS-4", "CS-2"))
                .body("items[2].settingUrns", contains("118234", "10012345")).body("items[2].needTypes", contains("ASD", "SEMH"));
    }

    @Test
    void shouldRefuseAWholeUploadWhoseCsvHeaderIsWrongAndStoreNothing() {
        long before = count("select count(*) from ehcp_batch where tenant = '" + la + "'");
        upload(cms, "text/csv", "sourceId,ehcpRef,kind,decisionDate,childName\nX-1,E-1,ASSESSMENT_REQUESTED,2025-01-01,Jane\n")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("header.childName", "header"));
        upload(cms, "text/csv", "sourceId,ehcpRef,kind,decisionDate,ncy\n\"X-1,E-1,ASSESSMENT_REQUESTED,2025-01-01,4\n" + "x".repeat(70_000) + "\n")
                .then().statusCode(400).body("detail", containsString("unclosed quote"));
        assertThat(count("select count(*) from ehcp_batch where tenant = '" + la + "'")).isEqualTo(before);
        upload(DevTokens.mint(la, "finance@" + la + ".gov.uk", "finance"), "application/x-ndjson", "{}\n").then().statusCode(403);
        upload(cms, "application/xml", "<a/>").then().statusCode(415);
    }

    @Test
    void shouldProcessALargeBatchInChunksAndNeverShowItToAnotherLa() {
        StringBuilder ndjson = new StringBuilder();
        int lines = 2_500;
        for (int i = 0; i < lines; i++) {
            String ref = "EHCP-L-" + (i / 5);
            ndjson.append(line(decision("L-" + i, ref, i % 5 == 0 ? "ASSESSMENT_REQUESTED" : "DECIDED_TO_ASSESS", TODAY.minusDays(100 - i % 5))))
                    .append('\n');
        }
        ndjson.append(line(with(decision("L-fix", "EHCP-L-0", "CORRECTION", TODAY.minusDays(99)), "supersedesSourceId", "L-0",
                "correctedKind", "ASSESSMENT_REQUESTED"))).append('\n');
        String batch = uploaded("application/x-ndjson", ndjson.toString());
        awaitCompleted(batch);
        given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + batch).then()
                .body("totalLines", equalTo(lines + 1)).body("accepted", equalTo(lines + 1)).body("refused", equalTo(0));
        given().auth().oauth2(cms).queryParam("includeSuperseded", true).get("/api/v1/ehcps/EHCP-L-0/decisions").then()
                .body("items.sourceId", contains("L-0", "L-fix", "L-1", "L-2", "L-3", "L-4"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(fundingEvents.cloudEvents(la, EhcpDecisionResourceTest.TYPE)).hasSize(lines + 1));

        String other = "LD" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String otherCms = DevTokens.mint(other, "cms-client", "case-management");
        given().auth().oauth2(otherCms).get("/api/v1/ehcp-decisions/batches/" + batch).then().statusCode(404);
        given().auth().oauth2(otherCms).get("/api/v1/ehcp-decisions/batches/" + batch + "/lines").then().statusCode(404);
        // the same history uploaded again: every line a duplicate, nothing new published
        String again = uploaded("application/x-ndjson", ndjson.toString());
        awaitCompleted(again);
        given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + again).then()
                .body("accepted", equalTo(0)).body("duplicates", equalTo(lines + 1));
    }

    @Test
    void shouldJudgeTheLinesAfterARunOfBlankLinesLongerThanAChunk() {
        // Blank lines are skipped but counted, so line numbers jump: here past more than a chunk (1,000 in tests) of them.
        String ref = "EHCP-G-" + UUID.randomUUID().toString().substring(0, 6);
        String batch = uploaded("application/x-ndjson", line(decision("G-1", ref, "ASSESSMENT_REQUESTED", TODAY.minusDays(20))) + "\n"
                + "\n".repeat(2_500) + line(decision("G-2", ref, "DECIDED_TO_ASSESS", TODAY.minusDays(10))) + "\n"
                + line(with(decision("G-3", ref, "DRAFT_PLAN_ISSUED", TODAY.minusDays(5)), "ncy", 40)) + "\n");
        awaitCompleted(batch);
        given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + batch).then()
                .body("totalLines", equalTo(3)).body("processedLines", equalTo(3)).body("accepted", equalTo(2)).body("refused", equalTo(1));
        given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + batch + "/lines").then().statusCode(200)
                .body("items.line", contains(1, 2_502, 2_503)).body("items.outcome", contains("ACCEPTED", "ACCEPTED", "REFUSED"))
                .body("items[2].errors.field", contains("ncy"));
        given().auth().oauth2(cms).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200).body("items.sourceId", contains("G-1", "G-2"));
    }

    @Test
    void shouldResumeABatchLeftHalfDoneByAStoppedInstanceAtItsFirstUnjudgedLine() throws Exception {
        // What a crash leaves: lines 1-2 judged and committed with the batch at next_line 3, lines 3-4 still stored.
        String batch = UUID.randomUUID().toString();
        String ref = "EHCP-R-" + UUID.randomUUID().toString().substring(0, 6);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty(DevstackTestResource.POSTGRES_PORT_PROPERTY)
                + "/funding", PostgresServer.USER, PostgresServer.PASSWORD); var s = c.createStatement()) {
            s.execute("insert into ehcp_batch (id, tenant, format, status, submitted_by, received_at, started_at, total_lines, next_line, accepted) "
                    + "values ('" + batch + "', '" + la + "', 'NDJSON', 'PROCESSING', 'cms-client', now(), now(), 4, 3, 2)");
            s.execute("insert into ehcp_batch_line (batch_id, line_no, content, outcome, source_id) values "
                    + "('" + batch + "', 1, null, 'ACCEPTED', 'R-1'), ('" + batch + "', 2, null, 'ACCEPTED', 'R-2'), "
                    + "('" + batch + "', 3, '" + line(decision("R-3", ref, "ASSESSMENT_REQUESTED", TODAY.minusDays(9))) + "', null, null), "
                    + "('" + batch + "', 4, '" + line(decision("R-4", ref, "DECIDED_TO_ASSESS", TODAY.minusDays(2))) + "', null, null)");
        }
        awaitCompleted(batch);
        given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + batch).then()
                .body("accepted", equalTo(4)).body("processedLines", equalTo(4)).body("finishedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(cms).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200).body("items.sourceId", contains("R-3", "R-4"));
    }

    private static long count(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty(DevstackTestResource.POSTGRES_PORT_PROPERTY)
                + "/funding", PostgresServer.USER, PostgresServer.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
