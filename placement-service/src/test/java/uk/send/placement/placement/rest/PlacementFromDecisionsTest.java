package uk.send.placement.placement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.placement.ledger.domain.AcademicYear;
import uk.send.placement.support.FundingEvents;
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

/** EHCP decisions on the real broker become placements that occupy and free places in the ledger. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "placement"))
class PlacementFromDecisionsTest {

    private final TopicProbe placementEvents = TopicProbe.of(Topics.PLACEMENT);
    private final TopicProbe deadLetters = TopicProbe.of("placement.dlq");

    private final String la = "PL" + UUID.randomUUID().toString().substring(0, 8);
    private final String commissioner = DevTokens.mint(la, "commissioner@" + la + ".gov.uk", "commissioner");
    private final AcademicYear thisYear = AcademicYear.of(LocalDate.now());
    private final LocalDate start = LocalDate.now().minusDays(20);

    private String provider(String name, String urn, int giasType) {
        return given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "SPECIAL_SCHOOL", "needTypes", List.of("ASD", "SEMH"), "urn", urn,
                        "establishmentTypeCode", giasType, "phase", "ALL_THROUGH", "ageFrom", 4, "ageTo", 19,
                        "inspectionGrade", "GOOD", "inspectionDate", "2024-05-01"))
                .post("/api/v1/providers").then().statusCode(201)
                .body("settingGroup", equalTo("SPECIAL")).body("establishmentTypeCode", equalTo(giasType))
                .body("outOfArea", equalTo(false))
                .extract().path("id");
    }

    private void commission(String providerId, int places) {
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(Map.of("places", places, "requested", places + 2))
                .put("/api/v1/ledger/" + providerId + "/" + thisYear.startYear() + "/ASD").then().statusCode(201);
    }

    private int occupied(String providerId) {
        List<Integer> occ = given().auth().oauth2(commissioner).queryParam("providerId", providerId).get("/api/v1/ledger")
                .then().statusCode(200).extract().path("items.findAll { it.needType == 'ASD' }.occupied");
        return occ.isEmpty() ? 0 : occ.get(0);
    }

    @Test
    void shouldOccupyAPlaceOnAFinalPlanAndFreeItOnACease() {
        String oakwood = provider("Oakwood Special School", "110001", 7);
        commission(oakwood, 1);
        String ref = "EHCP-" + UUID.randomUUID();

        FundingEvents.publish(ref, FundingEvents.event(la, FundingEvents.finalPlan(ref, "110001", "ASD", 5, start)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(occupied(oakwood)).isEqualTo(1));
        given().auth().oauth2(commissioner).queryParam("ehcpRef", ref).get("/api/v1/placements").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].providerId", equalTo(oakwood)).body("items[0].needType", equalTo("ASD"))
                .body("items[0].ncy", equalTo(5)).body("items[0].startDate", equalTo(start.toString()))
                .body("items[0].source", equalTo("DECISION"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> started = placementEvents.cloudEvents(la, "uk.send.placement.placement.started.v1");
            assertThat(started).hasSize(1);
            assertThat(started.get(0).path("data").path("ehcpRef").asText()).isEqualTo(ref);
            assertThat(started.get(0).path("data").path("urn").asText()).isEqualTo("110001");
            assertThat(started.get(0).toString()).doesNotContain("name\"");
        });
        assertThat(placementEvents.records(r -> r.value().contains("placement.started") && r.value().contains(ref)).get(0).key()).isEqualTo(ref);

        LocalDate ceased = LocalDate.now().minusDays(1);
        FundingEvents.publish(ref, FundingEvents.event(la, FundingEvents.cease(ref, ceased)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(occupied(oakwood)).isZero());
        // The cease's date is the first day without the plan (funding-service pays nothing from it): the place was last
        // held the day before.
        given().auth().oauth2(commissioner).queryParam("ehcpRef", ref).get("/api/v1/placements").then()
                .body("items[0].endDate", equalTo(ceased.minusDays(1).toString()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(placementEvents.cloudEvents(la, "uk.send.placement.placement.ended.v1")).hasSize(1));
    }

    @Test
    void shouldRaiseAnEventWhenAProviderLeavesItsVacancyBand() {
        String elm = provider("Elm Special School", "110002", 44);
        commission(elm, 20);
        // 20 places and nobody placed: 100% vacant, far above the default 3–8% band.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> breaches = placementEvents.cloudEvents(la, "uk.send.placement.occupancy.band-breached.v1");
            assertThat(breaches).hasSize(1);
            JsonNode data = breaches.get(0).path("data");
            assertThat(data.path("providerId").asText()).isEqualTo(elm);
            assertThat(data.path("state").asText()).isEqualTo("ABOVE");
            assertThat(data.path("commissioned").asInt()).isEqualTo(20);
            assertThat(data.path("vacant").asInt()).isEqualTo(20);
            assertThat(data.path("academicYear").asText()).isEqualTo(thisYear.label());
        });
        given().auth().oauth2(commissioner).queryParam("providerId", elm).get("/api/v1/ledger").then().statusCode(200)
                .body("items[0].band", equalTo("ABOVE")).body("items[0].vacancyPct", equalTo(100.0f))
                .body("items[0].commissioned", equalTo(20)).body("items[0].requested", equalTo(22));
    }

    @Test
    void shouldGiveTheSameResultForDecisionsOutOfOrderOrTwice() {
        String birch = provider("Birch Special School", "110003", 36);
        String ref = "EHCP-" + UUID.randomUUID();
        LocalDate ceased = LocalDate.now().minusDays(3);
        String cease = FundingEvents.event(la, FundingEvents.cease(ref, ceased));
        String finalPlan = FundingEvents.event(la, FundingEvents.finalPlan(ref, "110003", "SEMH", 9, start));
        // The cease arrives first, then the plan, then both again.
        FundingEvents.publish(ref, cease);
        FundingEvents.publish(ref, finalPlan);
        FundingEvents.publish(ref, cease);
        FundingEvents.publish(ref, finalPlan);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(placementEvents.cloudEvents(la, "uk.send.placement.placement.ended.v1")).hasSize(1));
        given().auth().oauth2(commissioner).queryParam("ehcpRef", ref).get("/api/v1/placements").then()
                .body("totalItems", equalTo(1)).body("items[0].providerId", equalTo(birch))
                .body("items[0].startDate", equalTo(start.toString())).body("items[0].endDate", equalTo(ceased.minusDays(1).toString()))
                .body("items[0].needType", equalTo("SEMH"));
        assertThat(placementEvents.cloudEvents(la, "uk.send.placement.placement.started.v1")).hasSize(1);
    }

    @Test
    void shouldSendAnUnreadableDecisionToTheDeadLetterTopicAndCarryOn() {
        String cedar = provider("Cedar Special School", "110004", 7);
        String poisonId = UUID.randomUUID().toString();
        FundingEvents.publish("EHCP-bad", FundingEvents.event(la, poisonId, "uk.send.funding.ehcp.decision-recorded.v1",
                Map.of("kind", "FINAL_PLAN_ISSUED")));
        String ref = "EHCP-" + UUID.randomUUID();
        FundingEvents.publish(ref, FundingEvents.event(la, FundingEvents.finalPlan(ref, "110004", "ASD", 3, start)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(deadLetters.records(r -> r.value().contains(poisonId))).hasSize(1);
            given().auth().oauth2(commissioner).queryParam("providerId", cedar).get("/api/v1/placements").then().body("totalItems", equalTo(1));
        });
    }

    @Test
    void shouldNeverShowOneLasPlacementsOrLedgerToAnother() {
        String ash = provider("Ash Special School", "110005", 7);
        commission(ash, 3);
        String ref = "EHCP-" + UUID.randomUUID();
        FundingEvents.publish(ref, FundingEvents.event(la, FundingEvents.finalPlan(ref, "110005", "ASD", 2, start)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(occupied(ash)).isEqualTo(1));
        String id = given().auth().oauth2(commissioner).queryParam("ehcpRef", ref).get("/api/v1/placements").then().extract().path("items[0].id");

        String otherLa = DevTokens.mint("B" + la, "commissioner@b.gov.uk", "commissioner");
        given().auth().oauth2(otherLa).get("/api/v1/placements").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(otherLa).get("/api/v1/placements/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(otherLa).get("/api/v1/ledger").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(otherLa).contentType(ContentType.JSON).body(Map.of("places", 5))
                .put("/api/v1/ledger/" + ash + "/" + thisYear.startYear() + "/ASD").then().statusCode(404);
        // The same URN in LA B is another LA's school: A's decision never places a child there.
        given().auth().oauth2(otherLa).queryParam("ehcpRef", ref).get("/api/v1/placements").then().body("totalItems", equalTo(0));

        // A school user sees its own setting's placements only.
        String ashHead = DevTokens.mint(la, "head@ash.sch.uk", "school");
        given().auth().oauth2(ashHead).get("/api/v1/placements").then().statusCode(403);
    }

    @Test
    void shouldLetAnOfficerRecordAnIndependentPlacementAndRefuseBadInput() {
        String hill = given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("name", "Hillside Independent", "type", "INDEPENDENT_NON_MAINTAINED", "needTypes", List.of("SEMH"),
                        "establishmentTypeCode", 10, "laCode", "KENT", "inspectionGrade", "REQUIRES_IMPROVEMENT"))
                .post("/api/v1/providers").then().statusCode(201).body("outOfArea", equalTo(true))
                .body("settingGroup", equalTo("INDEPENDENT")).extract().path("id");
        given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("providerId", hill, "needType", "SEMH", "ncy", 8, "startDate", "2026-01-05", "endDate", "2025-12-01"))
                .post("/api/v1/placements").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("endDate"));
        given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("providerId", hill, "needType", "SEMHX", "ncy", 30, "startDate", "2026-01-05"))
                .post("/api/v1/placements").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(commissioner).get("/api/v1/placements").then().body("totalItems", equalTo(0));

        String id = given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("providerId", hill, "ehcpRef", "EHCP-IND-1", "needType", "SEMH", "ncy", 8, "startDate", "2026-01-05",
                        "annualCost", "61250.004"))
                .post("/api/v1/placements").then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("annualCost", equalTo(61250.0f)).body("outOfArea", equalTo(true)).body("source", equalTo("OFFICER"))
                .extract().path("id");
        given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("providerId", hill, "needType", "SEMH", "ncy", 8, "startDate", "2026-01-05", "endDate", "2026-07-20"))
                .put("/api/v1/placements/" + id).then().statusCode(428);
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("providerId", hill, "needType", "SEMH", "ncy", 8, "startDate", "2026-01-05", "endDate", "2026-07-20",
                        "annualCost", "61250.00"))
                .put("/api/v1/placements/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("endDate", equalTo("2026-07-20"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(placementEvents.cloudEvents(la, "uk.send.placement.placement.ended.v1")).hasSize(1));
    }
}
