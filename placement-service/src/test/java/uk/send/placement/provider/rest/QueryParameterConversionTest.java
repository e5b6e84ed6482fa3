package uk.send.placement.provider.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A query parameter that does not convert is bad input (400 naming it), not a missing resource (404). */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "placement"))
class QueryParameterConversionTest {

    private final String la = "QP" + UUID.randomUUID().toString().substring(0, 8);
    private final String commissioner = DevTokens.mint(la, "commissioner@" + la + ".gov.uk", "commissioner");

    @Test
    void shouldAnswer400NamingSizeWhenItIsNotANumber() {
        given().auth().oauth2(commissioner).queryParam("size", "abc")
                .get("/api/v1/providers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("'abc' is not a whole number"));
    }

    @Test
    void shouldAnswer400NamingPageWhenItIsNotANumber() {
        given().auth().oauth2(commissioner).queryParam("page", "first")
                .get("/api/v1/providers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void shouldStillListWithValidPaging() {
        given().auth().oauth2(commissioner).queryParam("page", "0").queryParam("size", "5")
                .get("/api/v1/providers")
                .then().statusCode(200).body("size", equalTo(5)).body("totalItems", equalTo(0));
    }
}
