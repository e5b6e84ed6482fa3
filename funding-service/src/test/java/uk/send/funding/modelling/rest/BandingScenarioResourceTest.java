package uk.send.funding.modelling.rest;

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
import uk.send.funding.topup.rest.DecisionLogHelper;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.Topics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
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
 * Banding scenarios over an LA's EHCPs on the real database and broker: a loser (4 × B2), two gainers
 * (10 × B1, 3 × B1) under two mainstream bands M1 £2,000 / M2 £4,000; no loss in year 1, 2.5% in year 2, paid
 * for by a cap on gains to the penny.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class BandingScenarioResourceTest {

    private static final String PATH = "/api/v1/banding-scenarios";
    private final TopicProbe fundingEvents = TopicProbe.of(Topics.FUNDING);
    private final FundingFixtures la = new FundingFixtures("SC" + UUID.randomUUID().toString().substring(0, 6));
    private final String loser = urn(1);
    private final String bigGainer = urn(2);
    private final String smallGainer = urn(3);

    @Inject
    DecisionLogHelper log;

    private static String urn(int prefix) {
        return prefix + String.valueOf((int) (10000 + Math.random() * 89999));
    }

    private void ehcps(String urn, String band, int n) {
        for (int i = 0; i < n; i++) {
            log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "EHCP-" + urn + "-" + i, LocalDate.parse("2025-03-20"),
                    LocalDate.parse("2025-04-01"), urn, band));
        }
    }

    private void setUp() {
        la.setting(loser, "MAINSTREAM_PRIMARY");
        la.setting(bigGainer, "MAINSTREAM_PRIMARY");
        la.setting(smallGainer, "MAINSTREAM_SECONDARY");
        la.approved("2025-26", "MAINSTREAM", List.of(FundingFixtures.band("B1", "1600.00"), FundingFixtures.band("B2", "3100.00"),
                FundingFixtures.band("B3", "4500.00")));
        ehcps(loser, "B2", 4);
        ehcps(bigGainer, "B1", 10);
        ehcps(smallGainer, "B1", 3);
    }

    private static Map<String, Object> scenario(String name, Map<String, Object> protection) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("financialYear", "2026-27");
        body.put("asAt", "2026-03-31");
        body.put("bands", Map.of("MAINSTREAM", List.of(FundingFixtures.band("M1", "2000.00"), FundingFixtures.band("M2", "4000.00"))));
        body.put("bandMapping", Map.of("MAINSTREAM", Map.of("B1", "M1", "B2", "M1", "B3", "M2")));
        body.put("protection", protection);
        return body;
    }

    private static Map<String, Object> mfg() {
        return Map.of("year1MaxLossPercent", 0, "year2MaxLossPercent", 2.5, "capGains", true);
    }

    private JsonPath create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post(PATH).then().statusCode(201).extract().jsonPath();
    }

    @Test
    void shouldModelEverySettingNowAndProposedWithACostNeutralProtection() throws Exception {
        setUp();
        JsonPath s = create(la.finance, scenario("Two mainstream bands with MFG", mfg()));
        assertThat(s.getInt("ehcps")).isEqualTo(17);
        assertThat(new BigDecimal(s.getString("totalNow"))).isEqualByComparingTo("33200.00");
        assertThat(new BigDecimal(s.getString("totalProposed"))).isEqualByComparingTo("34000.00");
        assertThat(s.getInt("adverselyAffected")).isEqualTo(1);
        assertThat(new BigDecimal(s.getString("protection[0].floorCost"))).isEqualByComparingTo("4400.00");
        assertThat(new BigDecimal(s.getString("protection[0].capRaised"))).isEqualByComparingTo("4400.00");
        assertThat(new BigDecimal(s.getString("protection[0].netCost"))).isEqualByComparingTo("0.00");
        assertThat(new BigDecimal(s.getString("protection[1].floorCost"))).isEqualByComparingTo("4090.00");
        assertThat(new BigDecimal(s.getString("protection[1].netCost"))).isEqualByComparingTo("0.00");
        String id = s.getString("scenario.id");

        JsonPath rows = given().auth().oauth2(la.finance).queryParam("size", 2).get(PATH + "/" + id + "/settings").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).extract().jsonPath();
        assertThat(rows.getString("items[0].settingUrn")).isEqualTo(loser);
        assertThat(new BigDecimal(rows.getString("items[0].change"))).isEqualByComparingTo("-4400.00");
        assertThat(new BigDecimal(rows.getString("items[0].changePercent"))).isEqualByComparingTo("-35.48");
        assertThat(new BigDecimal(rows.getString("items[0].year1Protection"))).isEqualByComparingTo("4400.00");
        assertThat(new BigDecimal(rows.getString("items[0].year2Protection"))).isEqualByComparingTo("4090.00");

        String csv = given().auth().oauth2(la.finance).get(PATH + "/" + id + "/settings.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).contains(bigGainer + ",MAINSTREAM_PRIMARY,10,16000.00,20000.00,4000.00,25.00,no,0,0.00,3384.62,0.00,3146.15");
        assertThat(csv).contains(smallGainer + ",MAINSTREAM_SECONDARY,3,4800.00,6000.00,1200.00,25.00,no,0,0.00,1015.38,0.00,943.85");

        byte[] pack = given().auth().oauth2(la.finance).get(PATH + "/" + id + "/forum-pack.xlsx").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(pack))) {
            assertThat(List.of(wb.getSheetAt(0).getSheetName(), wb.getSheetAt(1).getSheetName(), wb.getSheetAt(2).getSheetName(),
                    wb.getSheetAt(3).getSheetName(), wb.getSheetAt(4).getSheetName()))
                    .containsExactly("Summary", "Settings", "Protection", "Distribution", "Assumptions");
            assertThat(wb.getSheet("Settings").getLastRowNum()).isEqualTo(3);
            assertThat(wb.getSheet("Settings").getRow(1).getCell(0).getStringCellValue()).isEqualTo(loser);
            assertThat(wb.getSheet("Settings").getRow(1).getCell(5).getNumericCellValue()).isEqualTo(-4400.0);
            assertThat(wb.getSheet("Protection").getLastRowNum()).isEqualTo(3);
            assertThat(wb.getSheet("Distribution").getDrawingPatriarch().getCharts()).hasSize(1);
            // One loser over 10% (−35.48%), two gainers over 10% (+25%).
            assertThat(wb.getSheet("Distribution").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(wb.getSheet("Distribution").getRow(9).getCell(1).getNumericCellValue()).isEqualTo(2.0);
        }

        Map<String, Object> uplift = new HashMap<>(scenario("Two bands plus 3%", null));
        uplift.put("uplift", Map.of("percentage", 3.0));
        String other = create(la.finance, uplift).getString("scenario.id");
        given().auth().oauth2(la.finance).queryParam("id", id, other).get(PATH + "/comparison").then().statusCode(200)
                .body("scenarios.scenario.name", equalTo(List.of("Two mainstream bands with MFG", "Two bands plus 3%")))
                .body("scenarios[1].totalProposed", equalTo(35020.0f));
        given().auth().oauth2(la.finance).get(PATH).then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void shouldGrantProtectionAsPaymentLinesForTwoYearsAndPublishIt() {
        setUp();
        JsonPath s = create(la.finance, scenario("Granted MFG", mfg()));
        String id = s.getString("scenario.id");
        given().auth().oauth2(la.finance).post(PATH + "/" + id + "/grant").then().statusCode(428);
        String etag = given().auth().oauth2(la.finance).get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(la.finance).header("If-Match", etag).post(PATH + "/" + id + "/grant").then().statusCode(200)
                .body("protectionLinesWritten", equalTo(72)).body("adverselyAffectedPublished", equalTo(1))
                .body("scenario.scenario.status", equalTo("GRANTED"));
        given().auth().oauth2(la.finance).header("If-Match", "*").post(PATH + "/" + id + "/grant").then().statusCode(409)
                .contentType("application/problem+json");

        for (String fy : List.of("2026-27", "2027-28")) {
            JsonPath lines = given().auth().oauth2(la.finance).queryParam("financialYear", fy).queryParam("size", 100)
                    .get("/api/v1/payment-statements/" + loser + "/lines").then().statusCode(200).extract().jsonPath();
            List<Float> amounts = lines.getList("items.findAll { it.element == 'PROTECTION' }.amount", Float.class);
            assertThat(amounts).hasSize(12);
            BigDecimal total = amounts.stream().map(a -> new BigDecimal(a.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total).isEqualByComparingTo(fy.equals("2026-27") ? "4400.00" : "4090.00");
        }
        given().auth().oauth2(la.finance).queryParam("financialYear", "2026-27").queryParam("size", 100)
                .get("/api/v1/payment-statements/" + bigGainer + "/lines").then().statusCode(200)
                .body("items.reason", hasItem("gains cap under banding scenario 'Granted MFG', year 1"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(fundingEvents.cloudEvents(la.la, "uk.send.funding.banding-scenario.setting-adversely-affected.v1")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.path("data").path("settingUrn").asText()).isEqualTo(loser);
                        assertThat(e.path("data").path("change").decimalValue()).isEqualByComparingTo("-4400.00");
                        assertThat(e.path("data").toString()).doesNotContain("EHCP-");
                    });
            assertThat(fundingEvents.cloudEvents(la.la, "uk.send.funding.banding-scenario.protection-granted.v1")).hasSize(3)
                    .anySatisfy(e -> {
                        assertThat(e.path("data").path("settingUrn").asText()).isEqualTo(bigGainer);
                        assertThat(e.path("data").path("year1CapDeduction").decimalValue()).isEqualByComparingTo("3384.62");
                    });
        });
    }

    @Test
    void shouldNeverShowOneLasScenariosToAnotherAndRefuseBadInput() {
        setUp();
        String id = create(la.finance, scenario("LA A only", mfg())).getString("scenario.id");
        FundingFixtures laB = new FundingFixtures("SD" + UUID.randomUUID().toString().substring(0, 6));
        given().auth().oauth2(laB.finance).get(PATH + "/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(laB.finance).get(PATH + "/" + id + "/settings").then().statusCode(404);
        given().auth().oauth2(laB.finance).get(PATH + "/" + id + "/settings.csv").then().statusCode(404);
        given().auth().oauth2(laB.finance).get(PATH + "/" + id + "/forum-pack.xlsx").then().statusCode(404);
        given().auth().oauth2(laB.finance).header("If-Match", "*").post(PATH + "/" + id + "/grant").then().statusCode(404);
        given().auth().oauth2(laB.finance).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        String school = DevTokens.mint(la.la, "head@a.sch.uk", List.of("school"), loser, Duration.ofHours(1));
        given().auth().oauth2(school).get(PATH + "/" + id).then().statusCode(403);

        given().auth().oauth2(la.finance).contentType(ContentType.JSON)
                .body(scenario("Taper the wrong way", Map.of("year1MaxLossPercent", 3, "year2MaxLossPercent", 1, "capGains", false)))
                .post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("protection.year2MaxLossPercent"));
        given().auth().oauth2(la.finance).get(PATH).then().body("totalItems", equalTo(1));
    }
}
