package uk.send.notification.security;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.notification.support.MailServerTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Tokens that are signed with the right key but that the platform must still refuse (issue 13, item 7):
 * no audience check, no maximum age, an {@code iat} in the future and a non-string {@code la} were all
 * accepted, and a token with no role could read an inbox and change preferences.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class TokenRulesTest {

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String person = "jane@" + la + ".gov.uk";

    private JwtClaims claims() {
        return DevTokens.claims(la, person, List.of("programme-lead"), null, Duration.ofHours(1));
    }

    private void assertRefused(String token, int status, String detail) {
        given().auth().oauth2(token).get("/api/v1/inbox")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("detail", containsString(detail));
    }

    @Test
    void shouldAcceptAWellFormedToken() {
        given().auth().oauth2(DevTokens.sign(claims())).get("/api/v1/inbox").then().statusCode(200);
    }

    @Test
    void shouldRefuseATokenIssuedForAnotherAudience() {
        JwtClaims claims = claims();
        claims.setAudience("some-other-api");
        given().auth().oauth2(DevTokens.sign(claims)).get("/api/v1/inbox")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void shouldRefuseATokenWithNoAudience() {
        JwtClaims claims = claims();
        claims.unsetClaim("aud");
        given().auth().oauth2(DevTokens.sign(claims)).get("/api/v1/inbox").then().statusCode(401);
    }

    @Test
    void shouldRefuseATokenOlderThanTwelveHoursEvenIfItHasNotExpired() {
        JwtClaims claims = claims();
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - Duration.ofHours(13).toSeconds()));
        claims.setExpirationTimeMinutesInTheFuture(60);
        given().auth().oauth2(DevTokens.sign(claims)).get("/api/v1/inbox").then().statusCode(401);
    }

    @Test
    void shouldRefuseATokenIssuedInTheFuture() {
        JwtClaims claims = claims();
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() + Duration.ofDays(1).toSeconds()));
        claims.setExpirationTimeMinutesInTheFuture(48 * 60);
        assertRefused(DevTokens.sign(claims), 401, "in the future");
    }

    @Test
    void shouldRefuseATokenWithoutAnIssueTime() {
        JwtClaims claims = claims();
        claims.unsetClaim("iat");
        given().auth().oauth2(DevTokens.sign(claims)).get("/api/v1/inbox").then().statusCode(401);
    }

    @Test
    void shouldRefuseALocalAuthorityClaimThatIsNotAString() {
        for (Object la : List.of(42, List.of("A", "B"), Map.of("code", "A"), true)) {
            JwtClaims claims = claims();
            claims.setClaim("la", la);
            assertRefused(DevTokens.sign(claims), 401, "must be a string");
        }
    }

    @Test
    void shouldRefuseALocalAuthorityClaimThatIsNotAShortCode() {
        for (String la : List.of("", "A".repeat(33), "LA\nX", "LA'; drop table inbox_entry;--", "LA\u0000")) {
            JwtClaims claims = claims();
            claims.setClaim("la", la);
            assertRefused(DevTokens.sign(claims), 401, "1 to 32 letters");
        }
    }

    @Test
    void shouldRefuseATokenWithNoRoleEvenForTheInboxAndPreferences() {
        for (List<String> roles : List.of(List.<String>of(), List.of("superuser"))) {
            String token = DevTokens.sign(DevTokens.claims(la, person, roles, null, Duration.ofHours(1)));
            assertRefused(token, 403, "none of the platform's roles");
            given().auth().oauth2(token).get("/api/v1/inbox/unread-count").then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/me/preferences").then().statusCode(403);
        }
    }

    @Test
    void shouldStillServeHealthAndTheContractWithoutAToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
