package uk.send.plan.imports.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Real action plans, imported through the API: the seeds as the LAs wrote them and a recovery-plan task table. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class ImportResourceTest {

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");
    private String programme;

    @BeforeEach
    void createProgramme() {
        programme = given().auth().oauth2(lead).contentType("application/json")
                .body(Map.of("title", "Imported plan", "kind", "RECOVERY_PLAN")).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
    }

    private static String fixture(String name) {
        try (InputStream in = ImportResourceTest.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonPath importAs(String contentType, String body) {
        return given().auth().oauth2(lead).contentType(contentType + "; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/programmes/" + programme + "/imports").then().statusCode(200).extract().jsonPath();
    }

    private JsonPath tree() {
        return given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/tree").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldImportTheRecoveryPlanTaskTableWithItsKeyAndReportWhatItCouldNotRead() {
        JsonPath report = importAs("text/tab-separated-values", fixture("recovery-plan-task4-banding.tsv"));
        assertThat(report.getString("format")).isEqualTo("RECOVERY_PLAN_TABLE");
        assertThat(report.getInt("created.tasks")).isEqualTo(1);
        assertThat(report.getInt("created.deliverables")).isEqualTo(8);
        assertThat(report.getInt("created.people")).isEqualTo(4);
        assertThat(report.getInt("created.actions")).isGreaterThanOrEqualTo(8);
        assertThat(report.getList("problems.reason", String.class)).contains("no lead officer", "no deadline");
        assertThat(report.getList("problems.line", Integer.class)).contains(23, 25);

        JsonPath tree = tree();
        assertThat(tree.getString("items[0].ref")).isEqualTo("Task 4");
        List<Map<String, Object>> deliverables = tree.getList("items[0].children");
        Map<String, Object> sample = deliverables.stream().filter(d -> ((String) d.get("title")).startsWith("Sample EHCPs")).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) sample.get("leadOfficer")).get("name")).isEqualTo("Bob Brown");
        assertThat(((List<Map<String, Object>>) sample.get("deadlines")).get(0)).containsEntry("dueDate", "2022-03-31").containsEntry("text", "Mar 2022");
        Map<String, Object> mig = deliverables.stream().filter(d -> ((String) d.get("title")).startsWith("Minimum income guarantee")).findFirst().orElseThrow();
        assertThat(((List<Map<String, Object>>) mig.get("deadlines")).get(0)).containsEntry("dueDate", "2020-10-31");
        Map<String, Object> review = deliverables.stream().filter(d -> ((String) d.get("title")).startsWith("Annual review of band values")).findFirst().orElseThrow();
        assertThat(((List<Map<String, Object>>) review.get("deadlines")).get(0)).containsEntry("kind", "RECURRING");

        given().auth().oauth2(lead).get("/api/v1/people").then().statusCode(200)
                .body("items.initials", equalTo(List.of("BB", "CD", "EF", "GH")))
                .body("items.find { it.initials == 'GH' }.title", equalTo("Head of School Organisation and Capital"));
    }

    @Test
    void shouldNotDuplicateAnythingWhenTheSamePlanIsImportedAgain() {
        String tsv = fixture("recovery-plan-task4-banding.tsv");
        JsonPath first = importAs("text/tab-separated-values", tsv);
        int items = given().auth().oauth2(lead).queryParam("size", 100).get("/api/v1/programmes/" + programme + "/items").then().extract().path("totalItems");
        JsonPath again = importAs("text/tab-separated-values", tsv);
        assertThat(again.getInt("created.tasks") + again.getInt("created.deliverables") + again.getInt("created.actions")
                + again.getInt("created.criteria") + again.getInt("created.people")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(items);
        given().auth().oauth2(lead).queryParam("size", 100).get("/api/v1/programmes/" + programme + "/items").then().body("totalItems", equalTo(items));

        // The CSV export of the same table lands on the same items.
        JsonPath csv = importAs("text/csv", fixture("recovery-plan-task4-banding.csv"));
        assertThat(csv.getInt("created.deliverables")).isZero();
        assertThat(first.getInt("created.deliverables")).isEqualTo(8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldUpdateOnlyWhatChangedWhenAnEditedPlanIsImportedAgain() {
        String tsv = fixture("recovery-plan-task4-banding.tsv");
        importAs("text/tab-separated-values", tsv);
        List<Map<String, Object>> before = tree().getList("items[0].children");
        // The plan edited: one deliverable moved to a later month and handed to another lead officer.
        String edited = tsv.replace("Nov2022\tEF", "Dec 2022\tCD");
        assertThat(edited).isNotEqualTo(tsv);

        JsonPath again = importAs("text/tab-separated-values", edited);
        assertThat(again.getInt("created.deliverables") + again.getInt("created.actions") + again.getInt("created.criteria")
                + again.getInt("created.deadlines")).isZero();
        assertThat(again.getInt("updated.deliverables")).isEqualTo(1);
        assertThat(again.getInt("updated.deadlines")).isEqualTo(1);

        List<Map<String, Object>> after = tree().getList("items[0].children");
        assertThat(after).hasSameSizeAs(before);
        Map<String, Object> moved = byTitle(after, "Benchmark bands");
        assertThat((List<Map<String, Object>>) moved.get("deadlines")).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("text", "Dec 2022").containsEntry("dueDate", "2022-12-31"));
        assertThat(moved.get("leadOfficer")).isEqualTo(byTitle(before, "Minimum income guarantee").get("leadOfficer")); // CD
        assertThat(((Number) moved.get("version")).longValue()).isGreaterThan(((Number) byTitle(before, "Benchmark bands").get("version")).longValue());
        Map<String, Object> untouched = byTitle(after, "Sample EHCPs");
        assertThat(untouched.get("version")).isEqualTo(byTitle(before, "Sample EHCPs").get("version"));
        assertThat(untouched.get("deadlines")).isEqualTo(byTitle(before, "Sample EHCPs").get("deadlines"));

        // And the edited plan imported once more changes nothing.
        JsonPath third = importAs("text/tab-separated-values", edited);
        assertThat(third.getInt("updated.deliverables") + third.getInt("updated.actions") + third.getInt("updated.criteria")
                + third.getInt("updated.deadlines")).isZero();
    }

    private static Map<String, Object> byTitle(List<Map<String, Object>> items, String prefix) {
        return items.stream().filter(d -> ((String) d.get("title")).startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void shouldImportSeed000WorkProgrammeWithPhasesWindowsAndImplementationDates() {
        JsonPath report = importAs("text/tab-separated-values", fixture("seed-000-work-programme.tsv"));
        assertThat(report.getString("format")).isEqualTo("WORK_PROGRAMME_PHASES");
        assertThat(report.getInt("created.phases")).isEqualTo(3);
        assertThat(report.getInt("created.tasks")).isEqualTo(15);
        assertThat(report.getList("problems")).isEmpty();

        JsonPath tree = tree();
        assertThat(tree.getList("items.title", String.class)).containsExactly("Phase 1", "Phase 2", "Phase 3");
        List<Map<String, Object>> phase1 = tree.getList("items[0].children");
        Map<String, Object> a = phase1.stream().filter(t -> "(a)".equals(t.get("ref"))).findFirst().orElseThrow();
        List<Map<String, Object>> deadlines = (List<Map<String, Object>>) a.get("deadlines");
        assertThat(deadlines).extracting(d -> d.get("kind")).containsExactly("WINDOW", "DAY");
        assertThat(deadlines.get(0)).containsEntry("windowStart", "2000-06-01").containsEntry("dueDate", "2000-11-30");
        assertThat(deadlines.get(1)).containsEntry("dueDate", "2001-04-01");
        Map<String, Object> e = phase1.stream().filter(t -> "(e)".equals(t.get("ref"))).findFirst().orElseThrow();
        assertThat((String) e.get("title")).startsWith("Future role and deployment of Learning Support Service");
        assertThat(((List<Map<String, Object>>) e.get("deadlines")).get(0)).containsEntry("windowStart", "2000-10-01").containsEntry("dueDate", "2001-03-31");
    }

    @Test
    void shouldImportSeed001DatedActionList() {
        JsonPath report = importAs("text/plain", fixture("seed-001-strategy-plan.txt"));
        assertThat(report.getString("format")).isEqualTo("DATED_ACTION_LIST");
        assertThat(report.getInt("created.tasks")).isEqualTo(22);
        List<String> titles = given().auth().oauth2(lead).queryParam("kind", "TASK").queryParam("size", 100)
                .get("/api/v1/programmes/" + programme + "/items").then().extract().path("items.title");
        assertThat(titles).contains("Constitute Strategy Group and sub-groups", "Commence implementation");
        // Every entry was dated: the earliest is the end of July 2010.
        given().auth().oauth2(lead).queryParam("kind", "TASK").queryParam("size", 1).get("/api/v1/programmes/" + programme + "/items")
                .then().body("items[0].deadlines[0].dueDate", equalTo("2010-07-31"));
    }

    @Test
    void shouldRefuseAnEmptyOrForeignImport() {
        given().auth().oauth2(lead).contentType("text/tab-separated-values").body("").post("/api/v1/programmes/" + programme + "/imports")
                .then().statusCode(400).contentType("application/problem+json");
        String other = DevTokens.mint("OTHER" + la, "lead@other.gov.uk", "programme-lead");
        given().auth().oauth2(other).contentType("text/tab-separated-values").body(fixture("seed-000-work-programme.tsv"))
                .post("/api/v1/programmes/" + programme + "/imports").then().statusCode(404);
        given().auth().oauth2(DevTokens.mint(la, "sen@" + la, "sen-officer")).contentType("text/tab-separated-values").body("x")
                .post("/api/v1/programmes/" + programme + "/imports").then().statusCode(403);
        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items").then().body("totalItems", equalTo(0));
    }

    /** Issue 13 item 8: pasted text in no known layout was a 500; it is a 400 problem+json naming the file, and writes nothing. */
    @Test
    void shouldRefuseTextInNoKnownLayoutAs400ProblemAndWriteNothing() {
        String unrecognised = "col0\tvalue 0\tmore text in no known layout\ncol1\tvalue 31\tmore text in no known layout\n";
        for (String type : List.of("text/tab-separated-values", "text/csv")) {
            given().auth().oauth2(lead).contentType(type).body(unrecognised).post("/api/v1/programmes/" + programme + "/imports")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.endsWith("import-not-a-plan")).body("errors[0].field", equalTo("file"));
        }
        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items").then().statusCode(200).body("totalItems", equalTo(0));
    }

    /** Issue 13 item 8: a NUL byte in pasted text (PostgreSQL text cannot hold one) is a 400 problem+json, not a 500, and writes nothing. */
    @Test
    void shouldRefusePastedTextWithANulCharacterAs400Problem() {
        String withNul = fixture("seed-000-work-programme.tsv").replace("Special School consortia", "Special School\u0000consortia");
        given().auth().oauth2(lead).contentType("text/tab-separated-values").body(withNul).post("/api/v1/programmes/" + programme + "/imports")
                .then().statusCode(400).contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("NUL"));
        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
