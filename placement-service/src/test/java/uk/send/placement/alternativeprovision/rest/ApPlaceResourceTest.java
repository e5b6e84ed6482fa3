package uk.send.placement.alternativeprovision.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "placement"))
class ApPlaceResourceTest {

    private final String la = "AP" + UUID.randomUUID().toString().substring(0, 8);
    private final String commissioner = DevTokens.mint(la, "commissioner@" + la + ".gov.uk", "commissioner");

    private static final String TABLE = """
            academic_year,ncy,permanent_exclusions,suspensions
            2021/22,8,100,500
            2022/23,9,10,80
            2022/23,5,4,20
            2023/24,9,12,140
            2023/24,10,6,95
            2023/24,5,2,30
            2024/25,9,8,150
            """;

    private String apProvider(String name, String phase) {
        return given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "ALTERNATIVE_PROVISION", "needTypes", List.of("SEMH"), "establishmentTypeCode", 14, "phase", phase))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldModelApPlacesAndShareThemAmongApProviders() {
        String bigPru = apProvider("Beacon PRU", "SECONDARY");
        String smallPru = apProvider("Harbour PRU", "ALL_THROUGH");
        int year = 2024;
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(Map.of("places", 20))
                .put("/api/v1/ledger/" + bigPru + "/" + year + "/SEMH").then().statusCode(201);
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(Map.of("places", 10))
                .put("/api/v1/ledger/" + smallPru + "/" + year + "/SEMH").then().statusCode(201);

        given().auth().oauth2(commissioner).contentType("text/csv").queryParam("reintegrationRate", "0.5").queryParam("averageStayYears", "0.5")
                .body(TABLE).post("/api/v1/alternative-provision/place-model").then().statusCode(200)
                .body("yearsConsidered", contains(2022, 2023, 2024)).body("peakYear", equalTo(2023)).body("forAcademicYear", equalTo(2025))
                .body("primaryPlaces", equalTo(3)).body("secondaryPlaces", equalTo(34))
                .body("intentions.find { it.providerId == '" + bigPru + "' && it.phase == 'SECONDARY' }.places", equalTo(23))
                .body("intentions.find { it.providerId == '" + smallPru + "' && it.phase == 'SECONDARY' }.places", equalTo(11))
                .body("intentions.find { it.providerId == '" + smallPru + "' && it.phase == 'PRIMARY' }.places", equalTo(3));
    }

    @Test
    void shouldRefuseABadTableOrParameters() {
        given().auth().oauth2(commissioner).contentType("text/csv").body("academic_year,ncy,permanent_exclusions,suspensions\n2023,9,x,1\n")
                .post("/api/v1/alternative-provision/place-model").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("line 2.permanent_exclusions"));
        given().auth().oauth2(commissioner).contentType("text/csv").queryParam("reintegrationRate", "1.5").body(TABLE)
                .post("/api/v1/alternative-provision/place-model").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("reintegrationRate"));
        given().auth().oauth2(DevTokens.mint(la, "fin@x.gov.uk", "finance")).contentType("text/csv").body(TABLE)
                .post("/api/v1/alternative-provision/place-model").then().statusCode(403);
    }
}
