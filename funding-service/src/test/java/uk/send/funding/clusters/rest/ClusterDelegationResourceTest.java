package uk.send.funding.clusters.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.funding.FundingFixtures;
import uk.send.platform.events.Topics;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Delegation to clusters on the real database and broker: two clusters of three schools in all, factors entered as JSON
 * and as CSV, a formula whose thirds do not divide into pennies, what-if, adoption with its event, and tenancy.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class ClusterDelegationResourceTest {

    private final TopicProbe fundingEvents = TopicProbe.of(Topics.FUNDING);
    private final FundingFixtures la = new FundingFixtures("CL" + UUID.randomUUID().toString().substring(0, 6));
    private final String base = String.valueOf(300 + (int) (Math.random() * 600));
    private final String host = base + "001";
    private final String second = base + "002";
    private final String third = base + "003";

    private void setUp() {
        for (String urn : List.of(host, second, third)) {
            la.setting(urn, "MAINSTREAM_PRIMARY");
        }
        cluster("North", host, List.of(second)).then().statusCode(201).body("memberUrns", equalTo(List.of(host, second)));
        cluster("South", third, List.of()).then().statusCode(201);
        given().auth().oauth2(la.finance).contentType(ContentType.JSON)
                .body(List.of(Map.of("urn", host, "pupilsOnRoll", 100, "senSupport", 10, "deprivation", 1), Map.of("urn", second, "pupilsOnRoll", 100,
                        "senSupport", 10, "deprivation", 1)))
                .put("/api/v1/cluster-factors/2026-27").then().statusCode(200).body("written", equalTo(2));
        given().auth().oauth2(la.finance).contentType("text/csv").body("urn,pupils_on_roll,sen_support,deprivation\n" + third + ",100,10,1\n")
                .put("/api/v1/cluster-factors/2026-27.csv").then().statusCode(200).body("written", equalTo(1));
    }

    /** Numbers read as BigDecimal: a float cannot hold 326,666.67. */
    private static JsonPath exact(String json) {
        return new JsonPath(json).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private io.restassured.response.Response cluster(String name, String hostUrn, List<String> members) {
        return given().auth().oauth2(la.finance).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("financialYear", "2026-27", "name", name, "hostUrn", hostUrn, "memberUrns", members)).post("/api/v1/clusters");
    }

    private static Map<String, Object> formula(String name, int pupils, int sen, int deprivation) {
        Map<String, Object> body = new HashMap<>();
        body.put("financialYear", "2026-27");
        body.put("name", name);
        body.put("senBudget", "1000000.00");
        body.put("totalSenBudget", "1200000.00");
        body.put("targetPercent", "85.00");
        body.put("fixedSumPerSchool", "1000.00");
        body.put("contingencyPercent", "2.00");
        body.put("weights", Map.of("pupilsOnRoll", pupils, "senSupport", sen, "deprivation", deprivation));
        return body;
    }

    @Test
    void shouldAllocateTheBudgetToThePennyAndMeasureDelegationAgainstTheTarget() throws Exception {
        setUp();
        JsonPath created = exact(given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(formula("Pupils only", 1, 0, 0))
                .post("/api/v1/cluster-formulas").then().statusCode(201).extract().asString());
        assertThat(new BigDecimal(created.getString("allocation.delegated"))).isEqualByComparingTo("980000.00");
        assertThat(new BigDecimal(created.getString("allocation.contingency"))).isEqualByComparingTo("20000.00");
        // 980,000 / 1,200,000 = 81.67%, short of 85% by 1,020,000 − 980,000.
        assertThat(new BigDecimal(created.getString("allocation.delegationRatePercent"))).isEqualByComparingTo("81.67");
        assertThat(created.getBoolean("allocation.meetsTarget")).isFalse();
        assertThat(new BigDecimal(created.getString("allocation.shortfall"))).isEqualByComparingTo("40000.00");
        assertThat(created.getList("allocation.clusters.name")).containsExactly("North", "South");
        String id = created.getString("formula.id");

        JsonPath rows = exact(given().auth().oauth2(la.officer).get("/api/v1/cluster-formulas/" + id + "/allocations").then().statusCode(200)
                .body("totalItems", equalTo(3)).extract().asString());
        // 1,000 each, then 977,000 in thirds: 326,666.666... each, 979,999.98 cut down to the penny. The fractions are equal, so
        // the two missing pennies go to the two lowest URNs.
        List<BigDecimal> amounts = rows.getList("items.allocation", BigDecimal.class);
        assertThat(amounts).hasSize(3);
        assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("980000.00");
        assertThat(rows.getString("items.find { it.urn == '" + host + "' }.allocation")).isEqualTo("326666.67");
        assertThat(rows.getString("items.find { it.urn == '" + second + "' }.allocation")).isEqualTo("326666.67");
        assertThat(rows.getString("items.find { it.urn == '" + third + "' }.allocation")).isEqualTo("326666.66");
        assertThat(created.getString("allocation.clusters[0].allocation")).isEqualTo("653333.34");
        assertThat(created.getString("allocation.clusters[1].allocation")).isEqualTo("326666.66");

        String csv = given().auth().oauth2(la.finance).get("/api/v1/cluster-formulas/" + id + "/allocations.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines()).hasSize(4).first().isEqualTo("urn,cluster,host_urn,pupils_on_roll,sen_support,deprivation,has_factors,allocation");
        assertThat(csv).contains(host + ",North," + host + ",100,10,1.0000,yes,326666.67");
        byte[] xlsx = given().auth().oauth2(la.finance).get("/api/v1/cluster-formulas/" + id + "/allocations.xlsx").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("Allocations").getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void shouldTryOtherWeightsWithoutStoringAnythingThenAdoptAndPublish() {
        setUp();
        String id = given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(formula("Even", 1, 1, 1))
                .post("/api/v1/cluster-formulas").then().statusCode(201).extract().path("formula.id");
        String before = given().auth().oauth2(la.finance).get("/api/v1/cluster-formulas/" + id).then().statusCode(200).extract().asString();

        Map<String, Object> heavier = formula(null, 0, 0, 1);
        heavier.put("fixedSumPerSchool", "0.00");
        heavier.put("contingencyPercent", "0");
        JsonPath whatIf = exact(given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(heavier).post("/api/v1/cluster-formulas/what-if")
                .then().statusCode(200).extract().asString());
        assertThat(new BigDecimal(whatIf.getString("delegated"))).isEqualByComparingTo("1000000.00");
        assertThat(whatIf.getString("delegationRatePercent")).isEqualTo("83.33");
        given().auth().oauth2(la.finance).queryParam("financialYear", "2026-27").get("/api/v1/cluster-formulas").then().statusCode(200)
                .body("totalItems", equalTo(1));
        assertThat(given().auth().oauth2(la.finance).get("/api/v1/cluster-formulas/" + id).then().statusCode(200).extract().asString()).isEqualTo(before);

        given().auth().oauth2(la.finance).post("/api/v1/cluster-formulas/" + id + "/adoption").then().statusCode(428);
        given().auth().oauth2(la.finance).header("If-Match", "\"0\"").post("/api/v1/cluster-formulas/" + id + "/adoption").then().statusCode(200)
                .body("formula.status", equalTo("ADOPTED")).body("allocation.schools", equalTo(3));
        // Adopted allocations are frozen: new factors change a draft's figures, not the adopted ones.
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(List.of(Map.of("urn", third, "pupilsOnRoll", 900, "senSupport", 10, "deprivation", 1)))
                .put("/api/v1/cluster-factors/2026-27").then().statusCode(200);
        given().auth().oauth2(la.finance).get("/api/v1/cluster-formulas/" + id + "/allocations").then().statusCode(200)
                .body("items.find { it.urn == '" + third + "' }.pupilsOnRoll", equalTo(100));
        given().auth().oauth2(la.finance).header("If-Match", "\"1\"").post("/api/v1/cluster-formulas/" + id + "/adoption").then().statusCode(409);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(fundingEvents.cloudEvents(la.la, "uk.send.funding.cluster-formula.adopted.v1"))
                .singleElement().satisfies(e -> {
                    assertThat(e.path("subject").asText()).isEqualTo("cluster-formula/" + id);
                    assertThat(e.path("data").path("delegated").decimalValue()).isEqualByComparingTo("980000.00");
                    assertThat(e.path("data").path("meetsTarget").asBoolean()).isFalse();
                    assertThat(e.path("data").path("clusters")).hasSize(2);
                    assertThat(e.path("data").path("clusters").get(0).path("hostUrn").asText()).isEqualTo(host);
                }));
    }

    @Test
    void shouldKeepASchoolInOneClusterAYearAndOneLasClustersFromAnother() {
        setUp();
        cluster("East", second, List.of()).then().statusCode(409).contentType("application/problem+json").body("detail", containsString(second));
        cluster("West", "999999", List.of()).then().statusCode(400).body("errors.field", hasItem("memberUrns"));
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(List.of(Map.of("urn", host, "pupilsOnRoll", 10, "senSupport", 11, "deprivation", 1)))
                .put("/api/v1/cluster-factors/2026-27").then().statusCode(400).body("errors.field", hasItem("factors[0].senSupport"));
        Map<String, Object> tooMuch = formula("Too much", 1, 0, 0);
        tooMuch.put("fixedSumPerSchool", "400000.00");
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(tooMuch).post("/api/v1/cluster-formulas").then().statusCode(422);

        String clusterId = given().auth().oauth2(la.finance).queryParam("financialYear", "2026-27").get("/api/v1/clusters").then().statusCode(200)
                .body("totalItems", equalTo(2)).extract().path("items[0].id");
        String formulaId = given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(formula("A's", 1, 0, 0))
                .post("/api/v1/cluster-formulas").then().statusCode(201).extract().path("formula.id");
        FundingFixtures laB = new FundingFixtures("CM" + UUID.randomUUID().toString().substring(0, 6));
        given().auth().oauth2(laB.finance).get("/api/v1/clusters/" + clusterId).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(laB.finance).get("/api/v1/cluster-formulas/" + formulaId).then().statusCode(404);
        given().auth().oauth2(laB.finance).get("/api/v1/cluster-formulas/" + formulaId + "/allocations.csv").then().statusCode(404);
        given().auth().oauth2(laB.finance).header("If-Match", "\"0\"").post("/api/v1/cluster-formulas/" + formulaId + "/adoption").then().statusCode(404);
        given().auth().oauth2(laB.finance).queryParam("financialYear", "2026-27").get("/api/v1/clusters").then().body("totalItems", equalTo(0));
        String school = DevTokens.mint(la.la, "head@a.sch.uk", List.of("school"), host, Duration.ofHours(1));
        given().auth().oauth2(school).get("/api/v1/cluster-formulas/" + formulaId).then().statusCode(403);
    }
}
