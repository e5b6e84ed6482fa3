package uk.send.funding.topup.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevstackTestResource;
import uk.send.funding.FundingFixtures;
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

/**
 * A whole-year child's unpaid months read one shared price per (category, band, month) (V67), so an uplift reprices them
 * by changing that price. These tests hold that to what the per-child pricing gives in the cases where a shared price
 * must not be followed: a paid month, a setting whose category changed, a change of payment frequency, a band that
 * left the scheme, and another LA's prices.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class SharedMonthPricesTest {

    private static final String FY = "2025-26";

    @Inject
    DecisionLogHelper log;
    @Inject
    EntityManager em;

    private static String urn(char first) {
        return first + String.valueOf((int) (10000 + Math.random() * 89999));
    }

    private static FundingFixtures newLa() {
        return new FundingFixtures("SP" + UUID.randomUUID().toString().substring(0, 6));
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** A mainstream school of the LA, with a 2025-26 mainstream scheme of these bands approved. */
    @SafeVarargs
    private static String mainstreamSchool(FundingFixtures la, Map<String, Object>... bands) {
        String school = urn('1');
        la.setting(school, "MAINSTREAM_PRIMARY");
        la.approved(FY, "MAINSTREAM", List.of(bands));
        return school;
    }

    private void placed(FundingFixtures la, String ref, String urn, String band) {
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, ref, d("2025-03-01"), d("2025-04-01"), urn, band));
    }

    private static JsonPath statement(FundingFixtures la, String urn) {
        return given().auth().oauth2(la.finance).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + urn)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String topUp(FundingFixtures la, String ref) {
        return given().auth().oauth2(la.finance).queryParam("financialYear", FY).get("/api/v1/ehcps/" + ref + "/top-up")
                .then().statusCode(200).extract().jsonPath().getString("total");
    }

    /** The child's lines on the statement: (for month, pay month, amount), in month order. */
    private static List<String> lines(FundingFixtures la, String urn, String ref) {
        List<Map<String, Object>> items = given().auth().oauth2(la.finance).queryParam("financialYear", FY).queryParam("size", 100)
                .get("/api/v1/payment-statements/" + urn + "/lines").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> ref.equals(i.get("ehcpRef")))
                .map(i -> i.get("forMonth") + " " + i.get("payMonth") + " " + i.get("amount") + (Boolean.TRUE.equals(i.get("adjustment")) ? " adj" : ""))
                .sorted().toList();
    }

    /** How many of the child's stored lines read a shared price. */
    private long linesReadingPrices(FundingFixtures la, String ref) {
        return ((Number) em.createNativeQuery("select count(*) from payment_line where tenant = :t and ehcp_ref = :r and price_id is not null")
                .setParameter("t", la.la).setParameter("r", ref).getSingleResult()).longValue();
    }

    private void awaitTopUp(FundingFixtures la, String urn, String total) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(statement(la, urn).getString("topUp")).isEqualTo(total));
    }

    private static void close(FundingFixtures la, String month) {
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("paidThrough", month))
                .post("/api/v1/payment-schedules/" + FY + "/close").then().statusCode(200);
    }

    @Test
    void shouldRepriceWholeYearChildrenThroughTheirPricesAndNeverAPaidMonth() {
        FundingFixtures la = newLa();
        String school = urn('1');
        String special = urn('2');
        la.setting(school, "MAINSTREAM_PRIMARY");
        la.setting(special, "SPECIAL");
        la.approved(FY, "MAINSTREAM", List.of(FundingFixtures.band("B2", "3000.00"), FundingFixtures.band("B3", "4800.00")));
        la.approved(FY, "SPECIAL", List.of(FundingFixtures.band("B3", "12000.00")));
        placed(la, "W-1", school, "B3");
        placed(la, "W-2", school, "B2");
        placed(la, "MV-1", school, "B3");
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.AMENDED_PLAN_ISSUED, "MV-1", d("2025-09-01"), d("2025-10-01"), special, null));
        // 4,800 + 3,000 + 6 x 400 (April to September).
        awaitTopUp(la, school, "10200.0");
        assertThat(linesReadingPrices(la, "W-1")).isEqualTo(12);
        assertThat(linesReadingPrices(la, "W-2")).isEqualTo(12);
        assertThat(linesReadingPrices(la, "MV-1")).isZero();

        close(la, "2025-06");
        assertThat(linesReadingPrices(la, "W-1")).as("a paid line holds what was paid").isEqualTo(9);

        // From September: B3 6,000 (500 a month), B2 3,600 (300 a month).
        la.approve(la.draft(FY, "MAINSTREAM", "2025-09-01", List.of(FundingFixtures.band("B2", "3600.00"), FundingFixtures.band("B3", "6000.00")), null));
        assertThat(topUp(la, "W-1")).isEqualTo("5500.0");
        assertThat(topUp(la, "W-2")).isEqualTo("3350.0");
        assertThat(topUp(la, "MV-1")).as("2,500 at the school, 6 x 1,000 at the special school").isEqualTo("8500.0");
        assertThat(statement(la, school).getString("topUp")).isEqualTo("11350.0");
        assertThat(lines(la, school, "W-1")).containsExactly(
                "2025-04 2025-04 400.0", "2025-05 2025-05 400.0", "2025-06 2025-06 400.0", "2025-07 2025-07 400.0", "2025-08 2025-08 400.0",
                "2025-09 2025-09 500.0", "2025-10 2025-10 500.0", "2025-11 2025-11 500.0", "2025-12 2025-12 500.0",
                "2026-01 2026-01 500.0", "2026-02 2026-02 500.0", "2026-03 2026-03 500.0");

        // October paid, then B3 6,600 (550 a month) from October: W-1's paid October is settled by an adjustment line in
        // November, its paid lines are never rewritten; W-2's B2 is unchanged.
        close(la, "2025-10");
        la.approve(la.draft(FY, "MAINSTREAM", "2025-10-01", List.of(FundingFixtures.band("B2", "3600.00"), FundingFixtures.band("B3", "6600.00")), null));
        assertThat(topUp(la, "W-1")).isEqualTo("5800.0");
        assertThat(lines(la, school, "W-1")).contains("2025-09 2025-09 500.0", "2025-10 2025-10 500.0", "2025-10 2025-11 50.0 adj",
                "2025-11 2025-11 550.0", "2026-03 2026-03 550.0");
        assertThat(topUp(la, "W-2")).isEqualTo("3350.0");
        assertThat(statement(la, school).getString("total")).isEqualTo("11650.0");
        assertThat(statement(la, school).getString("adjustments")).isEqualTo("50.0");
        assertThat(linesReadingPrices(la, "W-1")).as("November to March").isEqualTo(5);
    }

    @Test
    void shouldPriceAChildAtTheCategoryItsSettingNowHas() {
        FundingFixtures la = newLa();
        String school = mainstreamSchool(la, FundingFixtures.band("B3", "4800.00"));
        la.approved(FY, "SPECIAL", List.of(FundingFixtures.band("B3", "12000.00")));
        placed(la, "C-1", school, "B3");
        awaitTopUp(la, school, "4800.0");

        // The school becomes a special school (the register changes, nothing is repriced yet).
        Response current = given().auth().oauth2(la.finance).get("/api/v1/settings/by-urn/" + school).then().statusCode(200).extract().response();
        Map<String, Object> body = new HashMap<>();
        body.put("urn", school);
        body.put("name", "Setting " + school);
        body.put("type", "SPECIAL");
        given().auth().oauth2(la.finance).header("If-Match", current.header("ETag")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/settings/" + current.path("id")).then().statusCode(200);

        // A special uplift from September reprices the child as special: 5 x 1,000 + 7 x 1,100.
        la.approve(la.draft(FY, "SPECIAL", "2025-09-01", List.of(FundingFixtures.band("B3", "13200.00")), null));
        assertThat(topUp(la, "C-1")).isEqualTo("12700.0");
        assertThat(statement(la, school).getString("topUp")).isEqualTo("12700.0");
        assertThat(linesReadingPrices(la, "C-1")).isEqualTo(12);

        // ... and a mainstream uplift no longer touches it.
        la.approve(la.draft(FY, "MAINSTREAM", "2025-10-01", List.of(FundingFixtures.band("B3", "6000.00")), null));
        assertThat(statement(la, school).getString("topUp")).isEqualTo("12700.0");
    }

    @Test
    void shouldMoveWholeYearChildrenToTheirNewPayMonthsWhenTheLaPaysTermly() {
        FundingFixtures la = newLa();
        String school = mainstreamSchool(la, FundingFixtures.band("B3", "4800.00"));
        placed(la, "T-1", school, "B3");
        awaitTopUp(la, school, "4800.0");

        given().auth().oauth2(la.finance).header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("method", "WHOLE_MONTHS", "frequency", "TERMLY")).put("/api/v1/funding-policy").then().statusCode(200);
        la.approve(la.draft(FY, "MAINSTREAM", "2026-01-01", List.of(FundingFixtures.band("B3", "6000.00")), null));

        // Summer term paid in April, autumn in September, spring in January; spring at the uplifted 500 a month.
        assertThat(lines(la, school, "T-1")).containsExactly(
                "2025-04 2025-04 400.0", "2025-05 2025-04 400.0", "2025-06 2025-04 400.0", "2025-07 2025-04 400.0", "2025-08 2025-04 400.0",
                "2025-09 2025-09 400.0", "2025-10 2025-09 400.0", "2025-11 2025-09 400.0", "2025-12 2025-09 400.0",
                "2026-01 2026-01 500.0", "2026-02 2026-01 500.0", "2026-03 2026-01 500.0");
        assertThat(linesReadingPrices(la, "T-1")).isEqualTo(12);
        assertThat(statement(la, school).getList("periods.total", Float.class)).containsExactly(2000f, 1600f, 1500f);
    }

    @Test
    void shouldLeaveNoEmptyLineWhenAChildsBandLeavesTheScheme() {
        FundingFixtures la = newLa();
        String school = mainstreamSchool(la, FundingFixtures.band("B2", "3000.00"), FundingFixtures.band("B3", "4800.00"));
        placed(la, "G-1", school, "B3");
        placed(la, "G-2", school, "B2");
        awaitTopUp(la, school, "7800.0");

        // From October the scheme has no B3: G-1 is paid April to September only, and has no lines after.
        la.approve(la.draft(FY, "MAINSTREAM", "2025-10-01", List.of(FundingFixtures.band("B2", "3000.00")), null));
        assertThat(topUp(la, "G-1")).isEqualTo("2400.0");
        assertThat(lines(la, school, "G-1")).hasSize(6).allSatisfy(l -> assertThat(l).endsWith(" 400.0"));
        assertThat(topUp(la, "G-2")).isEqualTo("3000.0");
        assertThat(statement(la, school).getString("topUp")).isEqualTo("5400.0");
    }

    @Test
    void shouldGiveAChildTheMonthsItsBandIsNewlyPricedIn() {
        FundingFixtures la = newLa();
        String school = mainstreamSchool(la, FundingFixtures.band("B3", "4800.00"));
        placed(la, "N-1", school, "B4");
        placed(la, "N-2", school, "B3");
        awaitTopUp(la, school, "4800.0");
        assertThat(lines(la, school, "N-1")).as("B4 is not in the scheme yet").isEmpty();

        // From October the scheme prices B4 at 6,000: N-1 is due 500 a month from October, with a line for each month.
        la.approve(la.draft(FY, "MAINSTREAM", "2025-10-01", List.of(FundingFixtures.band("B3", "4800.00"), FundingFixtures.band("B4", "6000.00")), null));
        assertThat(topUp(la, "N-1")).isEqualTo("3000.0");
        assertThat(lines(la, school, "N-1")).hasSize(6).allSatisfy(l -> assertThat(l).endsWith(" 500.0"));
        assertThat(linesReadingPrices(la, "N-1")).isEqualTo(6);
        assertThat(statement(la, school).getString("topUp")).isEqualTo("7800.0");
    }

    @Test
    void shouldNeverRepriceAnotherLasChildren() {
        FundingFixtures a = newLa();
        FundingFixtures b = newLa();
        String schoolA = urn('1');
        String schoolB = urn('1');
        a.setting(schoolA, "MAINSTREAM_PRIMARY");
        b.setting(schoolB, "MAINSTREAM_PRIMARY");
        a.approved(FY, "MAINSTREAM", List.of(FundingFixtures.band("B3", "4800.00")));
        b.approved(FY, "MAINSTREAM", List.of(FundingFixtures.band("B3", "4800.00")));
        placed(a, "X-1", schoolA, "B3");
        placed(b, "X-1", schoolB, "B3");
        awaitTopUp(a, schoolA, "4800.0");
        awaitTopUp(b, schoolB, "4800.0");

        a.approve(a.draft(FY, "MAINSTREAM", "2025-10-01", List.of(FundingFixtures.band("B3", "6000.00")), null));
        assertThat(statement(a, schoolA).getString("topUp")).isEqualTo("5400.0");
        assertThat(statement(b, schoolB).getString("topUp")).isEqualTo("4800.0");
        assertThat(topUp(b, "X-1")).isEqualTo("4800.0");
    }
}
