package uk.send.notification.security;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.notification.support.MailServerTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13 rate limits: a token bucket per client within an LA and one per LA; an empty bucket answers 429
 * problem+json with Retry-After and does nothing; other clients and other LAs are not held back by one client.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBuckets.class)
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class RateLimitTest {

    /** Five requests a client and eight an LA, refilled one every 100 seconds: nothing refills within the test. */
    public static class SmallBuckets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("send.rate-limit.per-client.burst", "5", "send.rate-limit.per-client.per-second", "0.01",
                    "send.rate-limit.per-la.burst", "8", "send.rate-limit.per-la.per-second", "0.01");
        }
    }

    private final String la = "LT" + UUID.randomUUID().toString().substring(0, 8);

    private String client(String la, String azp) {
        JwtClaims claims = DevTokens.claims(la, "svc-" + UUID.randomUUID(), List.of("programme-lead"), null, Duration.ofHours(1));
        claims.setClaim("azp", azp);
        return DevTokens.sign(claims);
    }

    @Test
    void shouldAnswer429WithRetryAfterPerClientAndPerLa() {
        String alpha = client(la, "alpha");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(alpha).get("/api/v1/inbox").then().statusCode(200);
        }
        given().auth().oauth2(client(la, "alpha")).get("/api/v1/inbox").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("type", endsWith("rate-limited")).body("status", equalTo(429));

        // Another client of the same LA has its own bucket, until the LA's (eight) is empty.
        String beta = client(la, "beta");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(beta).get("/api/v1/inbox").then().statusCode(200);
        }
        given().auth().oauth2(beta).get("/api/v1/inbox").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());

        // Another LA is not held back, and health is never limited.
        given().auth().oauth2(client("LU" + la.substring(2), "alpha")).get("/api/v1/inbox").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }
}
