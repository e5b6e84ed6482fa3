package uk.send.notification.dispatch.event;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.notification.support.Mailbox;
import uk.send.notification.support.MailServerTestResource;
import uk.send.notification.support.PlanEvents;
import uk.send.notification.support.WebhookReceiver;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The set-based dispatcher on the real broker: one burst of records for two LAs, sent in one produce request so that the
 * consumer takes them as one batch, holding a record that is not a CloudEvent, a task event whose payload breaks its
 * contract, an event already processed in an earlier batch and an event repeated within the burst. Each person must see
 * exactly what the events one by one would have given them, the partner webhook and e-mails go out once each, and
 * both bad records reach the dead-letter topic without holding back the rest.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class MixedBatchDispatchTest {

    private static final String TASK_CREATED = "uk.send.plan.task.created.v1";

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String laA = "MA" + suffix;
    private final String laB = "MB" + suffix;
    private final String leadA = "lead." + suffix + "@" + laA.toLowerCase() + ".gov.uk";
    private final String leadB = "lead." + suffix + "@" + laB.toLowerCase() + ".gov.uk";
    private final String watcher = DevTokens.mint(laA, "watcher@" + laA.toLowerCase() + ".gov.uk", "programme-lead");
    private final String adminA = DevTokens.mint(laA, "admin@" + laA.toLowerCase() + ".gov.uk", "admin");

    private static List<String> titles(String token) {
        return given().auth().oauth2(token).queryParam("size", 100).get("/api/v1/inbox").then().statusCode(200).extract().path("items.title");
    }

    @Test
    void shouldDispatchAMixedBatchAsEventsOneByOneWouldAndDeadLetterOnlyTheBadRecords() throws Exception {
        String tokenA = DevTokens.mint(laA, leadA, "programme-lead");
        String tokenB = DevTokens.mint(laB, leadB, "programme-lead");
        LocalDate due = LocalDate.of(2026, 12, 24);
        String poisonMarker = "poison-" + suffix;
        String badTask = UUID.randomUUID().toString();
        // The probe is shared by every test class of the run: not closed here
        TopicProbe deadLetters = TopicProbe.of("notification.dlq");
        try (WebhookReceiver partner = new WebhookReceiver();
             PlanEvents plan = new PlanEvents();
             KafkaProducer<String, String> burst = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty(DevstackTestResource.BOOTSTRAP_PROPERTY),
                     ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                     ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                     ProducerConfig.ACKS_CONFIG, "all",
                     // the whole burst in one produce request: the consumer fetches it as one batch
                     ProducerConfig.LINGER_MS_CONFIG, "500"))) {
            // LA A: a partner webhook for task events and every programme lead subscribed to new tasks (the watcher has signed in)
            given().auth().oauth2(adminA).contentType(ContentType.JSON)
                    .body(Map.of("url", partner.url(), "eventTypes", List.of("uk.send.plan.task.*"))).post("/api/v1/webhooks").then().statusCode(201);
            given().auth().oauth2(watcher).get("/api/v1/inbox").then().statusCode(200);
            given().auth().oauth2(adminA).contentType(ContentType.JSON)
                    .body(Map.of("eventTypes", TASK_CREATED, "audience", "ROLE", "role", "programme-lead", "channel", "INBOX"))
                    .post("/api/v1/subscriptions").then().statusCode(201);

            // LA B: an event processed in an earlier batch
            String earlierId = PlanEvents.newId();
            String earlierTask = UUID.randomUUID().toString();
            String earlier = PlanEvents.deadline(laB, earlierId, "uk.send.plan.deadline.approaching.v1", UUID.randomUUID().toString(), earlierTask,
                    "Earlier batch", leadB, due, 3, null);
            plan.publish(earlierTask, earlier);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(titles(tokenB)).containsExactly("Due within 3 days: Earlier batch"));

            String missedId = PlanEvents.newId();
            String missedTask = UUID.randomUUID().toString();
            String missed = PlanEvents.deadline(laB, missedId, "uk.send.plan.deadline.missed.v1", UUID.randomUUID().toString(), missedTask,
                    "Missed in the batch", leadB, due.minusDays(30), null, 2);
            String taskOne = UUID.randomUUID().toString();
            String taskTwo = UUID.randomUUID().toString();
            String approachingTask = UUID.randomUUID().toString();
            List<String> records = List.of(
                    PlanEvents.taskCreated(laA, PlanEvents.newId(), taskOne, "Batch task one", leadA, due.toString()),
                    PlanEvents.deadline(laB, PlanEvents.newId(), "uk.send.plan.deadline.approaching.v1", UUID.randomUUID().toString(), approachingTask,
                            "Approaching in the batch", leadB, due, 1, null),
                    "{ not a CloudEvent " + poisonMarker,
                    PlanEvents.taskCreated(laA, PlanEvents.newId(), badTask, "Breaks the contract", leadA, "not-a-date"),
                    earlier,
                    PlanEvents.taskCreated(laA, PlanEvents.newId(), taskTwo, "Batch task two", leadA, due.toString()),
                    missed,
                    missed);
            String key = "mixed-" + suffix; // one key, one partition: the records stay in this order
            for (String value : records) {
                burst.send(new ProducerRecord<>("plan.events", key, value));
            }
            burst.flush();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(titles(tokenA)).containsExactlyInAnyOrder("You lead a new task: Batch task one", "You lead a new task: Batch task two");
                assertThat(titles(watcher)).containsExactlyInAnyOrder("You lead a new task: Batch task one", "You lead a new task: Batch task two");
                assertThat(titles(tokenB)).containsExactlyInAnyOrder("Due within 3 days: Earlier batch", "Due within 1 day: Approaching in the batch",
                        "Overdue: Missed in the batch");
                assertThat(partner.requests()).hasSize(2);
                assertThat(Mailbox.of(leadB)).extracting(Mailbox.Mail::subject).containsExactlyInAnyOrder("Due within 3 days: Earlier batch",
                        "Due within 1 day: Approaching in the batch", "Overdue: Missed in the batch");
            });
            assertThat(partner.requests()).extracting(WebhookReceiver.Request::body)
                    .anySatisfy(b -> assertThat(b).contains(taskOne)).anySatisfy(b -> assertThat(b).contains(taskTwo))
                    .noneSatisfy(b -> assertThat(b).contains(badTask));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(deadLetters.records(r -> r.value() != null && r.value().contains(poisonMarker))).singleElement()
                        .satisfies(r -> assertThat(new String(r.headers().lastHeader("dead-letter-reason").value())).contains("not a CloudEvent"));
                assertThat(deadLetters.records(r -> r.value() != null && r.value().contains(badTask))).singleElement()
                        .satisfies(r -> assertThat(new String(r.headers().lastHeader("dead-letter-reason").value()))
                                .contains("could not dispatch " + TASK_CREATED));
            });
            // Nothing arrives late: a marker after the burst is in, and the counts above still hold
            String marker = UUID.randomUUID().toString();
            plan.publish(key, PlanEvents.taskCreated(laA, PlanEvents.newId(), marker, "Marker", leadA, due.toString()));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(titles(tokenA)).hasSize(3));
            assertThat(titles(tokenB)).hasSize(3);
            assertThat(Mailbox.of(leadB)).hasSize(3);
        }
    }
}
