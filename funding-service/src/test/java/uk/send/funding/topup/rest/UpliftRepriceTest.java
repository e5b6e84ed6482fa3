package uk.send.funding.topup.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
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

/**
 * An approved uplift reprices the LA's year: children placed the whole year at one setting and band set-based, the
 * others (a move) one by one, paid months never rewritten, one schedule-changed event per setting; every sum to the penny.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class UpliftRepriceTest {

    private static final String FY = "2025-26";
    private final TopicProbe fundingEvents = TopicProbe.of(Topics.FUNDING);
    private final FundingFixtures la = new FundingFixtures("UP" + UUID.randomUUID().toString().substring(0, 6));
    private final String mainstream = "1" + (int) (10000 + Math.random() * 89999);
    private final String special = "2" + (int) (10000 + Math.random() * 89999);

    @Inject
    DecisionLogHelper log;
    @Inject
    EntityManager em;

    private JsonPath statement(String urn) {
        return given().auth().oauth2(la.finance).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + urn)
                .then().statusCode(200).extract().jsonPath();
    }

    private String topUp(String ref) {
        return given().auth().oauth2(la.finance).queryParam("financialYear", FY).get("/api/v1/ehcps/" + ref + "/top-up")
                .then().statusCode(200).extract().jsonPath().getString("total");
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void shouldRepriceTheYearAfterAnUpliftWithoutRewritingPaidMonths() {
        la.setting(mainstream, "MAINSTREAM_PRIMARY");
        la.setting(special, "SPECIAL");
        la.approved(FY, "MAINSTREAM", List.of(FundingFixtures.band("B2", "3000.00"), FundingFixtures.band("B3", "4500.00")));
        la.approved(FY, "SPECIAL", List.of(FundingFixtures.band("B3", "12000.00")));
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "UP-1", d("2025-03-01"), d("2025-04-01"), mainstream, "B3"));
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "UP-2", d("2025-03-01"), d("2025-03-01"), mainstream, "B2"));
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "UP-3", d("2025-03-01"), d("2025-04-01"), mainstream, "B3"));
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.AMENDED_PLAN_ISSUED, "UP-3", d("2025-10-01"), d("2025-10-15"), special, null));
        // 4,500 + 3,000 + 6 × 375 (April to September) at the mainstream school; 6 × 1,000 at the special school from October.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(statement(mainstream).getString("topUp")).isEqualTo("9750.0");
            assertThat(statement(special).getString("topUp")).isEqualTo("6000.0");
        });
        assertThat(wholeYear()).containsExactly("UP-1", "UP-2");
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("paidThrough", "2025-06"))
                .post("/api/v1/payment-schedules/" + FY + "/close").then().statusCode(200);

        // +20% from September: B3 5,400 (450 a month), B2 3,600 (300 a month).
        la.approve(la.draft(FY, "MAINSTREAM", "2025-09-01", List.of(FundingFixtures.band("B2", "3600.00"), FundingFixtures.band("B3", "5400.00")), null));
        JsonPath s = statement(mainstream);
        assertThat(s.getString("topUp")).isEqualTo("10700.0");
        assertThat(s.getString("adjustments")).isEqualTo("0.0");
        assertThat(s.getList("periods.total", Float.class)).containsExactly(1000f, 1000f, 1000f, 1000f, 1000f, 1200f, 750f, 750f, 750f, 750f, 750f, 750f);
        assertThat(topUp("UP-1")).isEqualTo("5025.0");
        assertThat(topUp("UP-2")).isEqualTo("3350.0");
        assertThat(statement(special).getString("topUp")).isEqualTo("6000.0");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(scheduleChanged()).anySatisfy(e -> {
            assertThat(e.path("data").path("change").decimalValue()).isEqualByComparingTo("950.00");
            assertThat(e.path("data").path("linesWritten").asInt()).isEqualTo(15);
        }));

        // October paid, then B3 6,000 (500 a month) from October: UP-1's paid October is corrected by an adjustment line in
        // November (per-EHCP pricing); UP-2's B2 is unchanged; UP-3 is at the special school from October.
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("paidThrough", "2025-10"))
                .post("/api/v1/payment-schedules/" + FY + "/close").then().statusCode(200);
        la.approve(la.draft(FY, "MAINSTREAM", "2025-10-01", List.of(FundingFixtures.band("B2", "3600.00"), FundingFixtures.band("B3", "6000.00")), null));
        s = statement(mainstream);
        assertThat(s.getString("adjustments")).isEqualTo("50.0");
        assertThat(s.getString("total")).isEqualTo("11000.0");
        assertThat(s.getList("periods.total", Float.class)).containsExactly(1000f, 1000f, 1000f, 1000f, 1000f, 1200f, 750f, 850f, 800f, 800f, 800f, 800f);
        assertThat(topUp("UP-1")).isEqualTo("5325.0");
        assertThat(topUp("UP-2")).isEqualTo("3350.0");
        given().auth().oauth2(la.finance).queryParam("financialYear", FY).queryParam("size", 100)
                .get("/api/v1/payment-statements/" + mainstream + "/lines").then().statusCode(200)
                .body("items.findAll { it.adjustment }.ehcpRef", equalTo(List.of("UP-1")))
                .body("items.findAll { it.adjustment }.amount", equalTo(List.of(50.0f)))
                .body("items.findAll { it.adjustment }.payMonth", equalTo(List.of("2025-11")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(scheduleChanged()).hasSize(2).last().satisfies(e -> {
            assertThat(e.path("data").path("change").decimalValue()).isEqualByComparingTo("300.00");
            assertThat(e.path("data").path("adjustmentLines").asInt()).isEqualTo(1);
        }));
    }

    private List<JsonNode> scheduleChanged() {
        return fundingEvents.cloudEvents(la.la, "uk.send.funding.payment-schedule.changed.v1").stream()
                .filter(e -> e.path("data").path("settingUrn").asText().equals(mainstream))
                .filter(e -> e.path("data").path("reason").asText().contains("approved")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> wholeYear() {
        return em.createNativeQuery("select ehcp_ref from topup_whole_year where tenant = :t and financial_year = 2025 order by 1")
                .setParameter("t", la.la).getResultList();
    }
}
