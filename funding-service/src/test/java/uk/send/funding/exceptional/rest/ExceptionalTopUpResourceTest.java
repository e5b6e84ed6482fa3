package uk.send.funding.exceptional.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.PostgresServer;
import uk.send.devstack.TopicProbe;
import uk.send.funding.FundingFixtures;
import uk.send.platform.events.Topics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Exceptional top-ups without an EHCP on the real database and broker: schools apply, the panel decides, spend counts
 * against the year's budget, and the month's approved total is published for a programme KPI.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class ExceptionalTopUpResourceTest {

    private static final String PATH = "/api/v1/exceptional-top-ups";
    private final TopicProbe fundingEvents = TopicProbe.of(Topics.FUNDING);
    private final FundingFixtures la = new FundingFixtures("EX" + UUID.randomUUID().toString().substring(0, 6));
    private final String urnA = String.valueOf(400000 + (int) (Math.random() * 99999));
    private final String urnB = String.valueOf(500000 + (int) (Math.random() * 99999));
    private final String schoolA = DevTokens.mint(la.la, "head@a.sch.uk", List.of("school"), urnA, Duration.ofHours(1));
    private final String schoolB = DevTokens.mint(la.la, "head@b.sch.uk", List.of("school"), urnB, Duration.ofHours(1));

    private static JsonPath exact(String json) {
        return new JsonPath(json).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private void criterion() {
        given().auth().oauth2(la.officer).contentType(ContentType.JSON).body(Map.of("code", "TRAUMA", "description", "Recent trauma or bereavement"))
                .post("/api/v1/exceptional-criteria").then().statusCode(201).body("active", equalTo(true));
    }

    private static Map<String, Object> application(String pupilRef, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("pupilRef", pupilRef);
        body.put("criterionCode", "TRAUMA");
        body.put("evidence", "Sudden bereavement; daily 1:1 support since January");
        body.put("amount", amount);
        body.put("periodFrom", "2026-04-01");
        body.put("periodTo", "2026-07-31");
        return body;
    }

    private io.restassured.response.Response apply(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(PATH);
    }

    private String applied(String token, String pupilRef, String amount) {
        return apply(token, application(pupilRef, amount)).then().statusCode(201).body("status", equalTo("APPLIED")).extract().path("id");
    }

    private io.restassured.response.Response decide(String id, Map<String, Object> decision) {
        String etag = given().auth().oauth2(la.officer).get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(la.officer).header("If-Match", etag).contentType(ContentType.JSON).body(decision).post(PATH + "/" + id + "/decision");
    }

    @Test
    void shouldDecideWithReasonsAndFlagSpendOverTheYearsBudget() {
        criterion();
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("amount", "5000.00")).put("/api/v1/exceptional-budgets/2026-27")
                .then().statusCode(200).header("ETag", "\"0\"").body("remaining", equalTo(5000.0f));
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("amount", "9000.00")).put("/api/v1/exceptional-budgets/2026-27")
                .then().statusCode(428);
        given().auth().oauth2(la.finance).get("/api/v1/exceptional-budgets/2026-27").then().statusCode(200).header("ETag", "\"0\"")
                .body("budget", equalTo(5000.0f));

        apply(schoolA, application("Jane Smith", "100.00")).then().statusCode(400).body("errors.field", hasItem("pupilRef"));
        Map<String, Object> unknown = application("PUP-0001", "100.00");
        unknown.put("criterionCode", "HUNGER");
        apply(schoolA, unknown).then().statusCode(400).body("errors.field", hasItem("criterionCode"));
        Map<String, Object> twoYears = application("PUP-0001", "100.00");
        twoYears.put("periodTo", "2027-04-30");
        apply(schoolA, twoYears).then().statusCode(400).body("errors.field", hasItem("periodTo"));
        given().auth().oauth2(la.officer).contentType(ContentType.JSON).body(application("PUP-0001", "100.00")).post(PATH).then().statusCode(403);

        String a = applied(schoolA, "PUP-2026-0193", "4500.00");
        String b = applied(schoolB, "PUP-2026-0007", "2500.00");

        decide(a, Map.of("outcome", "REFUSED")).then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("reasons"));
        decide(a, Map.of("outcome", "APPROVED", "amount", "3000.00")).then().statusCode(400).body("errors.field", hasItem("reasons"));
        given().auth().oauth2(la.officer).get(PATH + "/" + a).then().body("status", equalTo("APPLIED")).body("version", equalTo(0));

        JsonPath first = exact(decide(a, Map.of("outcome", "APPROVED", "amount", "3000.00", "reasons", "Summer term only")).then().statusCode(200)
                .extract().asString());
        assertThat(first.getString("application.amountApproved")).isEqualTo("3000.00");
        assertThat(first.getString("budget.remaining")).isEqualTo("2000.00");
        assertThat(first.getBoolean("budget.overspent")).isFalse();
        JsonPath second = exact(decide(b, Map.of("outcome", "APPROVED")).then().statusCode(200).extract().asString());
        assertThat(second.getString("application.amountApproved")).isEqualTo("2500.00");
        assertThat(second.getString("budget.committed")).isEqualTo("5500.00");
        assertThat(second.getString("budget.remaining")).isEqualTo("-500.00");
        assertThat(second.getBoolean("budget.overspent")).isTrue();
        decide(b, Map.of("outcome", "REFUSED", "reasons", "again")).then().statusCode(409);
        given().auth().oauth2(la.finance).get("/api/v1/exceptional-budgets/2026-27").then().statusCode(200)
                .body("approvals", equalTo(2)).body("overspent", equalTo(true));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(fundingEvents.cloudEvents(la.la, "uk.send.funding.exceptional-top-up.applied.v1")).hasSize(2)
                    .allSatisfy(e -> assertThat(e.toString()).doesNotContain("PUP-2026").doesNotContain("bereavement"));
            assertThat(fundingEvents.cloudEvents(la.la, "uk.send.funding.exceptional-top-up.decided.v1")).hasSize(2)
                    .anySatisfy(e -> {
                        assertThat(e.path("data").path("settingUrn").asText()).isEqualTo(urnB);
                        assertThat(e.path("data").path("budgetOverspent").asBoolean()).isTrue();
                        assertThat(e.path("data").path("remaining").decimalValue()).isEqualByComparingTo("-500.00");
                    });
        });
    }

    @Test
    void shouldNeverShowAnApplicationToAnotherSchoolOrAnotherLa() {
        criterion();
        String a = applied(schoolA, "PUP-0042", "1200.00");
        applied(schoolB, "PUP-0043", "800.00");
        given().auth().oauth2(schoolA).get(PATH + "/" + a).then().statusCode(200).body("pupilRef", equalTo("PUP-0042"));
        given().auth().oauth2(schoolB).get(PATH + "/" + a).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(schoolB).get(PATH).then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].settingUrn", equalTo(urnB));
        given().auth().oauth2(schoolB).queryParam("settingUrn", urnA).get(PATH).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].settingUrn", equalTo(urnB));
        given().auth().oauth2(schoolB).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("outcome", "APPROVED"))
                .post(PATH + "/" + a + "/decision").then().statusCode(403);
        given().auth().oauth2(la.officer).get(PATH).then().statusCode(200).body("totalItems", equalTo(2));

        FundingFixtures laB = new FundingFixtures("EY" + UUID.randomUUID().toString().substring(0, 6));
        given().auth().oauth2(laB.officer).get(PATH + "/" + a).then().statusCode(404);
        given().auth().oauth2(laB.officer).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("outcome", "APPROVED"))
                .post(PATH + "/" + a + "/decision").then().statusCode(404);
        given().auth().oauth2(laB.officer).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        String otherLaSchool = DevTokens.mint(laB.la, "head@a.sch.uk", List.of("school"), urnA, Duration.ofHours(1));
        given().auth().oauth2(otherLaSchool).get(PATH + "/" + a).then().statusCode(404);
        given().auth().oauth2(la.officer).get(PATH + "/" + a).then().body("status", equalTo("APPLIED"));
    }

    @Test
    void shouldPublishAnEndedMonthsApprovedSpendOnceForTheKpi() throws Exception {
        criterion();
        String a = applied(schoolA, "PUP-0100", "1234.56");
        String b = applied(schoolB, "PUP-0101", "1000.00");
        decide(a, Map.of("outcome", "APPROVED")).then().statusCode(200);
        decide(b, Map.of("outcome", "REFUSED", "reasons", "Needs are met from the school's SEN support")).then().statusCode(200);
        YearMonth now = YearMonth.now(ZoneId.of("Europe/London"));
        YearMonth last = now.minusMonths(1);
        // The panel met last month: the approval's decision day moves back into it.
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty(DevstackTestResource.POSTGRES_PORT_PROPERTY)
                + "/funding", PostgresServer.USER, PostgresServer.PASSWORD);
             PreparedStatement s = db.prepareStatement("update exceptional_application set decided_at = ? where tenant = ?")) {
            s.setTimestamp(1, java.sql.Timestamp.from(last.atDay(15).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
            s.setString(2, la.la);
            assertThat(s.executeUpdate()).isEqualTo(2);
        }

        given().auth().oauth2(la.finance).post("/api/v1/exceptional-spend/" + now + "/publication").then().statusCode(400)
                .body("errors.field", hasItem("month"));
        given().auth().oauth2(la.finance).post("/api/v1/exceptional-spend/" + last + "/publication").then().statusCode(200)
                .body("published", equalTo(true)).body("total", equalTo(1234.56f)).body("approvals", equalTo(1));
        given().auth().oauth2(la.finance).post("/api/v1/exceptional-spend/" + last + "/publication").then().statusCode(200)
                .body("published", equalTo(false)).body("total", equalTo(1234.56f));
        given().auth().oauth2(la.officer).get("/api/v1/exceptional-spend/" + now).then().statusCode(200).body("approvals", equalTo(0));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                fundingEvents.cloudEvents(la.la, "uk.send.funding.exceptional-spend.month-totalled.v1")).singleElement().satisfies(e -> {
                    assertThat(e.path("data").path("la").asText()).isEqualTo(la.la);
                    assertThat(e.path("data").path("month").asText()).isEqualTo(last.toString());
                    assertThat(e.path("data").path("total").decimalValue()).isEqualByComparingTo("1234.56");
                }));
    }
}
