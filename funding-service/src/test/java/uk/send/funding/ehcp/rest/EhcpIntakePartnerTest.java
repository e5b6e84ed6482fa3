package uk.send.funding.ehcp.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The intake as a case management system's engineer meets it: content types, exports with a BOM and CRLF, codes as CMSs write them. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class EhcpIntakePartnerTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String BOM = "\uFEFF";

    private final String la = "LP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String cms = DevTokens.mint(la, "cms-client", "case-management");

    private Response post(String path, String contentType, String body) {
        return given().auth().oauth2(cms).contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).post(path);
    }

    private String ref() {
        return "EHCP-P-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void shouldRefuseAWrongOrMissingContentTypeWithAProblemNamingWhatIsAccepted() throws Exception {
        String body = "{\"sourceId\":\"P-0\",\"ehcpRef\":\"E-0\",\"kind\":\"ASSESSMENT_REQUESTED\",\"decisionDate\":\"" + TODAY + "\",\"ncy\":4}";
        post("/api/v1/ehcp-decisions", "text/plain", body).then().statusCode(415).contentType("application/problem+json")
                .body("errors.field", contains("Content-Type")).body("detail", containsString("text/plain"))
                .body("errors[0].message", containsString("application/json"));
        post("/api/v1/ehcp-decisions/batches", "application/json", body).then().statusCode(415).contentType("application/problem+json")
                .body("errors[0].message", containsString("application/x-ndjson")).body("errors[0].message", containsString("text/csv"));

        // a batch without a Content-Type could be CSV or NDJSON: refused, naming both
        HttpResponse<String> none = withoutContentType("/api/v1/ehcp-decisions/batches", body);
        assertThat(none.statusCode()).isEqualTo(415);
        assertThat(none.body()).contains("No Content-Type was sent", "application/x-ndjson", "text/csv");
        given().auth().oauth2(cms).get("/api/v1/ehcp-decisions").then().statusCode(200).body("totalItems", equalTo(0));
        // one decision is JSON whatever the label says is missing: read as JSON, as it always was
        assertThat(withoutContentType("/api/v1/ehcp-decisions", body).statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> withoutContentType(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + cms).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldRecordADecisionSentWithACharsetLowerCaseCodesAndStringNumbers() {
        String ref = ref();
        post("/api/v1/ehcp-decisions", "application/json; charset=UTF-8", "{\"sourceId\":\" P-1 \",\"ehcpRef\":\"" + ref + "\",\"kind\":\"assessment_requested\","
                + "\"decisionDate\":\"" + TODAY.minusDays(3) + "\",\"ncy\":\"R\",\"caseOfficerId\":null,\"reassessment\":\"\"}")
                .then().statusCode(201).body("sourceId", equalTo("P-1")).body("kind", equalTo("ASSESSMENT_REQUESTED")).body("ncy", equalTo(0));
        post("/api/v1/ehcp-decisions", "application/json", "{\"sourceId\":\"P-2\",\"ehcpRef\":\"" + ref + "\",\"kind\":\"DECIDED_TO_ASSESS\","
                + "\"decisionDate\":\"01/03/2025\",\"ncy\":0}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("decisionDate")).body("errors[0].message", containsString("year first"));
    }

    @Test
    void shouldReadBatchesAsCmsExportsWriteThem() {
        String ref = ref();
        String csv = BOM + "Source ID,EHCP Ref,Kind,Decision Date,NCY,Setting URNs,Need Types,Band Code,Effective Date\r\n"
                + "PC-1," + ref + ",assessment_requested," + TODAY.minusDays(150) + ",7,,,,\r\n"
                + "PC-2," + ref + ",FINAL_PLAN_ISSUED," + TODAY.minusDays(10) + ",7,\"118234, 10012345\",asd|semh,b2," + TODAY.plusDays(5) + "\r\n"
                + "\r\n";
        Response r = post("/api/v1/ehcp-decisions/batches", "text/csv; charset=utf-8", csv);
        r.then().statusCode(202);
        String csvBatch = r.jsonPath().getString("batchId");
        String ndjson = BOM + "{\"sourceId\":\"PN-1\",\"ehcpRef\":\"" + ref + "\",\"kind\":\"DRAFT_PLAN_ISSUED\",\"decisionDate\":\"" + TODAY.minusDays(40) + "\",\"ncy\":\"7\"}\r\n"
                + "\r\n"
                + "{\"sourceId\":\"PN-2\",\"ehcpRef\":\"" + ref + "\",\"kind\":\"DECIDED_TO_ASSESS\",\"decisionDate\":\"" + TODAY.minusDays(120) + "T00:00:00Z\",\"ncy\":7}";
        r = post("/api/v1/ehcp-decisions/batches", "application/jsonl", ndjson);
        r.then().statusCode(202).body("format", equalTo("NDJSON"));
        String ndjsonBatch = r.jsonPath().getString("batchId");
        for (String batch : new String[]{csvBatch, ndjsonBatch}) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + batch)
                    .then().statusCode(200).body("status", equalTo("COMPLETED")));
        }
        given().auth().oauth2(cms).get("/api/v1/ehcp-decisions/batches/" + csvBatch).then().body("accepted", equalTo(2)).body("refused", equalTo(0));
        given().auth().oauth2(cms).queryParam("outcome", "REFUSED").get("/api/v1/ehcp-decisions/batches/" + ndjsonBatch + "/lines").then()
                .body("items.line", contains(3)).body("items[0].errors.field", contains("decisionDate"))
                .body("items[0].errors[0].message", containsString("without a time"));
        given().auth().oauth2(cms).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200)
                .body("items.sourceId", contains("PC-1", "PN-1", "PC-2"))
                .body("items[2].settingUrns", contains("118234", "10012345")).body("items[2].needTypes", contains("ASD", "SEMH"))
                .body("items[2].bandCode", equalTo("B2"));
    }
}
