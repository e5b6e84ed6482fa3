package uk.send.notification.subscription.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.notification.support.MailServerTestResource;
import uk.send.notification.support.PlanEvents;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13 item 6: a subscription can never widen what a role may read. A programme lead subscribing the school
 * role to funding events gets each school user its own setting's events only; the school role cannot be
 * subscribed to plan events at all.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class SubscriptionReadershipTest {

    private static PlanEvents events;

    private final String la = "LR" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la.toLowerCase() + ".gov.uk", "programme-lead");
    private final String ownUrn = String.valueOf(100000 + (int) (Math.random() * 800000));
    private final String otherUrn = String.valueOf(Integer.parseInt(ownUrn) + 1);
    private final String school = DevTokens.mint(la, "head@school-" + ownUrn + ".sch.uk", List.of("school"), ownUrn, Duration.ofHours(1));
    private final String finance = DevTokens.mint(la, "finance@" + la.toLowerCase() + ".gov.uk", "finance");

    @BeforeAll
    static void connect() {
        events = new PlanEvents();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    private void settingRegistered(String urn, String name) {
        events.publish("funding.events", urn, PlanEvents.event(la, PlanEvents.newId(), "uk.send.funding.setting.registered.v1", "setting/" + urn,
                Map.of("settingId", UUID.randomUUID().toString(), "urn", urn, "name", name, "type", "MAINTAINED_PRIMARY", "cluster", "North",
                        "active", true)));
    }

    private List<String> subjects(String token) {
        return given().auth().oauth2(token).queryParam("size", 100).get("/api/v1/inbox").then().statusCode(200).extract().path("items.subject");
    }

    @Test
    void shouldDeliverASchoolRoleSubscriptionOnlyTheSchoolsOwnSettingsEvents() {
        given().auth().oauth2(school).get("/api/v1/inbox").then().statusCode(200);
        given().auth().oauth2(finance).get("/api/v1/inbox").then().statusCode(200);
        for (String role : List.of("school", "finance")) {
            given().auth().oauth2(lead).contentType(ContentType.JSON)
                    .body(Map.of("eventTypes", "uk.send.funding.*", "audience", "ROLE", "role", role, "channel", "INBOX"))
                    .post("/api/v1/subscriptions").then().statusCode(201);
        }

        settingRegistered(otherUrn, "Another Primary School");
        settingRegistered(ownUrn, "Own Primary School");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjects(finance)).hasSize(2));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(subjects(school)).containsExactly("setting/" + ownUrn));
        assertThat(given().auth().oauth2(school).get("/api/v1/inbox").asString()).doesNotContain("Another Primary School").doesNotContain(otherUrn);
    }

    @Test
    void shouldRefuseToSubscribeTheSchoolRoleToEventsItMayNeverRead() {
        for (String types : List.of("uk.send.plan.*", "*", "uk.send.funding.*,uk.send.plan.deadline.missed.v1")) {
            given().auth().oauth2(lead).contentType(ContentType.JSON)
                    .body(Map.of("eventTypes", types, "audience", "ROLE", "role", "school", "channel", "INBOX"))
                    .post("/api/v1/subscriptions").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("eventTypes"));
        }
    }

    @Test
    void shouldNotWidenAPersonSubscriptionNamingASchoolUser() {
        String head = "head2@school-" + ownUrn + ".sch.uk";
        String token = DevTokens.mint(la, head, List.of("school"), ownUrn, Duration.ofHours(1));
        given().auth().oauth2(token).get("/api/v1/inbox").then().statusCode(200);
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("eventTypes", "uk.send.funding.*", "audience", "PERSON", "person", head, "channel", "INBOX"))
                .post("/api/v1/subscriptions").then().statusCode(201);
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("eventTypes", "uk.send.funding.*", "audience", "PERSON", "person", "finance@" + la.toLowerCase() + ".gov.uk", "channel", "INBOX"))
                .post("/api/v1/subscriptions").then().statusCode(201);
        given().auth().oauth2(finance).get("/api/v1/inbox").then().statusCode(200);

        settingRegistered(otherUrn, "Another Primary School");
        settingRegistered(ownUrn, "Own Primary School");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjects(finance)).hasSize(2));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(subjects(token)).containsExactly("setting/" + ownUrn));
    }
}
