package uk.send.placement.operations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.placement.ledger.domain.AcademicYear;
import uk.send.platform.events.Topics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Forecasts through the API, value for money, the capital programme, reminders and monthly counts, on the real broker. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "placement"))
class PlacementOperationsTest {

    private final TopicProbe placementEvents = TopicProbe.of(Topics.PLACEMENT);
    private final String la = "OP" + UUID.randomUUID().toString().substring(0, 8);
    private final String commissioner = DevTokens.mint(la, "commissioner@" + la + ".gov.uk", "commissioner");
    private final LocalDate today = LocalDate.now();

    private String provider(String name, String type, int gias, String laCode, String grade) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type, "needTypes", List.of("SEMH", "ASD"), "establishmentTypeCode", gias));
        if (laCode != null) {
            body.put("laCode", laCode);
        }
        if (grade != null) {
            body.put("inspectionGrade", grade);
        }
        return given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(body).post("/api/v1/providers").then().statusCode(201).extract().path("id");
    }

    private String placement(String providerId, String ref, String need, int ncy, LocalDate start, LocalDate end, String cost) {
        Map<String, Object> body = new HashMap<>(Map.of("providerId", providerId, "ehcpRef", ref, "needType", need, "ncy", ncy, "startDate", start.toString()));
        if (end != null) {
            body.put("endDate", end.toString());
        }
        if (cost != null) {
            body.put("annualCost", cost);
        }
        return given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(body).post("/api/v1/placements").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldForecastFromPlacementHistoryTheSameForTheSameSeedAndExportIt() {
        String oak = provider("Oak Special", "SPECIAL_SCHOOL", 7, null, "GOOD");
        String hill = provider("Hill Independent", "INDEPENDENT_NON_MAINTAINED", 10, "KENT", "GOOD");
        int thisYear = AcademicYear.of(today).startYear();
        // Three years of history, 30 children: most stay, a few leave, some join each September.
        for (int i = 0; i < 30; i++) {
            LocalDate start = LocalDate.of(thisYear - 3 + i % 3, 9, 1);
            LocalDate end = i % 7 == 0 && start.getYear() < thisYear - 1 ? LocalDate.of(thisYear - 1, 7, 20) : null;
            placement(i % 4 == 0 ? hill : oak, "F-" + la + "-" + i, i % 2 == 0 ? "ASD" : "SEMH", 3 + i % 8, start, end, null);
        }
        // The ASD placements at Oak gave it a ledger line with no places: setting places changes that line, so If-Match.
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(Map.of("places", 2))
                .put("/api/v1/ledger/" + oak + "/" + thisYear + "/ASD").then().statusCode(428);
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("places", 2))
                .put("/api/v1/ledger/" + oak + "/" + thisYear + "/ASD").then().statusCode(200).header("ETag", equalTo("\"1\""));
        given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(List.of(Map.of("needType", "ASD", "settingGroup", "SPECIAL", "annualCost", 23000)))
                .put("/api/v1/forecasts/costs").then().statusCode(200).body("[0].annualCost", equalTo(23000.0f));

        Map<String, Object> request = Map.of("horizon", 3, "simulations", 100, "seed", 7);
        Response first = given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(request).post("/api/v1/forecasts");
        first.then().statusCode(201).header("Location", startsWith("http")).body("simulations", equalTo(100)).body("totals", hasSize(3));
        Response second = given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(request).post("/api/v1/forecasts");
        assertThat(second.jsonPath().getList("cells").toString()).isEqualTo(first.jsonPath().getList("cells").toString());
        assertThat(first.jsonPath().getList("cells")).isNotEmpty();
        String id = first.jsonPath().getString("id");

        String csv = given().auth().oauth2(commissioner).queryParam("format", "csv").get("/api/v1/forecasts/" + id).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("January,Need,Setting,Median,Lower 95%,Upper 95%");
        byte[] xlsx = given().auth().oauth2(commissioner).queryParam("format", "xlsx").get("/api/v1/forecasts/" + id).then().statusCode(200)
                .extract().asByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
        byte[] png = given().auth().oauth2(commissioner).get("/api/v1/forecasts/" + id + "/chart.png").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(new String(png, 1, 3)).isEqualTo("PNG");

        // Two ASD places at Oak against more ASD children in special schools: a gap, published.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> gaps = placementEvents.cloudEvents(la, "uk.send.placement.sufficiency.gap-forecast.v1");
            assertThat(gaps).anySatisfy(g -> {
                assertThat(g.path("data").path("forecastId").asText()).isEqualTo(id);
                assertThat(g.path("data").path("needType").asText()).isEqualTo("ASD");
                assertThat(g.path("data").path("settingGroup").asText()).isEqualTo("SPECIAL");
                assertThat(g.path("data").path("largestGap").asInt()).isPositive();
            });
        });
        String otherLa = DevTokens.mint("B" + la, "c@b.gov.uk", "commissioner");
        given().auth().oauth2(otherLa).get("/api/v1/forecasts/" + id).then().statusCode(404);
        given().auth().oauth2(otherLa).contentType(ContentType.JSON).body(request).post("/api/v1/forecasts").then().statusCode(422)
                .contentType("application/problem+json");
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(Map.of("simulations", 5)).post("/api/v1/forecasts").then()
                .statusCode(400).body("errors[0].field", equalTo("simulations"));
    }

    @Test
    void shouldFlagCostOutliersListVisitsAndRecordReviews() {
        String hill = provider("Hill Independent", "INDEPENDENT_NON_MAINTAINED", 10, "KENT", "REQUIRES_IMPROVEMENT");
        String dale = provider("Dale Independent", "INDEPENDENT_NON_MAINTAINED", 8, null, "GOOD");
        LocalDate start = today.minusMonths(3);
        placement(hill, "V1", "SEMH", 8, start, null, "50000");
        placement(hill, "V2", "SEMH", 9, start, null, "52000");
        placement(hill, "V3", "SEMH", 9, start, null, "54000");
        placement(dale, "V4", "SEMH", 7, start, null, "56000");
        String dear = placement(dale, "V5", "SEMH", 7, start, null, "150000");

        given().auth().oauth2(commissioner).get("/api/v1/value-for-money").then().statusCode(200)
                .body("outliers", hasSize(1)).body("outliers[0].placementId", equalTo(dear)).body("outliers[0].flag", equalTo("HIGH"))
                .body("fences[0].needType", equalTo("SEMH")).body("fences[0].q1", equalTo(52000.0f)).body("fences[0].q3", equalTo(56000.0f))
                .body("fences[0].high", equalTo(62000.0f))
                .body("visits", hasSize(1)).body("visits[0].providerId", equalTo(hill)).body("visits[0].urgent", equalTo(true))
                .body("visits[0].children", equalTo(3));
        given().auth().oauth2(commissioner).post("/api/v1/value-for-money/flags").then().statusCode(200);
        given().auth().oauth2(commissioner).post("/api/v1/value-for-money/flags").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> flags = placementEvents.cloudEvents(la, "uk.send.placement.cost.anomaly-flagged.v1");
            assertThat(flags).hasSize(1);
            assertThat(flags.get(0).path("data").path("placementId").asText()).isEqualTo(dear);
        });

        given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("placementId", dear, "outcome", "COST_RENEGOTIATED")).post("/api/v1/value-for-money/reviews").then().statusCode(400)
                .body("errors[0].field", equalTo("newAnnualCost"));
        given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("placementId", dear, "outcome", "COST_RENEGOTIATED", "newAnnualCost", "58000", "note", "Agreed at the visit"))
                .post("/api/v1/value-for-money/reviews").then().statusCode(201).body("outcome", equalTo("COST_RENEGOTIATED"));
        given().auth().oauth2(commissioner).get("/api/v1/placements/" + dear).then().body("annualCost", equalTo(58000.0f));
        given().auth().oauth2(commissioner).get("/api/v1/value-for-money/reviews").then().body("totalItems", equalTo(1));
        given().auth().oauth2(commissioner).get("/api/v1/value-for-money").then().body("outliers", hasSize(0));
    }

    @Test
    void shouldDeliverCapitalPlacesIntoTheLedgerAndRemindOfMilestonesOnce() {
        String oak = provider("Oak Special", "SPECIAL_SCHOOL", 7, null, "GOOD");
        int year = AcademicYear.of(today).startYear() + 1;
        Response created = given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("name", "Oak SEMH extension", "providerId", oak, "needType", "SEMH", "places", 32, "deliveryAcademicYear", year,
                        "milestones", List.of(Map.of("name", "Planning permission", "dueDate", today.plusDays(7).toString()),
                                Map.of("name", "Handover", "dueDate", today.plusDays(200).toString()))))
                .post("/api/v1/capital-projects");
        created.then().statusCode(201).body("milestones", hasSize(2));
        String id = created.jsonPath().getString("id");

        given().auth().oauth2(commissioner).post("/api/v1/placement-deadlines/scan").then().statusCode(200);
        given().auth().oauth2(commissioner).post("/api/v1/placement-deadlines/scan").then().statusCode(200).body("remindersSent", equalTo(0));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> reminders = placementEvents.cloudEvents(la, "uk.send.placement.deadline.approaching.v1").stream()
                    .filter(e -> e.path("data").path("kind").asText().equals("CAPITAL_MILESTONE")).toList();
            assertThat(reminders).hasSize(1);
            assertThat(reminders.get(0).path("data").path("leadTimeDays").asInt()).isEqualTo(7);
            assertThat(reminders.get(0).path("data").path("title").asText()).isEqualTo("Oak SEMH extension: Planning permission");
            assertThat(reminders.get(0).path("data").path("projectId").asText()).isEqualTo(id);
        });

        given().auth().oauth2(commissioner).post("/api/v1/capital-projects/" + id + "/delivery").then().statusCode(428);
        given().auth().oauth2(commissioner).header("If-Match", "\"0\"").post("/api/v1/capital-projects/" + id + "/delivery").then().statusCode(200)
                .body("deliveredOn", equalTo(today.toString()));
        given().auth().oauth2(commissioner).header("If-Match", "\"1\"").post("/api/v1/capital-projects/" + id + "/delivery").then().statusCode(409);
        given().auth().oauth2(commissioner).queryParam("academicYear", year).queryParam("providerId", oak).get("/api/v1/ledger").then()
                .body("items[0].needType", equalTo("SEMH")).body("items[0].commissioned", equalTo(32));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(placementEvents.cloudEvents(la, "uk.send.placement.capital.places-delivered.v1")).hasSize(1));
    }

    @Test
    void shouldRemindOfThePlaceChangeRequestAndExportIt() {
        String oak = provider("Oak Special", "SPECIAL_SCHOOL", 7, null, "GOOD");
        AcademicYear year = AcademicYear.of(today);
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(Map.of("places", 40, "requested", 44))
                .put("/api/v1/ledger/" + oak + "/" + year.startYear() + "/ASD").then().statusCode(201);
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(Map.of("places", 10))
                .put("/api/v1/ledger/" + oak + "/" + year.startYear() + "/SEMH").then().statusCode(201);
        LocalDate due = today.plusDays(14);
        given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("vacancyMinPct", 3, "vacancyMaxPct", 8, "placeChangeDeadlineMonth", due.getMonthValue(), "placeChangeDeadlineDay", due.getDayOfMonth()))
                .put("/api/v1/ledger/settings").then().statusCode(200).header("ETag", equalTo("\"0\""));
        given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("vacancyMinPct", 9, "vacancyMaxPct", 8))
                .header("If-Match", "\"0\"").put("/api/v1/ledger/settings").then().statusCode(400).body("errors[0].field", equalTo("vacancyMaxPct"));

        given().auth().oauth2(commissioner).queryParam("academicYear", year.startYear()).get("/api/v1/ledger/place-change-request").then().statusCode(200)
                .body("rows", hasSize(0));
        // Oak has no URN: the DfE's form is per URN, so give it one.
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Oak Special", "type", "SPECIAL_SCHOOL", "needTypes", List.of("SEMH", "ASD"), "urn", "123456", "establishmentTypeCode", 7))
                .put("/api/v1/providers/" + oak).then().statusCode(200);
        given().auth().oauth2(commissioner).queryParam("academicYear", year.startYear()).get("/api/v1/ledger/place-change-request").then().statusCode(200)
                .body("rows[0].urn", equalTo("123456")).body("rows[0].currentPlaces", equalTo(50)).body("rows[0].requestedPlaces", equalTo(54))
                .body("rows[0].change", equalTo(4));
        String csv = given().auth().oauth2(commissioner).queryParam("academicYear", year.startYear()).queryParam("format", "csv")
                .get("/api/v1/ledger/place-change-request").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).containsExactly("URN,UKPRN,Provider,Places " + year.label() + ",Requested " + year.next().label() + ",Change",
                "123456,,Oak Special,50,54,4");
        given().auth().oauth2(commissioner).queryParam("format", "pdf").get("/api/v1/ledger/place-change-request").then().statusCode(400);

        boolean dueThisAcademicYear = due.getMonthValue() >= 9 && due.getYear() == year.startYear();
        given().auth().oauth2(commissioner).post("/api/v1/placement-deadlines/scan").then().statusCode(200);
        if (dueThisAcademicYear) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                List<JsonNode> pcr = placementEvents.cloudEvents(la, "uk.send.placement.deadline.approaching.v1").stream()
                        .filter(e -> e.path("data").path("kind").asText().equals("PLACE_CHANGE_REQUEST")).toList();
                assertThat(pcr).hasSize(1);
                assertThat(pcr.get(0).path("data").path("dueDate").asText()).isEqualTo(due.toString());
                assertThat(pcr.get(0).path("data").path("leadTimeDays").asInt()).isEqualTo(14);
            });
        }
    }

    @Test
    void shouldPublishTheMonthsCountsOnce() {
        String hill = provider("Hill Independent", "INDEPENDENT_NON_MAINTAINED", 10, "KENT", null);
        String oak = provider("Oak Special", "SPECIAL_SCHOOL", 7, null, null);
        placement(hill, "K1", "SEMH", 9, today.minusMonths(2), null, "61250.00");
        placement(oak, "K2", "ASD", 4, today.minusMonths(2), null, null);
        placement(oak, "K3", "ASD", 4, today.minusMonths(6), today.minusMonths(1), null);
        String month = YearMonth.from(today).toString();
        given().auth().oauth2(commissioner).post("/api/v1/placement-counts/" + month).then().statusCode(200)
                .body("published", equalTo(true)).body("counts.placements", equalTo(2)).body("counts.independentPlacements", equalTo(1))
                .body("counts.outOfAreaPlacements", equalTo(1)).body("counts.independentAnnualSpend", equalTo(61250.0f));
        given().auth().oauth2(commissioner).post("/api/v1/placement-counts/" + month).then().statusCode(200).body("published", equalTo(false));
        given().auth().oauth2(commissioner).post("/api/v1/placement-counts/2026-13").then().statusCode(400).contentType("application/problem+json");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> counts = placementEvents.cloudEvents(la, "uk.send.placement.counts.published.v1");
            assertThat(counts).hasSize(1);
            assertThat(counts.get(0).path("data").path("month").asText()).isEqualTo(month);
        });
    }
}
