package uk.send.placement.ledger.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.placement.ledger.domain.AcademicYear;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * "For each need and phase, how many specialist places it has, how many are filled": the ledger summed by need
 * type and phase (or setting group), each group checked against the LA's vacancy band, as JSON and CSV.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "placement"))
class LedgerTotalsTest {

    private final String la = "LT" + UUID.randomUUID().toString().substring(0, 8);
    private final String commissioner = DevTokens.mint(la, "commissioner@" + la + ".gov.uk", "commissioner");
    private final LocalDate today = LocalDate.now();
    private final int year = AcademicYear.of(today).startYear();

    private String provider(String name, String phase, String... needs) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", "SPECIAL_SCHOOL", "needTypes", List.of(needs), "establishmentTypeCode", 7));
        if (phase != null) {
            body.put("phase", phase);
        }
        return given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(body)
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
    }

    private void commission(String providerId, String need, int places) {
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(Map.of("places", places))
                .put("/api/v1/ledger/" + providerId + "/" + year + "/" + need).then().statusCode(201);
    }

    private void place(String providerId, String need, int children) {
        for (int i = 0; i < children; i++) {
            given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                    .body(Map.of("providerId", providerId, "ehcpRef", "LT-" + UUID.randomUUID(), "needType", need, "ncy", 7,
                            "startDate", today.minusDays(1).toString()))
                    .post("/api/v1/placements").then().statusCode(201);
        }
    }

    @Test
    void shouldSumPlacesByNeedAndPhaseAndCheckEachGroupAgainstTheBand() {
        String oak = provider("Oak Primary Special", "PRIMARY", "ASD", "SLD");
        String elm = provider("Elm Primary Special", "PRIMARY", "ASD");
        String ash = provider("Ash Secondary Special", "SECONDARY", "ASD");
        String yew = provider("Yew Special", null, "SLD");
        commission(oak, "ASD", 10);
        commission(oak, "SLD", 4);
        commission(elm, "ASD", 10);
        commission(ash, "ASD", 20);
        commission(yew, "SLD", 5);
        place(oak, "ASD", 9);
        place(elm, "ASD", 10);
        place(ash, "ASD", 10);
        place(oak, "SLD", 1);

        // Primary ASD: 20 places, 19 filled = 5% vacant, inside the default 3-8% band; secondary ASD half empty;
        // the provider without a phase is counted under NOT_RECORDED, not dropped.
        given().auth().oauth2(commissioner).queryParam("academicYear", year).get("/api/v1/ledger/totals").then().statusCode(200)
                .body("groupedBy", contains("needType", "phase"))
                .body("groups", hasSize(4))
                .body("groups[0].needType", equalTo("ASD")).body("groups[0].phase", equalTo("PRIMARY"))
                .body("groups[0].providers", equalTo(2)).body("groups[0].commissioned", equalTo(20)).body("groups[0].occupied", equalTo(19))
                .body("groups[0].vacant", equalTo(1)).body("groups[0].vacancyPct", equalTo(5.0f)).body("groups[0].band", equalTo("IN"))
                .body("groups[0]", not(org.hamcrest.Matchers.hasKey("settingGroup")))
                .body("groups[1].phase", equalTo("SECONDARY")).body("groups[1].commissioned", equalTo(20)).body("groups[1].occupied", equalTo(10))
                .body("groups[1].band", equalTo("ABOVE"))
                .body("groups[2].needType", equalTo("SLD")).body("groups[2].phase", equalTo("PRIMARY")).body("groups[2].occupied", equalTo(1))
                .body("groups[3].needType", equalTo("SLD")).body("groups[3].phase", equalTo("NOT_RECORDED")).body("groups[3].commissioned", equalTo(5))
                // Oak has places for two needs: the whole counts it once.
                .body("total.providers", equalTo(4)).body("total.commissioned", equalTo(49)).body("total.occupied", equalTo(30))
                .body("total.vacant", equalTo(19)).body("total.band", equalTo("ABOVE"));

        given().auth().oauth2(commissioner).queryParam("by", "phase").get("/api/v1/ledger/totals").then().statusCode(200)
                .body("groups.phase", contains("PRIMARY", "SECONDARY", "NOT_RECORDED"))
                .body("groups[0].providers", equalTo(2)).body("groups[0].commissioned", equalTo(24)).body("groups[0]", not(org.hamcrest.Matchers.hasKey("needType")));

        given().auth().oauth2(commissioner).queryParam("by", "none").get("/api/v1/ledger/totals").then().statusCode(200)
                .body("groups", hasSize(1)).body("groups[0].commissioned", equalTo(49)).body("groupedBy", hasSize(0));

        given().auth().oauth2(commissioner).queryParam("format", "csv").get("/api/v1/ledger/totals").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("Need type,Phase,Providers,Commissioned,Occupied,Vacant,Vacancy %,Requested next year,Vacancy band"))
                .body(containsString("ASD,PRIMARY,2,20,19,1,5.00,20,IN"))
                .body(containsString("Total,,4,49,30,19,"));
    }

    @Test
    void shouldRefuseAnUnknownGroupingAndShowAnotherLaNothing() {
        given().auth().oauth2(commissioner).queryParam("by", "needType,postcode").get("/api/v1/ledger/totals").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("by"))
                .body("errors[0].message", containsString("'postcode' is not a grouping"));
        given().auth().oauth2(commissioner).queryParam("by", ",").get("/api/v1/ledger/totals").then().statusCode(400)
                .body("errors[0].message", containsString("names no grouping"));
        given().auth().oauth2(commissioner).queryParam("by", "phase,phase").get("/api/v1/ledger/totals").then().statusCode(400);
        given().auth().oauth2(commissioner).queryParam("format", "pdf").get("/api/v1/ledger/totals").then().statusCode(400);

        String oak = provider("Oak", "PRIMARY", "ASD");
        commission(oak, "ASD", 10);
        String other = DevTokens.mint("B" + la, "c@b.gov.uk", "commissioner");
        given().auth().oauth2(other).get("/api/v1/ledger/totals").then().statusCode(200)
                .body("groups", hasSize(0)).body("total.commissioned", equalTo(0)).body("total.vacancyPct", nullValue());
        String school = DevTokens.mint(la, "head@school.example", "school");
        given().auth().oauth2(school).get("/api/v1/ledger/totals").then().statusCode(403);
    }
}
