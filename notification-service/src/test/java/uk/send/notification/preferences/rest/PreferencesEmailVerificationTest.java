package uk.send.notification.preferences.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.notification.support.Mailbox;
import uk.send.notification.support.MailServerTestResource;
import uk.send.notification.support.PlanEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 13 item 9: {@code PUT /me/preferences} cannot redirect a person's e-mail to an address nobody confirmed. The
 * new address gets a code; until it comes back, e-mail keeps going to the old address.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class PreferencesEmailVerificationTest {

    private static PlanEvents events;
    private static final Pattern CODE = Pattern.compile("enter this code: ([A-Za-z0-9_-]+)");

    private final String la = "LP" + UUID.randomUUID().toString().substring(0, 8);
    private final String person = "pat." + UUID.randomUUID().toString().substring(0, 6) + "@" + la.toLowerCase() + ".gov.uk";
    private final String newAddress = "pat." + UUID.randomUUID().toString().substring(0, 6) + "@elsewhere.example";
    private final String token = DevTokens.mint(la, person, "programme-lead");

    @BeforeAll
    static void connect() {
        events = new PlanEvents();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    private String etag() {
        return given().auth().oauth2(token).get("/api/v1/me/preferences").then().statusCode(200).extract().header("ETag");
    }

    @Test
    void shouldKeepEmailingTheOldAddressUntilTheNewOneIsConfirmed() {
        given().auth().oauth2(token).header("If-Match", etag()).contentType(ContentType.JSON)
                .body(Map.of("emailEnabled", true, "digestOnly", false, "email", newAddress)).put("/api/v1/me/preferences")
                .then().statusCode(200).body("email", equalTo(person)).body("pendingEmail", equalTo(newAddress));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Mailbox.of(newAddress)).hasSize(1));
        Mailbox.Mail verification = Mailbox.of(newAddress).get(0);
        assertThat(verification.subject()).contains("Confirm your e-mail address");
        Matcher code = CODE.matcher(verification.text());
        assertThat(code.find()).isTrue();

        String task = PlanEvents.newId();
        events.publish(task, PlanEvents.deadline(la, PlanEvents.newId(), "uk.send.plan.deadline.approaching.v1", PlanEvents.newId(), task,
                "Publish the local offer", person, LocalDate.of(2026, 12, 3), 7, null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Mailbox.of(person)).hasSize(1));
        assertThat(Mailbox.of(newAddress)).hasSize(1);

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("token", "not-the-code"))
                .post("/api/v1/me/preferences/email-verification").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("token"));
        given().auth().oauth2(DevTokens.mint(la, "someone.else@" + la.toLowerCase() + ".gov.uk", "programme-lead")).contentType(ContentType.JSON)
                .body(Map.of("token", code.group(1))).post("/api/v1/me/preferences/email-verification").then().statusCode(400);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("token", code.group(1)))
                .post("/api/v1/me/preferences/email-verification").then().statusCode(200)
                .body("email", equalTo(newAddress)).body("pendingEmail", nullValue());
    }
}
