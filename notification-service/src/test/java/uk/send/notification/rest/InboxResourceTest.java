package uk.send.notification.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class InboxResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, String> producer;
    private static TopicProbe deadLetters;

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String person = "jane@" + la + ".gov.uk";
    private final String token = DevTokens.mint(la, person, "programme-lead");

    @BeforeAll
    static void connect() {
        String bootstrap = System.getProperty(DevstackTestResource.BOOTSTRAP_PROPERTY);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all"));
        deadLetters = new TopicProbe(bootstrap, "notification.dlq");
    }

    @AfterAll
    static void disconnect() {
        producer.close();
        deadLetters.close();
    }

    private String deadlineEvent(String eventId, String type, String taskId, String title, String leadId, Integer leadDays, Integer overdue) throws Exception {
        Map<String, Object> lead = Map.of("id", leadId, "name", "Jane Smith");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("programmeId", UUID.randomUUID().toString());
        data.put("programmeTitle", "SEND recovery plan");
        data.put("itemId", taskId);
        data.put("itemType", "task");
        data.put("itemTitle", title);
        data.put("leadOfficer", lead);
        data.put("dueDate", LocalDate.of(2026, 11, 24).toString());
        data.put("leadTimeDays", leadDays);
        data.put("daysOverdue", overdue);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", eventId);
        event.put("source", "/send-platform/plan-service");
        event.put("type", type);
        event.put("subject", "task/" + taskId);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("tenant", la);
        event.put("data", data);
        return JSON.writeValueAsString(event);
    }

    /** Publishes as plan-service's outbox relay does: structured CloudEvent with its content-type header. */
    private void publish(String key, String value) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>("plan.events", key, value);
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    @Test
    void shouldPutAnApproachingDeadlineInTheLeadOfficersInbox() throws Exception {
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
        given().auth().oauth2(token).post("/api/v1/inbox/" + id + "/unread").then().statusCode(200).body("read", equalTo(false));
    }

    @Test
    void shouldMakeOneNotificationFromADuplicatedEvent() throws Exception {
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
    void shouldSendAPoisonEventToTheDeadLetterTopicAndCarryOn() throws Exception {
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
    void shouldShowEachPersonOnlyTheirOwnInboxInTheirOwnLa() throws Exception {
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
