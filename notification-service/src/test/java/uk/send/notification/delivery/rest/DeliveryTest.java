package uk.send.notification.delivery.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.notification.jobs.NotificationJobs;
import uk.send.notification.support.Mailbox;
import uk.send.notification.support.MailServerTestResource;
import uk.send.notification.support.PlanEvents;
import uk.send.notification.support.WebhookReceiver;
import uk.send.notification.webhook.domain.WebhookSigner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Email through a real SMTP server, signed webhooks to a real HTTP endpoint, preferences, subscriptions, digests and reminders. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class DeliveryTest {

    private static PlanEvents events;

    @Inject
    NotificationJobs jobs;

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = "jane." + UUID.randomUUID().toString().substring(0, 6) + "@" + la.toLowerCase() + ".gov.uk";
    private final String leadToken = DevTokens.mint(la, lead, "programme-lead");
    private final String admin = DevTokens.mint(la, "admin@" + la.toLowerCase() + ".gov.uk", "admin");

    @BeforeAll
    static void connect() {
        events = new PlanEvents();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    private String approaching(String programme, String task, String title, LocalDate due, int leadDays) {
        String id = PlanEvents.newId();
        events.publish(task, PlanEvents.deadline(la, id, "uk.send.plan.deadline.approaching.v1", programme, task, title, lead, due, leadDays, null));
        return id;
    }

    private String missed(String programme, String task, String title, LocalDate due, int overdue) {
        String id = PlanEvents.newId();
        events.publish(task, PlanEvents.deadline(la, id, "uk.send.plan.deadline.missed.v1", programme, task, title, lead, due, null, overdue));
        return id;
    }

    private List<String> inboxTitles(String token) {
        return given().auth().oauth2(token).queryParam("size", 100).get("/api/v1/inbox").then().statusCode(200).extract().path("items.title");
    }

    @Test
    void shouldEmailTheLeadOfficerOnceWithAStableMessageId() {
        String task = PlanEvents.newId();
        String eventId = PlanEvents.newId();
        String event = PlanEvents.deadline(la, eventId, "uk.send.plan.deadline.approaching.v1", PlanEvents.newId(), task,
                "Consult on band values", lead, LocalDate.of(2026, 12, 1), 7, null);
        events.publish(task, event);
        events.publish(task, event);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Mailbox.of(lead)).hasSize(1));
        Mailbox.Mail mail = Mailbox.of(lead).get(0);
        assertThat(mail.subject()).isEqualTo("Due within 7 days: Consult on band values");
        assertThat(mail.text()).contains("Tuesday 1 December 2026").contains("https://send.test-la.gov.uk/programmes/");
        assertThat(mail.html()).contains("<strong>Tuesday 1 December 2026</strong>");

        String deliveryId = given().auth().oauth2(admin).queryParam("eventId", eventId).get("/api/v1/deliveries").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].channel", equalTo("EMAIL")).body("items[0].status", equalTo("SENT"))
                .extract().path("items[0].id");
        assertThat(mail.messageId()).isEqualTo("<" + deliveryId + "@send-platform.uk>");
        given().auth().oauth2(admin).get("/api/v1/deliveries/" + deliveryId).then().body("attemptLog.outcome", equalTo(List.of("SENT")));
        given().auth().oauth2(leadToken).get("/api/v1/deliveries").then().statusCode(403);
    }

    @Test
    void shouldDeliverASignedWebhookOnceAfterThreeFailures() {
        try (WebhookReceiver receiver = new WebhookReceiver().failNext(3, 503)) {
            String secret = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("uk.send.plan.deadline.*")))
                    .post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");
            assertThat(secret).startsWith("whsec_");

            String eventId = approaching(PlanEvents.newId(), PlanEvents.newId(), "Publish the local offer", LocalDate.of(2026, 12, 2), 14);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.requests()).hasSize(4));
            List<WebhookReceiver.Request> requests = receiver.requests();
            assertThat(requests).extracting(r -> r.headers().get("webhook-id")).containsOnly(requests.get(0).headers().get("webhook-id"));
            WebhookReceiver.Request last = requests.get(3);
            assertThat(last.body()).contains("\"id\":\"" + eventId + "\"").contains("uk.send.plan.deadline.approaching.v1");
            assertThat(last.headers().get("content-type")).startsWith("application/cloudevents+json");
            assertThat(new WebhookSigner().verify(last.headers().get("webhook-id"), last.headers().get("webhook-timestamp"), last.body(),
                    last.headers().get("webhook-signature"), secret, Instant.now(), Duration.ofMinutes(5))).isTrue();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    given().auth().oauth2(admin).queryParam("eventId", eventId).queryParam("channel", "WEBHOOK").get("/api/v1/deliveries")
                            .then().body("items[0].status", equalTo("SENT")).body("items[0].attempts", equalTo(4)));
            String id = given().auth().oauth2(admin).queryParam("eventId", eventId).queryParam("channel", "WEBHOOK").get("/api/v1/deliveries")
                    .then().extract().path("items[0].id");
            given().auth().oauth2(admin).get("/api/v1/deliveries/" + id).then()
                    .body("attemptLog.outcome", equalTo(List.of("FAILED", "FAILED", "FAILED", "SENT")))
                    .body("attemptLog[0].httpStatus", equalTo(503));
        }
    }

    @Test
    void shouldSignWithBothSecretsDuringARotation() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            var created = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("uk.send.plan.*"))).post("/api/v1/webhooks").then().statusCode(201);
            String oldSecret = created.extract().path("secret");
            String id = created.extract().path("id");
            given().auth().oauth2(admin).post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(428);
            String newSecret = given().auth().oauth2(admin).header("If-Match", "\"0\"").post("/api/v1/webhooks/" + id + "/rotate-secret")
                    .then().statusCode(200).extract().path("secret");
            assertThat(newSecret).isNotEqualTo(oldSecret);
            given().auth().oauth2(admin).get("/api/v1/webhooks/" + id).then().body("secret", equalTo(null));

            approaching(PlanEvents.newId(), PlanEvents.newId(), "Rotate", LocalDate.of(2026, 12, 3), 14);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.requests()).hasSize(1));
            WebhookReceiver.Request r = receiver.requests().get(0);
            WebhookSigner signer = new WebhookSigner();
            for (String secret : List.of(oldSecret, newSecret)) {
                assertThat(signer.verify(r.headers().get("webhook-id"), r.headers().get("webhook-timestamp"), r.body(),
                        r.headers().get("webhook-signature"), secret, Instant.now(), Duration.ofMinutes(5))).isTrue();
            }
            assertThat(signer.verify(r.headers().get("webhook-id"), r.headers().get("webhook-timestamp"), r.body(),
                    r.headers().get("webhook-signature"), WebhookSigner.newSecret(), Instant.now(), Duration.ofMinutes(5))).isFalse();
        }
    }

    @Test
    void shouldRefuseWebhooksToPrivateOrPlainHttpAddresses() {
        for (String url : List.of("https://127.0.0.1/hook", "https://169.254.169.254/latest/meta-data", "https://10.0.0.5/hook",
                "http://example.com/hook", "not a url")) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("url", url, "eventTypes", List.of("uk.send.plan.*")))
                    .post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("url"));
        }
        given().auth().oauth2(leadToken).contentType(ContentType.JSON).body(Map.of("url", "https://example.com/hook", "eventTypes", List.of("*")))
                .post("/api/v1/webhooks").then().statusCode(403);
        given().auth().oauth2(admin).get("/api/v1/webhooks").then().body("totalItems", equalTo(0)).body("items.size()", equalTo(0));
    }

    @Test
    void shouldParkAFailingWebhookAsADeadLetterAndReplayIt() {
        try (WebhookReceiver receiver = new WebhookReceiver().failNext(Integer.MAX_VALUE, 500)) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "eventTypes", List.of("*")))
                    .post("/api/v1/webhooks").then().statusCode(201);
            String eventId = approaching(PlanEvents.newId(), PlanEvents.newId(), "Dead letter", LocalDate.of(2026, 12, 4), 14);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().auth().oauth2(admin).queryParam("status", "DEAD").get("/api/v1/deliveries").then()
                            .body("totalItems", equalTo(1)).body("items[0].eventId", equalTo(eventId)));
            String id = given().auth().oauth2(admin).queryParam("status", "DEAD").get("/api/v1/deliveries").then().extract().path("items[0].id");
            int attempts = receiver.requests().size();
            assertThat(attempts).isGreaterThan(1);

            receiver.failNext(0, 500);
            given().auth().oauth2(admin).post("/api/v1/deliveries/" + id + "/replay").then().statusCode(200).body("status", equalTo("PENDING"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().auth().oauth2(admin).get("/api/v1/deliveries/" + id).then().body("status", equalTo("SENT")));
            assertThat(receiver.requests()).hasSize(attempts + 1);
            given().auth().oauth2(admin).post("/api/v1/deliveries/" + id + "/replay").then().statusCode(409).contentType("application/problem+json");
        }
    }

    @Test
    void shouldHonourAMutedProgrammeButNeverMuteAMissedDeadline() {
        String programme = PlanEvents.newId();
        String etag = given().auth().oauth2(leadToken).get("/api/v1/me/preferences").then().statusCode(200)
                .body("emailEnabled", equalTo(true)).extract().header("ETag");
        given().auth().oauth2(leadToken).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("emailEnabled", true, "digestOnly", false, "mutedProgrammes", List.of(programme)))
                .put("/api/v1/me/preferences").then().statusCode(200).body("mutedProgrammes", equalTo(List.of(programme)));

        approaching(programme, PlanEvents.newId(), "Muted reminder", LocalDate.of(2026, 12, 5), 7);
        missed(programme, PlanEvents.newId(), "Missed despite mute", LocalDate.of(2026, 11, 1), 3);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inboxTitles(leadToken)).containsExactly("Overdue: Missed despite mute"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(Mailbox.of(lead)).extracting(Mailbox.Mail::subject).containsExactly("Overdue: Missed despite mute"));
        given().auth().oauth2(leadToken).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("emailEnabled", false, "digestOnly", false)).put("/api/v1/me/preferences").then().statusCode(412);
    }

    @Test
    void shouldReachEveryoneWithASubscribedRole() {
        String officer = "case.officer." + UUID.randomUUID().toString().substring(0, 6) + "@" + la.toLowerCase() + ".gov.uk";
        String officerToken = DevTokens.mint(la, officer, "sen-officer");
        given().auth().oauth2(officerToken).get("/api/v1/inbox").then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("eventTypes", "uk.send.plan.deadline.missed.v1", "audience", "ROLE", "role", "sen-officer", "channel", "INBOX"))
                .post("/api/v1/subscriptions").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("eventTypes", "deadlines please", "audience", "ROLE", "role", "sen-officer", "channel", "INBOX"))
                .post("/api/v1/subscriptions").then().statusCode(400).body("errors[0].field", equalTo("eventTypes"));

        missed(PlanEvents.newId(), PlanEvents.newId(), "EHC plan issued late", LocalDate.of(2026, 11, 2), 2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inboxTitles(officerToken)).containsExactly("Overdue: EHC plan issued late"));
        assertThat(inboxTitles(leadToken)).containsExactly("Overdue: EHC plan issued late");
    }

    @Test
    void shouldPageTheLasSubscriptionRulesAndShowThemToNoOtherLa() {
        for (String role : List.of("sen-officer", "finance", "commissioner")) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("eventTypes", "uk.send.plan.deadline.missed.v1", "audience", "ROLE", "role", role, "channel", "INBOX"))
                    .post("/api/v1/subscriptions").then().statusCode(201);
        }
        given().auth().oauth2(admin).queryParam("size", 2).get("/api/v1/subscriptions").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("items.role", equalTo(List.of("sen-officer", "finance")));
        given().auth().oauth2(admin).queryParam("size", 2).queryParam("page", 1).get("/api/v1/subscriptions").then()
                .body("items.role", equalTo(List.of("commissioner")));
        given().auth().oauth2(admin).queryParam("size", 101).get("/api/v1/subscriptions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        String otherAdmin = DevTokens.mint("OTHER" + la, "admin@other.gov.uk", "admin");
        given().auth().oauth2(otherAdmin).get("/api/v1/subscriptions").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldSendTheDigestAtSevenLondonTimeOnBothSidesOfTheClockChange() {
        approaching(PlanEvents.newId(), PlanEvents.newId(), "Digest item", LocalDate.of(2026, 4, 2), 7);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inboxTitles(leadToken)).hasSize(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Mailbox.of(lead)).hasSize(1));

        // Saturday 28 March 2026 is GMT: 07:00 London is 07:00Z.
        jobs.runAt(Instant.parse("2026-03-28T06:59:00Z"));
        jobs.runAt(Instant.parse("2026-03-28T07:00:00Z"));
        // Sunday 29 March 2026 is BST from 01:00Z: 07:00 London is 06:00Z.
        jobs.runAt(Instant.parse("2026-03-29T05:59:00Z"));
        jobs.runAt(Instant.parse("2026-03-29T06:00:00Z"));
        jobs.runAt(Instant.parse("2026-03-29T09:00:00Z"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Mailbox.of(lead)).hasSize(3));
        List<String> digests = Mailbox.of(lead).stream().map(Mailbox.Mail::subject).filter(s -> s.startsWith("Your SEND deadlines")).toList();
        assertThat(digests).containsExactly(
                "Your SEND deadlines for Saturday 28 March 2026: 1 due or overdue",
                "Your SEND deadlines for Sunday 29 March 2026: 1 due or overdue");
        assertThat(Mailbox.of(lead).get(2).text()).contains("Digest item").contains("Thursday 2 April 2026");
    }

    @Test
    void shouldRepeatAnOverdueReminderDailyUntilTheTaskIsDone() {
        String programme = PlanEvents.newId();
        String task = PlanEvents.newId();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        missed(programme, task, "Annual review report", today.minusDays(2), 2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inboxTitles(leadToken)).containsExactly("Overdue: Annual review report"));

        Instant tomorrowMorning = today.plusDays(1).atTime(9, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
        jobs.runAt(tomorrowMorning);
        jobs.runAt(tomorrowMorning.plusSeconds(3600));
        assertThat(inboxTitles(leadToken)).containsExactly("Still overdue: Annual review report", "Overdue: Annual review report");

        events.publish(task, PlanEvents.event(la, PlanEvents.newId(), "uk.send.plan.task.status-changed.v1", "task/" + task,
                Map.of("programmeId", programme, "taskId", task, "title", "Annual review report", "from", "IN_PROGRESS", "to", "DONE",
                        "leadOfficer", Map.of("id", lead))));
        // The status change is consumed before this later event on the same key reaches the inbox.
        approaching(programme, task, "Marker after done", today.plusDays(3), 7);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inboxTitles(leadToken)).contains("Due within 7 days: Marker after done"));
        missedNothingAfterDone(tomorrowMorning.plus(Duration.ofDays(1)));
    }

    private void missedNothingAfterDone(Instant dayAfter) {
        // The marker reopened tracking for its own deadline (due in 3 days, not overdue), so no repeat is due.
        jobs.runAt(dayAfter);
        assertThat(inboxTitles(leadToken)).filteredOn(t -> t.startsWith("Still overdue")).hasSize(1);
    }

    @Test
    void shouldStopOverdueRemindersWhenTheDeadlineMovesOrIsMet() {
        String programme = PlanEvents.newId();
        String moved = PlanEvents.newId();
        String met = PlanEvents.newId();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        missed(programme, moved, "Agree new date", today.minusDays(1), 1);
        missed(programme, met, "Finish it", today.minusDays(1), 1);
        events.publish(moved, PlanEvents.deadline(la, PlanEvents.newId(), "uk.send.plan.deadline.changed.v1", programme, moved,
                "Agree new date", lead, today.plusDays(20), null, null));
        events.publish(met, PlanEvents.deadline(la, PlanEvents.newId(), "uk.send.plan.deadline.met.v1", programme, met,
                "Finish it", lead, today.minusDays(1), null, null));
        // Same key as the "met" event (so it is processed after it) but about another item, so it leaves "met" alone.
        events.publish(met, PlanEvents.deadline(la, PlanEvents.newId(), "uk.send.plan.deadline.changed.v1", programme, PlanEvents.newId(),
                "Marker after met", lead, today.plusDays(40), null, null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inboxTitles(leadToken))
                .contains("New deadline for Agree new date: " + uk.send.notification.dispatch.domain.NotificationComposer.format(today.plusDays(20)),
                        "New deadline for Marker after met: " + uk.send.notification.dispatch.domain.NotificationComposer.format(today.plusDays(40))));
        jobs.runAt(today.plusDays(1).atTime(9, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant());
        assertThat(inboxTitles(leadToken)).noneMatch(t -> t.startsWith("Still overdue"));
    }

    @Test
    void shouldStreamNewNotificationsLive() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> lines = new CopyOnWriteArrayList<>();
        String base = io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
        var response = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/inbox/stream"))
                        .header("Authorization", "Bearer " + leadToken).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        var reading = response.thenAccept(r -> r.body().forEach(lines::add));
        // The stream is open once the server has answered with its headers.
        await().atMost(Duration.ofSeconds(10)).until(response::isDone);
        assertThat(response.get().statusCode()).isEqualTo(200);

        approaching(PlanEvents.newId(), PlanEvents.newId(), "Live one", LocalDate.of(2026, 12, 9), 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(lines).anyMatch(l -> l.startsWith("data:") && l.contains("Due within 1 day: Live one")));
        reading.cancel(true);
    }
}
