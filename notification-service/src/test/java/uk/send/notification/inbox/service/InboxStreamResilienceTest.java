package uk.send.notification.inbox.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevstackTestResource;
import uk.send.notification.dispatch.domain.NotificationComposer;
import uk.send.notification.support.MailServerTestResource;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * Issue 13 item 2: a line feed (or anything else) in a lead officer's id cannot break the database notification
 * behind the live inbox, and the listener that feeds every LA's streams survives a lost connection, reporting
 * itself not ready while it is down.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class InboxStreamResilienceTest {

    @Inject
    InboxService inbox;
    @Inject
    InboxStream stream;
    @Inject
    AgroalDataSource dataSource;

    private final String la = "LS" + UUID.randomUUID().toString().substring(0, 8);

    private void notify(String person) {
        QuarkusTransaction.requiringNew().run(() -> inbox.add(la, person, UUID.randomUUID().toString(), "uk.send.plan.deadline.approaching.v1",
                null, new NotificationComposer.Message("Due soon", "A task is due", null), null));
    }

    @Test
    void shouldAnnounceANotificationForAnIdWithALineFeedAndKeepFeedingEveryoneElse() {
        List<InboxStream.Signal> heard = new CopyOnWriteArrayList<>();
        String odd = "lead\nofficer\u0007" + la + "@example.gov.uk";
        String plain = "plain@" + la + ".gov.uk";
        stream.signalsFor(la, odd).subscribe().with(heard::add);
        stream.signalsFor(la, plain).subscribe().with(heard::add);

        notify(odd);
        notify(plain);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(heard).extracting(InboxStream.Signal::person).containsExactlyInAnyOrder(odd, plain));
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("inbox-live-stream"));
    }

    @Test
    void shouldReconnectAfterLosingItsConnectionAndBeNotReadyMeanwhile() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(stream::listening);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '" + InboxStream.APPLICATION_NAME + "'");
        }
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).until(() -> !stream.listening());
        await().atMost(Duration.ofSeconds(15)).until(stream::listening);
        given().get("/q/health/ready").then().statusCode(200);

        List<InboxStream.Signal> heard = new CopyOnWriteArrayList<>();
        String person = "after-reconnect@" + la + ".gov.uk";
        stream.signalsFor(la, person).subscribe().with(heard::add);
        notify(person);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(heard).hasSize(1));
    }

    @Test
    void shouldCapLiveStreamsPerPersonAndEndEachWhenItsTokenExpires() throws Exception {
        String person = "capped@" + la + ".gov.uk";
        java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        var first = stream.open(la, person, java.time.Instant.now().plusMillis(1500), 2);
        var second = stream.open(la, person, java.time.Instant.now().plusSeconds(60), 2);
        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(stream.open(la, person, java.time.Instant.now().plusSeconds(60), 2)).isEmpty();
        assertThat(stream.open(la, "someone-else@" + la, java.time.Instant.now().plusSeconds(60), 2)).isPresent();

        first.get().subscribe().with(s -> { }, () -> ended.set(true));
        var cancellable = second.get().subscribe().with(s -> { });
        await().atMost(Duration.ofSeconds(10)).untilTrue(ended);
        assertThat(stream.openStreams(la, person)).isEqualTo(1);
        cancellable.cancel();
        assertThat(stream.openStreams(la, person)).isZero();
    }

    @Test
    void shouldAnswer429ToAPersonOpeningMoreLiveStreamsThanAllowed() throws Exception {
        String person = "many@" + la + ".gov.uk";
        String token = uk.send.devstack.DevTokens.mint(la, person, "programme-lead");
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/inbox/stream");
        List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<java.io.InputStream>>> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                open.add(client.sendAsync(java.net.http.HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                        .header("Accept", "text/event-stream").build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream()));
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> stream.openStreams(la, person) == 5);
            given().auth().oauth2(token).accept("text/event-stream").get("/api/v1/inbox/stream").then().statusCode(429)
                    .contentType("application/problem+json");
        } finally {
            for (var f : open) {
                if (f.isDone() && !f.isCompletedExceptionally()) {
                    f.join().body().close();
                } else {
                    f.cancel(true);
                }
            }
        }
    }
}
