package uk.send.funding.appeals.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.funding.FundingFixtures;
import uk.send.funding.appeals.service.BandAppealService;
import uk.send.funding.topup.rest.DecisionLogHelper;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.Topics;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
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

/** Scheme rules, uplift, band appeals, place funding and exports, on the real database and broker. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class BandingAppealsExportsTest {

    private static final String FY = "2025-26";
    private final TopicProbe fundingEvents = TopicProbe.of(Topics.FUNDING);
    private final FundingFixtures la = new FundingFixtures("AP" + UUID.randomUUID().toString().substring(0, 6));
    private final String school = "3" + (int) (10000 + Math.random() * 89999);
    private final String special = "4" + (int) (10000 + Math.random() * 89999);

    @Inject
    DecisionLogHelper log;
    @Inject
    BandAppealService appeals;

    private static Map<String, Object> matrix() {
        return Map.of("version", 1, "areas", List.of(Map.of("code", "CI", "weight", 2), Map.of("code", "SEMH", "weight", 3)),
                "thresholds", List.of(Map.of("minScore", 0, "bandCode", "B2"), Map.of("minScore", 10, "bandCode", "B3")));
    }

    /** The statement's total, read exactly (not through a float). */
    private BigDecimal statementTotal(String urn) throws Exception {
        String body = given().auth().oauth2(la.finance).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + urn)
                .then().statusCode(200).extract().asString();
        return new ObjectMapper().readTree(body).path("total").decimalValue();
    }

    @Test
    void shouldRefuseABrokenSchemeAndNeverEditAnApprovedOne() {
        Map<String, Object> body = new HashMap<>();
        body.put("financialYear", FY);
        body.put("category", "MAINSTREAM");
        body.put("bands", List.of(FundingFixtures.band("B1", "1600.00"), FundingFixtures.band("B1", "3100.00")));
        body.put("matrix", matrix());
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(body).post("/api/v1/banding-schemes").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("bands[1].code"))
                .body("errors.field", hasItem("matrix.thresholds[0].bandCode"));
        given().auth().oauth2(la.finance).get("/api/v1/banding-schemes").then().statusCode(200).body("totalItems", equalTo(0));

        String v1 = la.approved(FY, "MAINSTREAM", List.of(FundingFixtures.band("B2", "3100.00"), FundingFixtures.band("B3", "4500.00")));
        Map<String, Object> edit = new HashMap<>(body);
        edit.put("bands", List.of(FundingFixtures.band("B2", "9999.00")));
        edit.remove("matrix");
        given().auth().oauth2(la.finance).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(edit)
                .put("/api/v1/banding-schemes/" + v1).then().statusCode(409);
        // A second version from 1 September is approved; one from before the first version's date is refused.
        String v2 = la.draft(FY, "MAINSTREAM", "2025-09-01", List.of(FundingFixtures.band("B2", "3200.00")), null);
        la.approve(v2);
        String early = la.draft(FY, "MAINSTREAM", "2025-04-01", List.of(FundingFixtures.band("B2", "1.00")), null);
        given().auth().oauth2(la.finance).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("forumMinute", "SF-9"))
                .post("/api/v1/banding-schemes/" + early + "/approval").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(la.finance).queryParam("status", "APPROVED").get("/api/v1/banding-schemes").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items[0].version", equalTo(2)).body("items[0].effectiveFrom", equalTo("2025-09-01"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(fundingEvents.cloudEvents(la.la, "uk.send.funding.banding-scheme.approved.v1")).hasSize(2));
    }

    @Test
    void shouldUpliftIntoANextYearDraftWithTheRoundingStated() {
        String v1 = la.approved(FY, "SPECIAL", List.of(FundingFixtures.band("S1", "11796.00"), FundingFixtures.band("S2", "1234.01")));
        String next = given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("percentage", 2.5, "rounding", "NEAREST_POUND"))
                .post("/api/v1/banding-schemes/" + v1 + "/uplift").then().statusCode(201)
                .body("financialYear", equalTo("2026-27")).body("status", equalTo("DRAFT"))
                .body("upliftRule", equalTo("+2.5% per band, rounded NEAREST_POUND"))
                .body("bands.annualValue", equalTo(List.of(12091.0f, 1265.0f))).extract().path("id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(fundingEvents.cloudEvents(la.la, "uk.send.funding.banding-scheme.uplifted.v1"))
                        .anySatisfy(e -> assertThat(e.path("data").path("schemeId").asText()).isEqualTo(next)));
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("percentage", 3, "flatAmount", 100))
                .post("/api/v1/banding-schemes/" + v1 + "/uplift").then().statusCode(400).contentType("application/problem+json");

        String bands = given().auth().oauth2(la.finance).queryParam("format", "csv").get("/api/v1/banding-schemes/" + next + "/export")
                .then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", containsString("bands-2026-27-SPECIAL")).extract().asString();
        assertThat(bands).startsWith("financial_year,category,version,effective_from,status,band_code,description,annual_value")
                .contains("2026-27,SPECIAL,").contains(",S1,").contains("12091").contains("1265");
        given().auth().oauth2(la.finance).queryParam("format", "pdf").get("/api/v1/banding-schemes/" + next + "/export")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRequireAReasonWhenThePanelOverridesTheMatrix() throws Exception {
        la.setting(school, "MAINSTREAM_SECONDARY");
        String id = la.draft(FY, "MAINSTREAM", null, List.of(FundingFixtures.band("B2", "3000.00"), FundingFixtures.band("B3", "4500.00")), matrix());
        la.approve(id);
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "M-1", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-04-01"), school, null));
        Map<String, Object> body = new HashMap<>(Map.of("bandCode", "B3", "effectiveFrom", "2025-04-01", "panelDate", "2025-03-20",
                "needsLevels", Map.of("CI", 1, "SEMH", 1)));
        given().auth().oauth2(la.officer).contentType(ContentType.JSON).body(body).post("/api/v1/ehcps/M-1/bands").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        body.put("reason", "Needs 1:1 support at unstructured times");
        given().auth().oauth2(la.officer).contentType(ContentType.JSON).body(body).post("/api/v1/ehcps/M-1/bands").then().statusCode(201)
                .body("suggestedBand", equalTo("B2")).body("matrixVersion", equalTo(1)).body("bandCode", equalTo("B3"));
        given().auth().oauth2(la.officer).contentType(ContentType.JSON).body(Map.of("bandCode", "B9", "effectiveFrom", "2025-04-01", "panelDate", "2025-03-20"))
                .post("/api/v1/ehcps/M-1/bands").then().statusCode(400).body("errors[0].field", equalTo("bandCode"));
        given().auth().oauth2(la.officer).get("/api/v1/ehcps/M-1/bands").then().statusCode(200).body("items[0].reason", equalTo("Needs 1:1 support at unstructured times"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(statementTotal(school)).isEqualByComparingTo("4500.00"));
    }

    @Test
    void shouldAddBackdatedAdjustmentsWhenAnAppealIsUpheld() throws Exception {
        la.setting(school, "MAINSTREAM_PRIMARY");
        la.approved(FY, "MAINSTREAM", List.of(FundingFixtures.band("B2", "3000.00"), FundingFixtures.band("B3", "4500.00")));
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "AP-1", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-04-01"), school, "B2"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(statementTotal(school)).isEqualByComparingTo("3000.00"));
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("paidThrough", "2025-06"))
                .post("/api/v1/payment-schedules/" + FY + "/close").then().statusCode(200);

        String head = DevTokens.mint(la.la, "head@" + school + ".sch.uk", List.of("school"), school, Duration.ofHours(1));
        String otherHead = DevTokens.mint(la.la, "head@other.sch.uk", List.of("school"), "999999", Duration.ofHours(1));
        Map<String, Object> lodge = Map.of("ehcpRef", "AP-1", "requestedBand", "B3", "reasons", "Band B2 does not fund the support in section F");
        given().auth().oauth2(otherHead).contentType(ContentType.JSON).body(lodge).post("/api/v1/band-appeals").then().statusCode(404);
        Response lodged = given().auth().oauth2(head).contentType(ContentType.JSON).body(lodge).post("/api/v1/band-appeals");
        lodged.then().statusCode(201).body("status", equalTo("LODGED")).body("currentBand", equalTo("B2")).body("settingUrn", equalTo(school));
        String id = lodged.jsonPath().getString("id");

        given().auth().oauth2(la.officer).header("If-Match", lodged.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "UPHELD", "hearingDate", "2025-07-20", "bandCode", "B3", "backdateFrom", "2025-04-01"))
                .post("/api/v1/band-appeals/" + id + "/decision").then().statusCode(200).body("status", equalTo("UPHELD"));
        // April–June stay paid at 250; three adjustments of 125 are paid in July; the year is now 4500.
        assertThat(statementTotal(school)).isEqualByComparingTo("4500.00");
        given().auth().oauth2(head).queryParam("financialYear", FY).queryParam("size", 100).get("/api/v1/payment-statements/" + school + "/lines")
                .then().statusCode(200).body("items.findAll { it.adjustment }.amount", equalTo(List.of(125.0f, 125.0f, 125.0f)))
                .body("items.findAll { it.adjustment }.payMonth", equalTo(List.of("2025-07", "2025-07", "2025-07")))
                .body("items.findAll { it.adjustment }[0].reason", equalTo("Band appeal upheld: band B2 → B3 from 2025-04-01"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(fundingEvents.cloudEvents(la.la, "uk.send.funding.band-appeal.lodged.v1")).hasSize(1);
            assertThat(fundingEvents.cloudEvents(la.la, "uk.send.funding.band-appeal.decided.v1"))
                    .singleElement().satisfies(e -> assertThat(e.path("data").path("outcomeBand").asText()).isEqualTo("B3"));
        });

        // Dismissed needs a reason; a due appeal raises its deadline event once.
        String second = given().auth().oauth2(la.officer).contentType(ContentType.JSON)
                .body(Map.of("ehcpRef", "AP-1", "requestedBand", "B4", "reasons", "More support", "hearBy", LocalDate.now().plusDays(3).toString()))
                .post("/api/v1/band-appeals").then().statusCode(201).extract().path("id");
        given().auth().oauth2(la.officer).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("outcome", "DISMISSED", "hearingDate", LocalDate.now().toString()))
                .post("/api/v1/band-appeals/" + second + "/decision").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        assertThat(appeals.raiseDue(LocalDate.now())).isGreaterThanOrEqualTo(1);
        appeals.raiseDue(LocalDate.now());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(fundingEvents.cloudEvents(la.la, "uk.send.funding.band-appeal.due.v1")).singleElement()
                        .satisfies(e -> assertThat(e.path("data").path("daysToHearBy").asInt()).isEqualTo(3)));
    }

    @Test
    void shouldKeepTheUpheldBandWhenTheAppealIsBackdatedBeforeTheAppealedBandBegan() throws Exception {
        la.setting(school, "MAINSTREAM_PRIMARY");
        la.approved(FY, "MAINSTREAM", List.of(FundingFixtures.band("B1", "1200.00"), FundingFixtures.band("B2", "3000.00"),
                FundingFixtures.band("B3", "4500.00")));
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "AB-1", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-04-01"), school, "B1"));
        given().auth().oauth2(la.officer).contentType(ContentType.JSON).body(Map.of("bandCode", "B2", "effectiveFrom", "2025-06-01", "panelDate", "2025-05-20"))
                .post("/api/v1/ehcps/AB-1/bands").then().statusCode(201);
        // April at B1 (100), May at B1 (100), June to March at B2 (10 × 250).
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(statementTotal(school)).isEqualByComparingTo("2700.00"));

        String lodged = given().auth().oauth2(la.officer).contentType(ContentType.JSON)
                .body(Map.of("ehcpRef", "AB-1", "requestedBand", "B3", "reasons", "B2 does not fund the support in section F since May"))
                .post("/api/v1/band-appeals").then().statusCode(201).body("currentBand", equalTo("B2")).extract().path("id");
        given().auth().oauth2(la.officer).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("outcome", "UPHELD", "hearingDate", "2025-07-20", "bandCode", "B3", "backdateFrom", "2025-05-01"))
                .post("/api/v1/band-appeals/" + lodged + "/decision").then().statusCode(200).body("status", equalTo("UPHELD"));
        // April at B1 (100), May to March at B3 (11 × 375): B2, the band appealed, does not come back from 1 June.
        assertThat(statementTotal(school)).isEqualByComparingTo("4225.00");
        given().auth().oauth2(la.finance).queryParam("financialYear", FY).queryParam("size", 100).get("/api/v1/payment-statements/" + school + "/lines")
                .then().statusCode(200).body("items.findAll { it.forMonth == '2025-06' }.amount", equalTo(List.of(375.0f)));
    }

    @Test
    void shouldPayPlaceFundingAndExportStatementsWhoseTotalsMatchTheApi() throws Exception {
        la.setting(special, "SPECIAL");
        la.approved(FY, "SPECIAL", List.of(FundingFixtures.band("S1", "12000.00")));
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("places", 100))
                .put("/api/v1/commissioned-places/" + special + "/2024-25").then().statusCode(200);
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("places", 110))
                .put("/api/v1/commissioned-places/" + special + "/2025-26").then().statusCode(200).body("academicYear", equalTo("2025/26"));
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("places", 110, "ratePerPlace", 6000))
                .put("/api/v1/commissioned-places/" + special + "/2025-26").then().statusCode(400).body("errors[0].field", equalTo("ratePerPlace"));
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "PF-1", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-04-01"), special, "S1"));
        // 5/12 × 1,000,000 + 7/12 × 1,100,000 = 1,058,333.33 of place funding, plus 12,000 top-up.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(statementTotal(special)).isEqualByComparingTo("1070333.33"));
        given().auth().oauth2(la.finance).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + special).then()
                .body("placeFunding", equalTo(1058333.33f)).body("topUp", equalTo(12000.0f));

        String csv = given().auth().oauth2(la.finance).queryParam("financialYear", FY).queryParam("format", "csv")
                .get("/api/v1/payment-statements/" + special + "/export").then().statusCode(200).contentType("text/csv").extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(25);
        assertThat(rows.get(24).get("element")).isEqualTo("TOTAL");
        assertThat(new BigDecimal(rows.get(24).get("amount"))).isEqualByComparingTo("1070333.33");
        assertThat(rows.subList(0, 24).stream().map(r -> new BigDecimal(r.get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1070333.33");

        byte[] xlsx = given().auth().oauth2(la.finance).queryParam("format", "xlsx")
                .get("/api/v1/payment-schedules/" + FY + "/export").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheetRows = wb.getFirstSheet().read();
            var last = sheetRows.get(sheetRows.size() - 1);
            assertThat(last.getCellText(3)).isEqualTo("TOTAL");
            String schedule = given().auth().oauth2(la.finance).get("/api/v1/payment-schedules/" + FY).then().statusCode(200).extract().asString();
            assertThat(last.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo(new ObjectMapper().readTree(schedule).path("total").decimalValue());
        }
        given().auth().oauth2(la.finance).queryParam("format", "pdf").get("/api/v1/payment-schedules/" + FY + "/export").then().statusCode(400);
    }
}
