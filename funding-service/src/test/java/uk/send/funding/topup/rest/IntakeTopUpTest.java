package uk.send.funding.topup.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.funding.FundingFixtures;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** End to end through the EHCP intake: a final plan posted by the CMS with an agreed band yields the setting's top-up lines. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class IntakeTopUpTest {

    private final FundingFixtures la = new FundingFixtures("IT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
    private final String cms = DevTokens.mint(la.la, "cms-client", "case-management");
    private final String urn = "5" + (int) (10000 + Math.random() * 89999);

    private BigDecimal topUp() throws Exception {
        String body = given().auth().oauth2(la.finance).queryParam("financialYear", "2025-26").get("/api/v1/payment-statements/" + urn)
                .then().statusCode(200).extract().asString();
        return new ObjectMapper().readTree(body).path("topUp").decimalValue();
    }

    @Test
    void shouldPriceAFinalPlanPostedByTheCaseManagementSystem() throws Exception {
        la.setting(urn, "MAINSTREAM_PRIMARY");
        la.approved("2025-26", "MAINSTREAM", List.of(FundingFixtures.band("B3", "4500.00")));
        Map<String, Object> decision = Map.of("sourceId", "CMS-" + UUID.randomUUID(), "ehcpRef", "EHCP-IT-1", "kind", "FINAL_PLAN_ISSUED",
                "decisionDate", "2025-03-20", "ncy", 4, "settingUrns", List.of(urn), "needTypes", List.of("ASD"),
                "bandCode", "B3", "effectiveDate", "2025-04-01");
        given().auth().oauth2(cms).contentType(ContentType.JSON).body(decision).post("/api/v1/ehcp-decisions").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topUp()).isEqualByComparingTo("4500.00"));
        given().auth().oauth2(la.finance).queryParam("financialYear", "2025-26").queryParam("size", 100)
                .get("/api/v1/payment-statements/" + urn + "/lines").then().statusCode(200)
                .body("totalItems", equalTo(12)).body("items[0].ehcpRef", equalTo("EHCP-IT-1"));
    }
}
