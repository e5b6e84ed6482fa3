package uk.send.notification.inbox.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.notification.support.MailServerTestResource;
import uk.send.notification.support.PlanEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class InboxResourceTest {

    private static PlanEvents events;
    private final TopicProbe deadLetters = TopicProbe.of("notification.dlq");

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String person = "jane@" + la + ".gov.uk";
    private final String token = DevTokens.mint(la, person, "programme-lead");

    @BeforeAll
    static void connect() {
        events = new PlanEvents();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    private String deadlineEvent(String eventId, String type, String taskId, String title, String leadId, Integer leadDays, Integer overdue) {
        return PlanEvents.deadline(la, eventId, type, UUID.randomUUID().toString(), taskId, title, leadId, LocalDate.of(2026, 11, 24), leadDays, overdue);
    }

    private void publish(String key, String value) {
        events.publish(key, value);
    }

    @Test
    void shouldPutAnApproachingDeadlineInTheLeadOfficersInbox() {
        String task = UUID.randomUUID().toString();
        publish(task, deadlineEvent(UUID.randomUUID().toString(), "uk.send.plan.deadline.approaching.v1", task, "Agree band values", person, 1, null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(token).get("/api/v1/inbox/unread-count").then().statusCode(200).body("unread", equalTo(1)));
        String id = given().auth().oauth2(token).get("/api/v1/inbox").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("Due within 1 day: Agree band values"))
                .body("items[0].body", containsString("Tuesday 24 November 2026"))
                .body("items[0].subject", equalTo("task/" + task))
                .body("items[0].read", equalTo(false))
                .extract().path("items[0].id");

        given().auth().oauth2(token).post("/api/v1/inbox/" + id + "/read").then().statusCode(200).body("read", equalTo(true));
        given().auth().oauth2(token).get("/api/v1/inbox/unread-count").then().body("unread", equalTo(0));
        given().auth().oauth2(token).queryParam("unread", true).get("/api/v1/inbox").then().body("totalItems", equalTo(0));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        given().auth().oauth2(token).queryParam("from", today.toString()).queryParam("to", today.toString()).get("/api/v1/inbox").then().body("totalItems", equalTo(1));
        given().auth().oauth2(token).queryParam("from", today.plusDays(1).toString()).get("/api/v1/inbox").then().body("totalItems", equalTo(0));
        given().auth().oauth2(token).queryParam("from", today.toString()).queryParam("to", today.minusDays(1).toString()).get("/api/v1/inbox")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"));
        given().auth().oauth2(token).post("/api/v1/inbox/" + id + "/unread").then().statusCode(200).body("read", equalTo(false));
    }

    @Test
    void shouldMakeOneNotificationFromADuplicatedEvent() {
        String task = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String event = deadlineEvent(eventId, "uk.send.plan.deadline.missed.v1", task, "Publish the local offer", person, null, 2);
        publish(task, event);
        publish(task, event);
        // Same key, so same partition: once this later event is in the inbox, both copies above were processed.
        publish(task, deadlineEvent(UUID.randomUUID().toString(), "uk.send.plan.deadline.approaching.v1", task, "Marker", person, 0, null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(token).queryParam("type", "uk.send.plan.deadline.approaching.v1").get("/api/v1/inbox")
                        .then().body("totalItems", equalTo(1)));
        given().auth().oauth2(token).queryParam("type", "uk.send.plan.deadline.missed.v1").get("/api/v1/inbox").then()
                .body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("Overdue: Publish the local offer"))
                .body("items[0].body", containsString("2 days overdue"));
    }

    @Test
    void shouldSendAPoisonEventToTheDeadLetterTopicAndCarryOn() {
        String task = UUID.randomUUID().toString();
        String marker = "poison-" + UUID.randomUUID();
        publish(task, "{ this is not a CloudEvent " + marker);
        publish(task, deadlineEvent(UUID.randomUUID().toString(), "uk.send.plan.deadline.approaching.v1", task, "After the poison", person, 7, null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var dead = deadLetters.records(r -> r.value() != null && r.value().contains(marker));
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value())).contains("not a CloudEvent");
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(token).get("/api/v1/inbox").then().body("totalItems", equalTo(1))
                        .body("items[0].title", equalTo("Due within 7 days: After the poison")));
    }

    @Test
    void shouldShowEachPersonOnlyTheirOwnInboxInTheirOwnLa() {
        String task = UUID.randomUUID().toString();
        publish(task, deadlineEvent(UUID.randomUUID().toString(), "uk.send.plan.deadline.approaching.v1", task, "Private", person, 14, null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(token).get("/api/v1/inbox").then().body("totalItems", equalTo(1)));
        String id = given().auth().oauth2(token).get("/api/v1/inbox").then().extract().path("items[0].id");

        String colleague = DevTokens.mint(la, "someone.else@" + la + ".gov.uk", "programme-lead");
        given().auth().oauth2(colleague).get("/api/v1/inbox").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(colleague).post("/api/v1/inbox/" + id + "/read").then().statusCode(404).contentType("application/problem+json");
        String sameNameOtherLa = DevTokens.mint("OTHER" + la, person, "programme-lead");
        given().auth().oauth2(sameNameOtherLa).get("/api/v1/inbox").then().body("totalItems", equalTo(0));
        given().get("/api/v1/inbox").then().statusCode(401).contentType("application/problem+json");
    }
}
