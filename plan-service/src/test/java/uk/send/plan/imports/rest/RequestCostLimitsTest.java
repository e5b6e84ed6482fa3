package uk.send.plan.imports.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13 item 1: requests that once ran plan-service out of memory (a 2 MB TSV import, a 10 MB unrecognised TSV,
 * JSON with 200,000 tasks, more rows than one import reads) are refused with 413 problem+json before they are
 * parsed, write nothing, and the service answers the next request.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class RequestCostLimitsTest {

    private final String la = "LQ" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");
    private String programme;

    @BeforeEach
    void createProgramme() {
        programme = given().auth().oauth2(lead).contentType("application/json")
                .body(Map.of("title", "Anytown recovery plan", "kind", "RECOVERY_PLAN")).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
    }

    private static byte[] actionPlanTsv(int bytes) {
        StringBuilder tsv = new StringBuilder("Task\tGeneral deliverable\tSpecific actions\tSuccess criteria\tDeadline\tLead officer\n");
        for (int i = 0; tsv.length() < bytes; i++) {
            tsv.append("Task ").append(i).append(": review banding\tDeliverable ").append(i).append("\tConsult schools forum on option ").append(i)
                    .append("\tAgreed by forum\tMarch 2027\tofficer").append(i % 50).append("@la.gov.uk\n");
        }
        return tsv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] unrecognisedTsv(int bytes) {
        StringBuilder tsv = new StringBuilder(bytes + 100);
        for (int i = 0; tsv.length() < bytes; i++) {
            tsv.append("col").append(i).append('\t').append("value ").append(i * 31).append('\t').append("more text in no known layout\n");
        }
        return tsv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void assertNothingImportedAndStillServing() {
        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldRefuseATwoMegabyteTsvImportWith413() {
        given().auth().oauth2(lead).contentType("text/tab-separated-values").body(actionPlanTsv(2 * 1024 * 1024))
                .post("/api/v1/programmes/" + programme + "/imports")
                .then().statusCode(413).contentType("application/problem+json").body("type", endsWith("payload-too-large"))
                .body("errors[0].field", equalTo("body"));
        assertNothingImportedAndStillServing();
    }

    @Test
    void shouldRefuseATenMegabyteUnrecognisedTsvWhateverItsDeclaredType() {
        byte[] tsv = unrecognisedTsv(10 * 1024 * 1024 - 1000);
        given().auth().oauth2(lead).contentType("text/tab-separated-values").body(tsv)
                .post("/api/v1/programmes/" + programme + "/imports")
                .then().statusCode(413).contentType("application/problem+json");
        // Sent as a file, it is sniffed as text: text is held to the text limit, not the 10 MB of a Word or Excel file.
        given().auth().oauth2(lead).contentType("application/octet-stream").body(tsv)
                .post("/api/v1/programmes/" + programme + "/imports")
                .then().statusCode(413).contentType("application/problem+json").body("type", endsWith("import-too-large"));
        assertNothingImportedAndStillServing();
    }

    @Test
    void shouldRefuseMoreRowsThanOneImportReads() {
        StringBuilder text = new StringBuilder("Task\tGeneral deliverable\tSpecific actions\tSuccess criteria\tDeadline\tLead officer\n");
        for (int i = 0; i < 25_000; i++) {
            text.append("T").append(i).append("\t\t\t\t\t\n");
        }
        given().auth().oauth2(lead).contentType("text/tab-separated-values").body(text.toString())
                .post("/api/v1/programmes/" + programme + "/imports")
                .then().statusCode(413).contentType("application/problem+json").body("type", endsWith("import-too-large"));
        assertNothingImportedAndStillServing();
    }

    @Test
    void shouldRefuseAProgrammeWithTwoHundredThousandTasksBeforeReadingIt() {
        StringBuilder json = new StringBuilder("{\"title\":\"Huge\",\"kind\":\"RECOVERY_PLAN\",\"tasks\":[");
        for (int i = 0; i < 200_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"title\":\"Task ").append(i).append("\"}");
        }
        json.append("]}");
        given().auth().oauth2(lead).contentType("application/json").body(json.toString()).post("/api/v1/programmes")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertNothingImportedAndStillServing();
    }
}
