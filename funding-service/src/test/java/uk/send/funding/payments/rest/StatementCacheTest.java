package uk.send.funding.payments.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.funding.FundingFixtures;
import uk.send.funding.topup.rest.DecisionLogHelper;
import uk.send.platform.events.EhcpDecisionKind;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Statements are served from memory at the LA's statement generation, and revalidated with If-None-Match: yet a change
 * to what a statement shows made through this service shows in the very next read, one written by any other writer of
 * the tables as soon as its NOTIFY arrives, and an ETag from before the change gets 200 with the new statement, never 304.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class StatementCacheTest {

    private static final String FY = "2025-26";
    private final FundingFixtures la = new FundingFixtures("SC" + UUID.randomUUID().toString().substring(0, 6));
    private final String mainstream = "1" + (int) (10000 + Math.random() * 89999);

    @Inject
    DecisionLogHelper log;

    @Inject
    EntityManager em;

    private Response read(String token, String ifNoneMatch) {
        var request = given().auth().oauth2(token).queryParam("financialYear", FY);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get("/api/v1/payment-statements/" + mainstream);
    }

    private String placedWithBandB2() {
        la.setting(mainstream, "MAINSTREAM_PRIMARY");
        la.approved(FY, "MAINSTREAM", List.of(FundingFixtures.band("B2", "3000.00"), FundingFixtures.band("B3", "4500.00")));
        log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "EHCP-C1", LocalDate.parse("2025-03-20"),
                LocalDate.parse("2025-04-01"), mainstream, "B2"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(read(la.finance, null).then().statusCode(200).extract().jsonPath().getString("topUp")).isEqualTo("3000.0"));
        return read(la.finance, null).then().statusCode(200).extract().header("ETag");
    }

    @Transactional
    void insertProtectionLine(String tenant, String urn) {
        // As another writer of payment_line would (the modelling feature's protection grant): straight into the table.
        em.createNativeQuery("insert into payment_line (tenant, financial_year, setting_urn, element, for_month, pay_month, adjustment, amount, created_at) "
                + "values (:t, 2025, :u, 'PROTECTION', date '2025-09-01', date '2025-09-01', false, 123.45, now())")
                .setParameter("t", tenant).setParameter("u", urn).executeUpdate();
    }

    @Test
    void shouldAnswerNotModifiedWhileNothingChangedAndTheNewStatementRightAfterAChange() {
        String tag = placedWithBandB2();
        assertThat(tag).isNotBlank();
        Response again = read(la.finance, tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.header("ETag")).isEqualTo(tag);
        assertThat(again.asString()).isEmpty();
        // Any user of the LA may revalidate the same statement; a school its own.
        String ownSchool = DevTokens.mint(la.la, "head@c.sch.uk", List.of("school"), mainstream, Duration.ofHours(1));
        assertThat(read(ownSchool, tag).statusCode()).isEqualTo(304);

        // The band goes up from April: the very next read shows it (no waiting), and the old ETag gets 200.
        given().auth().oauth2(la.officer).contentType(ContentType.JSON)
                .body(Map.of("bandCode", "B3", "effectiveFrom", "2025-04-01", "panelDate", "2025-05-02"))
                .post("/api/v1/ehcps/EHCP-C1/bands").then().statusCode(201);
        Response changed = read(la.finance, tag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.jsonPath().getString("topUp")).isEqualTo("4500.0");
        String newTag = changed.header("ETag");
        assertThat(newTag).isNotEqualTo(tag);
        assertThat(read(la.finance, newTag).statusCode()).isEqualTo(304);

        // Paying months moves it too: the periods now say paid.
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("paidThrough", "2025-06"))
                .post("/api/v1/payment-schedules/" + FY + "/close").then().statusCode(200);
        Response paid = read(la.finance, newTag);
        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(paid.jsonPath().getString("paidThrough")).isEqualTo("2025-06");
        assertThat(paid.jsonPath().getList("periods.paid", Boolean.class)).startsWith(true, true, true, false);
    }

    @Test
    void shouldShowALineWrittenByAnyOtherWriterOfTheScheduleAsSoonAsItsNotificationArrives() {
        String tag = placedWithBandB2();
        assertThat(read(la.finance, tag).statusCode()).isEqualTo(304);
        // Written as another replica (or a writer that publishes no event) would: only the trigger's NOTIFY tells this one.
        insertProtectionLine(la.la, mainstream);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(read(la.finance, tag).statusCode()).isEqualTo(200));
        Response next = read(la.finance, tag);
        assertThat(next.jsonPath().getString("protection")).isEqualTo("123.45");
        assertThat(next.jsonPath().getString("total")).isEqualTo("3123.45");
        assertThat(next.header("ETag")).isNotEqualTo(tag);
    }

    @Test
    void shouldNeverAnswerAnotherLaOrAnotherSchoolFromTheKeptStatement() {
        String tag = placedWithBandB2();
        FundingFixtures laB = new FundingFixtures("SD" + UUID.randomUUID().toString().substring(0, 6));
        read(laB.finance, tag).then().statusCode(404).contentType("application/problem+json");
        read(laB.finance, null).then().statusCode(404);
        String otherSchool = DevTokens.mint(la.la, "head@d.sch.uk", List.of("school"), "1" + (int) (10000 + Math.random() * 89999), Duration.ofHours(1));
        read(otherSchool, tag).then().statusCode(404);
        String schoolOfB = DevTokens.mint(laB.la, "head@e.sch.uk", List.of("school"), mainstream, Duration.ofHours(1));
        read(schoolOfB, tag).then().statusCode(404);
    }
}
