package uk.send.plan.deadline.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A scan "as of" a later day (issue 13, item 4) announced as overdue what was not yet due, and, each notice
 * going out once, swallowed the genuine reminder later. It is now refused and records nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class DeadlineScanResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");
    private final String admin = DevTokens.mint(la, "admin@" + la + ".gov.uk", "admin");

    private void programmeWithATaskDueIn(int days) {
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("title", "Recovery plan", "kind", "RECOVERY_PLAN", "tasks", List.of(
                        Map.of("title", "Agree band values", "dueDate", TODAY.plusDays(days).toString(),
                                "leadOfficer", Map.of("id", "jane@" + la, "name", "Jane")))))
                .post("/api/v1/programmes").then().statusCode(201);
    }

    @Test
    void shouldRefuseAScanAsOfALaterDayAndRecordNothing() {
        programmeWithATaskDueIn(30);
        for (String token : List.of(lead, admin)) {
            given().auth().oauth2(token).queryParam("asOf", TODAY.plusDays(60).toString()).post("/api/v1/deadline-scans")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("asOf"));
        }
        // Nothing was recorded: when the task really is 14 days away its reminder still goes out.
        given().auth().oauth2(lead).post("/api/v1/deadline-scans").then().statusCode(200)
                .body("approaching", equalTo(0)).body("missed", equalTo(0));
    }

    @Test
    void shouldStillScanAsOfTodayOrAnEarlierDayToCatchUp() {
        programmeWithATaskDueIn(-2);
        given().auth().oauth2(lead).queryParam("asOf", TODAY.minusDays(1).toString()).post("/api/v1/deadline-scans")
                .then().statusCode(200).body("asOf", equalTo(TODAY.minusDays(1).toString())).body("missed", equalTo(1));
        given().auth().oauth2(lead).queryParam("asOf", TODAY.toString()).post("/api/v1/deadline-scans")
                .then().statusCode(200).body("asOf", equalTo(TODAY.toString()));
    }
}
