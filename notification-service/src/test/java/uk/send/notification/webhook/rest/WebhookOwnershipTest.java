package uk.send.notification.webhook.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Issue 13 item 5: a webhook belongs to the client that registered it. Another partner of the same LA cannot see,
 * rotate (and so read) or deactivate its secret: 404, as if it did not exist. An LA admin manages them all.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class WebhookOwnershipTest {

    private final String la = "LW" + UUID.randomUUID().toString().substring(0, 8);
    private final String admin = DevTokens.mint(la, "admin@" + la.toLowerCase() + ".gov.uk", "admin");

    private String partner(String claim, String client) {
        JwtClaims claims = DevTokens.claims(la, "service-account-" + UUID.randomUUID(), List.of("case-management"), null, Duration.ofHours(1));
        claims.setClaim(claim, client);
        return DevTokens.sign(claims);
    }

    private String register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("url", "http://localhost:9/hook-" + UUID.randomUUID(), "eventTypes", List.of("uk.send.funding.*")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldAnswer404ToAPartnerTouchingAnotherPartnersWebhook() {
        String alpha = partner("azp", "alpha-case-system");
        String alphaAgain = partner("azp", "alpha-case-system");
        String beta = partner("azp", "beta-case-system");
        String id = register(alpha);

        given().auth().oauth2(beta).get("/api/v1/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(beta).header("If-Match", "\"0\"").post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(404);
        given().auth().oauth2(beta).delete("/api/v1/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(beta).get("/api/v1/webhooks").then().statusCode(200).body("items.id", not(hasItem(id)));

        // Another token of the same client (a new service account session) is the same owner.
        given().auth().oauth2(alphaAgain).get("/api/v1/webhooks").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(alphaAgain).header("If-Match", "\"0\"").post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(200).body("secret", org.hamcrest.Matchers.startsWith("whsec_"));
        given().auth().oauth2(admin).get("/api/v1/webhooks/" + id).then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void shouldLetAnAdminManageEveryWebhookOfTheLaButNoOtherLas() {
        String id = register(partner("client_id", "gamma-finance-system"));
        given().auth().oauth2(admin).get("/api/v1/webhooks").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(DevTokens.mint("OTHER" + la.substring(2), "admin@other.gov.uk", "admin")).delete("/api/v1/webhooks/" + id)
                .then().statusCode(404);
        given().auth().oauth2(admin).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        given().auth().oauth2(partner("client_id", "gamma-finance-system")).get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("active", equalTo(false));
    }
}
