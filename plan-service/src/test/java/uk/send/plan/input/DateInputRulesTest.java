package uk.send.plan.input;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A date PostgreSQL cannot store (year ±999,999,999) used to reach the database and answer 500
 * (issue 13, item 8); a date outside 1900–2999 is now a 400 naming the field, and nothing is written.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class DateInputRulesTest {

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");

    @Test
    void shouldRefuseADateOutsideTheYearsThePlatformStores() {
        for (String due : new String[]{"+999999999-12-31", "-999999999-01-01", "1899-12-31", "3000-01-01"}) {
            given().auth().oauth2(lead).contentType(ContentType.JSON)
                    .body("{\"title\":\"Recovery plan\",\"kind\":\"RECOVERY_PLAN\",\"tasks\":[{\"title\":\"Band values\",\"dueDate\":\"" + due + "\"}]}")
                    .post("/api/v1/programmes")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("tasks[0].dueDate"))
                    .body("errors.message", hasItem("must be a date in the years 1900 to 2999"));
        }
        given().auth().oauth2(lead).get("/api/v1/programmes").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldStillAcceptAnOrdinaryDate() {
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body("{\"title\":\"Recovery plan\",\"kind\":\"RECOVERY_PLAN\",\"tasks\":[{\"title\":\"Band values\",\"dueDate\":\"2027-01-31\"}]}")
                .post("/api/v1/programmes")
                .then().statusCode(201);
    }
}
