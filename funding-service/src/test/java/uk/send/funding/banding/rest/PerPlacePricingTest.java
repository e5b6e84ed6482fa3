package uk.send.funding.banding.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.funding.FundingFixtures;
import uk.send.funding.topup.rest.DecisionLogHelper;
import uk.send.platform.events.EhcpDecisionKind;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A special school priced per place: each place's price is £10,000 place funding plus the top-up of the child in it. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class PerPlacePricingTest {

    private static final String FY = "2025-26";
    private final FundingFixtures la = new FundingFixtures("PP" + UUID.randomUUID().toString().substring(0, 6));
    private final String special = "2" + (int) (10000 + Math.random() * 89999);

    @Inject
    DecisionLogHelper log;

    private Map<String, Object> perPlace(String category, List<Map<String, Object>> bands) {
        Map<String, Object> body = new HashMap<>();
        body.put("financialYear", FY);
        body.put("category", category);
        body.put("pricing", "PER_PLACE");
        body.put("placeValue", "10000.00");
        body.put("bands", bands);
        return body;
    }

    private String createPerPlace() {
        return given().auth().oauth2(la.finance).contentType(ContentType.JSON)
                .body(perPlace("SPECIAL", List.of(FundingFixtures.band("P1", "19500.00"), FundingFixtures.band("P2", "26000.00"))))
                .post("/api/v1/banding-schemes").then().statusCode(201)
                .body("pricing", equalTo("PER_PLACE")).body("placeValue", equalTo(10000.0f))
                .body("bands[0].annualValue", equalTo(19500.0f)).body("bands[0].topUp", equalTo(9500.0f))
                .body("bands[1].topUp", equalTo(16000.0f)).extract().path("id");
    }

    private JsonPath statement(String token) {
        return given().auth().oauth2(token).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + special)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldPayAPlacesPriceAsPlaceFundingPlusTheChildsTopUp() {
        la.setting(special, "SPECIAL");
        la.approve(createPerPlace());
        for (String year : List.of("2024-25", "2025-26")) {
            given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("places", 10))
                    .put("/api/v1/commissioned-places/" + special + "/" + year).then().statusCode(200);
        }
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "EHCP-PP1", LocalDate.parse("2025-03-20"),
                LocalDate.parse("2025-04-01"), special, "P1"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(statement(la.finance).getString("topUp")).isEqualTo("9500.0"));
        String school = DevTokens.mint(la.la, "head@pp.sch.uk", List.of("school"), special, Duration.ofHours(1));
        JsonPath s = statement(school);
        assertThat(s.getString("pricing")).isEqualTo("PER_PLACE");
        assertThat(s.getString("placeValue")).isEqualTo("10000.0");
        assertThat(s.getString("placeFunding")).isEqualTo("100000.0");
        assertThat(s.getString("total")).isEqualTo("109500.0");
        given().auth().oauth2(la.finance).queryParam("financialYear", FY).get("/api/v1/ehcps/EHCP-PP1/top-up").then().statusCode(200)
                .body("total", equalTo(9500.0f)).body("lines[0].bandCode", equalTo("P1"));
    }

    @Test
    void shouldKeepPerPlacePricingThroughAnUplift() {
        String id = createPerPlace();
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("percentage", 2, "rounding", "NEAREST_POUND"))
                .post("/api/v1/banding-schemes/" + id + "/uplift").then().statusCode(201)
                .body("financialYear", equalTo("2026-27")).body("pricing", equalTo("PER_PLACE")).body("placeValue", equalTo(10000.0f))
                .body("bands[0].annualValue", equalTo(19890.0f)).body("bands[0].topUp", equalTo(9890.0f));
    }

    @Test
    void shouldRefusePerPlacePricingOfAMainstreamSchemeOrAPlaceBelowItsPlaceValue() {
        given().auth().oauth2(la.finance).contentType(ContentType.JSON)
                .body(perPlace("MAINSTREAM", List.of(FundingFixtures.band("P1", "19500.00"))))
                .post("/api/v1/banding-schemes").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("pricing"));
        given().auth().oauth2(la.finance).contentType(ContentType.JSON)
                .body(perPlace("SPECIAL", List.of(FundingFixtures.band("P1", "9000.00"))))
                .post("/api/v1/banding-schemes").then().statusCode(400)
                .body("errors[0].field", equalTo("bands[0].annualValue"));
        given().auth().oauth2(la.finance).queryParam("category", "SPECIAL").get("/api/v1/banding-schemes").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
