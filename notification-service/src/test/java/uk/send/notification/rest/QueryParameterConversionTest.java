package uk.send.notification.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.notification.support.MailServerTestResource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A date or number query parameter that does not convert answers 400 naming it, not 404. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class QueryParameterConversionTest {

    private final String la = "QP" + UUID.randomUUID().toString().substring(0, 8);
    private final String officer = DevTokens.mint(la, "officer@" + la + ".gov.uk", "sen-officer");

    @Test
    void shouldAnswer400NamingFromWhenItIsNotADate() {
        given().auth().oauth2(officer).queryParam("from", "01/09/2026")
                .get("/api/v1/inbox")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("'01/09/2026' is not a date as YYYY-MM-DD"));
    }

    @Test
    void shouldAnswer400NamingFromWhenItIsADateNoRecordCouldHave() {
        given().auth().oauth2(officer).queryParam("from", "+999999999-12-31")
                .get("/api/v1/inbox")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("'+999999999-12-31' is not a date in the years 1900 to 2999"));
    }

    @Test
    void shouldAnswer400NamingSizeWhenItIsNotANumber() {
        given().auth().oauth2(officer).queryParam("size", "abc")
                .get("/api/v1/inbox")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void shouldStillFilterByAValidDate() {
        given().auth().oauth2(officer).queryParam("from", "2026-09-01")
                .get("/api/v1/inbox")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
