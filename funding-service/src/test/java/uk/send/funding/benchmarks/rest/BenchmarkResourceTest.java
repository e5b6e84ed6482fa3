package uk.send.funding.benchmarks.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.funding.FundingFixtures;
import uk.send.funding.topup.rest.DecisionLogHelper;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.Topics;

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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Neighbour benchmarks over the real database: LA A opts in and LA B sees A's aggregates (and nothing child-level);
 * LA C has data but never opts in and is never seen; opting out withdraws A's figures; published figures stay with the
 * LA that entered them; bad input is refused and changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class BenchmarkResourceTest {

    private static final String PATH = "/api/v1/benchmarks";
    private static final String YEAR = "2025-26";
    private final String run = UUID.randomUUID().toString().substring(0, 5);
    private final FundingFixtures a = new FundingFixtures("BA" + run);
    private final FundingFixtures b = new FundingFixtures("BB" + run);
    private final FundingFixtures c = new FundingFixtures("BC" + run);
    private final TopicProbe fundingEvents = TopicProbe.of(Topics.FUNDING);

    @Inject
    DecisionLogHelper log;

    /** Five mainstream schools with {@code perSchool} EHCPs each at band B1 (£{@code b1}), B2 (£3,100) for the first. */
    private void la(FundingFixtures la, int prefix, String b1, int perSchool) {
        la.approved(YEAR, "MAINSTREAM", List.of(FundingFixtures.band("B1", b1), FundingFixtures.band("B2", "3100.00")));
        for (int s = 0; s < 5; s++) {
            String urn = prefix + String.valueOf(1000 + s) + run.chars().sum() % 10;
            la.setting(urn, "MAINSTREAM_PRIMARY");
            for (int i = 0; i < perSchool; i++) {
                log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, "EHCP-" + la.la + "-" + s + "-" + i,
                        LocalDate.parse("2025-03-20"), LocalDate.parse("2025-04-01"), urn, s == 0 && i == 0 ? "B2" : "B1"));
            }
        }
    }

    private String etag(FundingFixtures la) {
        return given().auth().oauth2(la.finance).get(PATH + "/sharing").then().statusCode(200).extract().header("ETag");
    }

    private ValidatableResponse share(FundingFixtures la, String name, boolean in) {
        Map<String, Object> body = new HashMap<>();
        body.put("optedIn", in);
        body.put("laName", name);
        body.put("financialYear", YEAR);
        return given().auth().oauth2(la.finance).header("If-Match", etag(la)).contentType(ContentType.JSON).body(body).put(PATH + "/sharing").then();
    }

    private ValidatableResponse standing(FundingFixtures la) {
        return given().auth().oauth2(la.finance).queryParam("financialYear", YEAR).queryParam("category", "MAINSTREAM")
                .queryParam("measure", "AVERAGE_TOP_UP_PER_EHCP").get(PATH + "/standing").then().statusCode(200);
    }

    @Test
    void shouldShowAnOptedInLasAggregatesToAnotherLaWithoutAnyChildLevelDataAndWithdrawThemOnOptOut() {
        la(a, 4, "2000.00", 2);   // 10 EHCPs: 9 × 2,000 + 3,100 = 21,100 → 2,110.00 each
        la(b, 5, "1600.00", 1);   // 5 EHCPs: 4 × 1,600 + 3,100 = 9,500 → 1,900.00 each
        la(c, 6, "9000.00", 1);   // has data, never opts in

        share(a, "Ayshire", true).statusCode(200).body("optedIn", equalTo(true)).body("figuresShared", equalTo(3)).body("rowVersion", equalTo(1));

        String body = standing(b)
                .body("own", equalTo(1900.00f))
                .body("neighbours.laCode", equalTo(List.of(a.la)))
                .body("neighbours[0].laName", equalTo("Ayshire"))
                .body("neighbours[0].value", equalTo(2110.00f))
                .body("neighbours[0].shared", equalTo(true))
                .body("rank", equalTo(2)).body("of", equalTo(2)).body("percentile", equalTo(0.0f))
                .extract().asString();
        // aggregates only: no EHCP reference, no setting URN, nothing of the LA that did not opt in
        assertThat(body).doesNotContain("EHCP-").doesNotContain(c.la).doesNotContain("9000").doesNotContain("urn");
        for (int s = 0; s < 5; s++) {
            assertThat(body).doesNotContain(String.valueOf(4 * 10000 + 1000 + s));
        }

        share(a, "Ayshire", false).statusCode(200).body("optedIn", equalTo(false)).body("figuresShared", equalTo(0));
        standing(b).body("neighbours", equalTo(List.of())).body("rank", equalTo(1)).body("percentile", nullValue());
    }

    @Test
    void shouldPublishEachSharingChoiceOnTheBrokerWithoutNamingAnyone() {
        la(a, 3, "2000.00", 1);
        share(a, "Ayshire", true).statusCode(200).body("figuresShared", equalTo(3));
        share(a, "Ayshire", false).statusCode(200).body("figuresShared", equalTo(0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<com.fasterxml.jackson.databind.JsonNode> events = fundingEvents.cloudEvents(a.la, "uk.send.funding.benchmark-sharing.changed.v1");
            assertThat(events).hasSize(2);
            assertThat(events.get(0).path("data").path("la").asText()).isEqualTo(a.la);
            assertThat(events.get(0).path("data").path("laName").asText()).isEqualTo("Ayshire");
            assertThat(events.get(0).path("data").path("optedIn").asBoolean()).isTrue();
            assertThat(events.get(0).path("data").path("financialYear").asText()).isEqualTo(YEAR);
            assertThat(events.get(0).path("data").path("figuresShared").asLong()).isEqualTo(3);
            assertThat(events.get(0).path("data").path("version").asLong()).isEqualTo(1);
            assertThat(events.get(1).path("data").path("optedIn").asBoolean()).isFalse();
            assertThat(events.get(1).path("data").has("financialYear")).isFalse();
            assertThat(events.get(1).path("data").path("figuresShared").asLong()).isZero();
            assertThat(events.get(1).path("data").path("version").asLong()).isEqualTo(2);
            // who chose is never on the topic (their login is an e-mail address), nor any child-level row
            assertThat(events.toString()).doesNotContain("finance@").doesNotContain("EHCP-");
        });
        fundingEvents.assertContract();
    }

    @Test
    void shouldPlaceTheLaAmongFiguresItEnteredThatNoOtherLaSees() {
        la(a, 7, "2000.00", 1);   // 5 EHCPs: 4 × 2,000 + 3,100 = 11,100 → 2,220.00 each
        String id = given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(published("E10000099", "3000.00"))
                .post(PATH + "/published").then().statusCode(201).body("value", equalTo(3000.00f)).extract().path("id");
        given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(published("E10000098", "1000.00"))
                .post(PATH + "/published").then().statusCode(201);
        given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(published("E10000099", "3500.00"))
                .post(PATH + "/published").then().statusCode(409);

        standing(a).body("own", equalTo(2220.00f)).body("neighbours.laCode", equalTo(List.of("E10000099", "E10000098")))
                .body("neighbours[0].source", equalTo("DfE high needs benchmarking tool, table 3")).body("rank", equalTo(2))
                .body("of", equalTo(3)).body("percentile", equalTo(50.0f));
        standing(b).body("neighbours.laCode", not(hasItem("E10000099")));
        given().auth().oauth2(b.finance).get(PATH + "/published").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(b.finance).delete(PATH + "/published/" + id).then().statusCode(404);
        given().auth().oauth2(a.finance).get(PATH + "/published").then().statusCode(200).body("totalItems", equalTo(2));
        given().auth().oauth2(a.finance).delete(PATH + "/published/" + id).then().statusCode(204);
        given().auth().oauth2(a.finance).get(PATH + "/published").then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void shouldRefuseBadInputAndChangeNothing() {
        Map<String, Object> optIn = Map.of("optedIn", true, "laName", "Ayshire", "financialYear", YEAR);
        given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(optIn).put(PATH + "/sharing").then().statusCode(428);
        given().auth().oauth2(a.finance).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(optIn).put(PATH + "/sharing")
                .then().statusCode(412);
        given().auth().oauth2(a.finance).header("If-Match", etag(a)).contentType(ContentType.JSON).body(Map.of("optedIn", true, "laName", "Ayshire"))
                .put(PATH + "/sharing").then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("financialYear"));
        given().auth().oauth2(a.finance).header("If-Match", etag(a)).contentType(ContentType.JSON).body(Map.of("optedIn", true, "financialYear", YEAR))
                .put(PATH + "/sharing").then().statusCode(400).body("errors.field", hasItem("laName"));
        given().auth().oauth2(a.finance).get(PATH + "/sharing").then().statusCode(200).body("optedIn", equalTo(false)).body("rowVersion", equalTo(0));

        given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(published("E1", "-5.00")).post(PATH + "/published")
                .then().statusCode(400).body("errors.field", hasItem("value"));
        Map<String, Object> badYear = new HashMap<>(published("E1", "5.00"));
        badYear.put("financialYear", "2025");
        given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(badYear).post(PATH + "/published").then().statusCode(400);
        given().auth().oauth2(a.finance).queryParam("financialYear", YEAR).queryParam("category", "MAINSTREAM").get(PATH + "/standing")
                .then().statusCode(400).body("errors.field", hasItem("measure"));
        given().auth().oauth2(a.finance).get(PATH + "/published").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(DevTokens.mint(a.la, "school@" + a.la, "school")).get(PATH + "/sharing").then().statusCode(403);
    }

    private static Map<String, Object> published(String code, String value) {
        return Map.of("laCode", code, "laName", "Neighbour " + code, "financialYear", YEAR, "category", "MAINSTREAM",
                "measure", "AVERAGE_TOP_UP_PER_EHCP", "value", value, "source", "DfE high needs benchmarking tool, table 3");
    }
}
