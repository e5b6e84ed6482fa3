package uk.send.funding.topup.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.funding.FundingFixtures;
import uk.send.platform.events.EhcpDecisionKind;
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
import static org.hamcrest.Matchers.hasSize;

/** Decisions in the log and bands agreed become setting's top-up lines, on the real database and broker. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class TopUpFlowTest {

    private static final String FY = "2025-26";
    private final TopicProbe fundingEvents = TopicProbe.of(Topics.FUNDING);
    private final FundingFixtures la = new FundingFixtures("TU" + UUID.randomUUID().toString().substring(0, 6));
    private final String mainstream = "1" + (int) (10000 + Math.random() * 89999);
    private final String special = "2" + (int) (10000 + Math.random() * 89999);

    @Inject
    DecisionLogHelper log;

    private void schemes() {
        la.setting(mainstream, "MAINSTREAM_PRIMARY");
        la.setting(special, "SPECIAL");
        la.approved(FY, "MAINSTREAM", List.of(FundingFixtures.band("B2", "3000.00"), FundingFixtures.band("B3", "4500.00")));
        la.approved(FY, "SPECIAL", List.of(FundingFixtures.band("B3", "12000.00")));
    }

    private JsonPath statement(String token, String urn) {
        return given().auth().oauth2(token).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + urn)
                .then().statusCode(200).extract().jsonPath();
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void shouldTurnAFinalPlanWithAnAgreedBandIntoTheSettingsTopUpLines() {
        schemes();
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "EHCP-1", d("2025-03-20"), d("2025-04-01"), mainstream, "B3"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(statement(la.finance, mainstream).getString("topUp")).isEqualTo("4500.0"));
        JsonPath s = statement(la.finance, mainstream);
        assertThat(s.getList("periods")).hasSize(12);
        assertThat(s.getList("periods.topUp", Float.class)).containsOnly(375.0f);
        given().auth().oauth2(la.finance).queryParam("financialYear", FY).queryParam("size", 100)
                .get("/api/v1/payment-statements/" + mainstream + "/lines").then().statusCode(200)
                .body("totalItems", equalTo(12)).body("items[0].ehcpRef", equalTo("EHCP-1")).body("items[0].element", equalTo("TOP_UP"))
                .body("items[0].amount", equalTo(375.0f));
        given().auth().oauth2(la.finance).queryParam("financialYear", FY).get("/api/v1/ehcps/EHCP-1/top-up").then().statusCode(200)
                .body("total", equalTo(4500.0f)).body("lines", hasSize(12)).body("lines[0].bandCode", equalTo("B3"))
                .body("lines[0].yearUnits", equalTo(12)).body("method", equalTo("WHOLE_MONTHS"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> changed = fundingEvents.cloudEvents(la.la, "uk.send.funding.payment-schedule.changed.v1");
            assertThat(changed).anySatisfy(e -> {
                assertThat(e.path("data").path("settingUrn").asText()).isEqualTo(mainstream);
                assertThat(e.path("data").path("change").decimalValue()).isEqualByComparingTo("4500.00");
                assertThat(e.path("data").path("financialYear").asText()).isEqualTo(FY);
            });
        });
    }

    @Test
    void shouldSplitTopUpAtAMidYearMoveWithNothingPaidTwice() {
        schemes();
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "EHCP-2", d("2025-03-20"), d("2025-04-01"), mainstream, "B3"));
        // Moves to the special school from 15 October: October (17 of 31 days there) goes to the special school.
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.AMENDED_PLAN_ISSUED, "EHCP-2", d("2025-10-01"), d("2025-10-15"), special, null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(statement(la.finance, special).getString("topUp")).isEqualTo("6000.0"));
        assertThat(statement(la.finance, mainstream).getString("topUp")).isEqualTo("2250.0");
        given().auth().oauth2(la.finance).get("/api/v1/payment-schedules/" + FY).then().statusCode(200).body("total", equalTo(8250.0f));
        given().auth().oauth2(la.finance).get("/api/v1/payment-schedules/" + FY + "/settings").then().statusCode(200)
                .body("totalItems", equalTo(2));
    }

    @Test
    void shouldAdjustPaidMonthsWhenTheBandIsChangedBackToApril() {
        schemes();
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "EHCP-3", d("2025-03-20"), d("2025-04-01"), mainstream, "B2"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(statement(la.finance, mainstream).getString("topUp")).isEqualTo("3000.0"));
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("paidThrough", "2025-06"))
                .post("/api/v1/payment-schedules/" + FY + "/close").then().statusCode(200).body("paidThrough", equalTo("2025-06"));

        given().auth().oauth2(la.officer).contentType(ContentType.JSON)
                .body(Map.of("bandCode", "B3", "effectiveFrom", "2025-04-01", "panelDate", "2025-07-02"))
                .post("/api/v1/ehcps/EHCP-3/bands").then().statusCode(201)
                .body("previousBand", equalTo("B2")).body("scheduleChange.adjustments", equalTo(3));

        JsonPath s = statement(la.finance, mainstream);
        assertThat(s.getString("total")).isEqualTo("4500.0");
        assertThat(s.getString("adjustments")).isEqualTo("375.0");
        // April to June stay as paid (250 each); July pays 375 plus three adjustments of 125.
        assertThat(s.getList("periods.total", Float.class)).containsExactly(250f, 250f, 250f, 750f, 375f, 375f, 375f, 375f, 375f, 375f, 375f, 375f);
        given().auth().oauth2(la.finance).queryParam("financialYear", FY).queryParam("size", 100)
                .get("/api/v1/payment-statements/" + mainstream + "/lines").then().statusCode(200)
                .body("items.findAll { it.adjustment }.reason", equalTo(List.of(
                        "SEN panel of 2025-07-02 agreed band B2 → B3 from 2025-04-01",
                        "SEN panel of 2025-07-02 agreed band B2 → B3 from 2025-04-01",
                        "SEN panel of 2025-07-02 agreed band B2 → B3 from 2025-04-01")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(fundingEvents.cloudEvents(la.la, "uk.send.funding.band.changed.v1"))
                        .anySatisfy(e -> assertThat(e.path("data").path("previousBandCode").asText()).isEqualTo("B2")));
    }

    @Test
    void shouldNeverShowOneLasOrSchoolsMoneyToAnother() {
        schemes();
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "EHCP-4", d("2025-03-20"), d("2025-04-01"), mainstream, "B3"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(statement(la.finance, mainstream).getString("topUp")).isEqualTo("4500.0"));

        String ownSchool = DevTokens.mint(la.la, "head@a.sch.uk", List.of("school"), mainstream, Duration.ofHours(1));
        assertThat(statement(ownSchool, mainstream).getString("total")).isEqualTo("4500.0");
        String schoolB = DevTokens.mint(la.la, "head@b.sch.uk", List.of("school"), special, Duration.ofHours(1));
        given().auth().oauth2(schoolB).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + mainstream).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(schoolB).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + mainstream + "/lines").then().statusCode(404);
        given().auth().oauth2(schoolB).get("/api/v1/payment-schedules/" + FY).then().statusCode(403);

        FundingFixtures laB = new FundingFixtures("TB" + UUID.randomUUID().toString().substring(0, 6));
        given().auth().oauth2(laB.finance).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + mainstream).then().statusCode(404);
        given().auth().oauth2(laB.finance).get("/api/v1/payment-schedules/" + FY).then().statusCode(200).body("total", equalTo(0.0f));
        given().auth().oauth2(laB.finance).queryParam("financialYear", FY).get("/api/v1/ehcps/EHCP-4/top-up").then().statusCode(404);
        String schoolOfB = DevTokens.mint(laB.la, "head@b.sch.uk", List.of("school"), mainstream, Duration.ofHours(1));
        given().auth().oauth2(schoolOfB).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + mainstream).then().statusCode(404);
    }
}
