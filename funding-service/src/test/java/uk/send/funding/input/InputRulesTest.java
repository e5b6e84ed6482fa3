package uk.send.funding.input;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Input that used to answer 500 without problem+json (issue 13, item 8): a NUL byte in a string or an
 * address, {@code page × size} overflowing, a 5,000-digit number. Each is now a 400 that names the rule,
 * and nothing is written.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class InputRulesTest {

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String finance = DevTokens.mint(la, "finance@" + la + ".gov.uk", "finance");

    private void assertNothingRegistered() {
        given().auth().oauth2(finance).get("/api/v1/settings").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldRefuseANulCharacterInAJsonString() {
        given().auth().oauth2(finance).contentType(ContentType.JSON)
                .body("{\"urn\":\"100001\",\"name\":\"Oak\\u0000Acre\",\"type\":\"MAINSTREAM_PRIMARY\"}")
                .post("/api/v1/settings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.message", hasItem("must not contain a NUL character"));
        assertNothingRegistered();
    }

    @Test
    void shouldRefuseANulCharacterInTheQueryOrPath() {
        given().auth().oauth2(finance).urlEncodingEnabled(false).get("/api/v1/settings?q=Oak%00Acre")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("NUL"));
        given().auth().oauth2(finance).urlEncodingEnabled(false).get("/api/v1/settings/by-urn/10%0000")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseANumberOfThousandsOfDigits() {
        String huge = "9".repeat(5000);
        given().auth().oauth2(finance).contentType(ContentType.JSON)
                .body("{\"urn\":\"100002\",\"name\":" + huge + ",\"type\":\"MAINSTREAM_PRIMARY\"}")
                .post("/api/v1/settings")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("numbers up to"));
        assertNothingRegistered();
    }

    @Test
    void shouldRefuseJsonNestedTooDeeply() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        given().auth().oauth2(finance).contentType(ContentType.JSON)
                .body("{\"urn\":\"100003\",\"name\":\"x\",\"type\":\"MAINSTREAM_PRIMARY\",\"cluster\":" + deep + "}")
                .post("/api/v1/settings")
                .then().statusCode(400).contentType("application/problem+json");
        assertNothingRegistered();
    }

    @Test
    void shouldRefuseAPageWhoseOffsetWouldOverflow() {
        given().auth().oauth2(finance).get("/api/v1/settings?page=2147483647&size=100")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("page"));
        given().auth().oauth2(finance).get("/api/v1/settings?page=10000000&size=100")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }
}
