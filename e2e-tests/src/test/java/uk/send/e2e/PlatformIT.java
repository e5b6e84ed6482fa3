package uk.send.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.send.devstack.DevTokens;
import uk.send.devstack.ServiceProcess;
import uk.send.devstack.TopicProbe;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The platform as it runs in production: packaged services in their own JVMs, talking only through a
 * real Kafka broker, each on a real PostgreSQL database. plan-service runs as two replicas.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private RunningPlatform platform;
    private ServiceProcess planA;
    private ServiceProcess planB;
    private ServiceProcess notifications;
    private TopicProbe planEvents;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = new RunningPlatform();
        planA = platform.start("plan-service");
        planB = platform.start("plan-service");
        notifications = platform.start("notification-service");
        planEvents = new TopicProbe(platform.kafka.bootstrapServers(), "plan.events");
    }

    @AfterAll
    void stopPlatform() throws Exception {
        if (planEvents != null) {
            planEvents.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    private static Map<String, Object> task(String title, String lead, LocalDate due) {
        return Map.of("title", title, "leadOfficer", Map.of("id", lead, "name", "Lead Officer"), "dueDate", due.toString());
    }

    private static String createProgramme(ServiceProcess plan, String token, String title, List<Map<String, Object>> tasks) {
        return given().baseUri(plan.baseUrl()).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", title, "kind", "RECOVERY_PLAN", "tasks", tasks))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
    }

    private static void scan(ServiceProcess plan, String token) {
        given().baseUri(plan.baseUrl()).auth().oauth2(token).queryParam("asOf", TODAY.toString())
                .post("/api/v1/deadline-scans").then().statusCode(200);
    }

    @Test
    void shouldTellTheLeadOfficerAboutATaskDueTomorrow() {
        String la = "E2E" + UUID.randomUUID().toString().substring(0, 6);
        String leadId = "jane.smith@" + la + ".gov.uk";
        String programmeLead = DevTokens.mint(la, "head.of.sen@" + la + ".gov.uk", "programme-lead");
        String jane = DevTokens.mint(la, leadId, "sen-officer");

        createProgramme(planA, programmeLead, "SEND recovery plan", List.of(task("Consult schools on band values", leadId, TODAY.plusDays(1))));
        scan(planB, programmeLead);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(inboxTitles(jane)).containsExactlyInAnyOrder(
                        "You lead a new task: Consult schools on band values",
                        "Due within 1 day: Consult schools on band values"));
        given().baseUri(notifications.baseUrl()).auth().oauth2(jane).get("/api/v1/inbox/unread-count").then().body("unread", equalTo(2));
    }

    @Test
    void shouldLoseNothingAndDuplicateNothingWhileTheBrokerIsDown() throws Exception {
        String la = "E2E" + UUID.randomUUID().toString().substring(0, 6);
        String leadId = "sam.jones@" + la + ".gov.uk";
        String programmeLead = DevTokens.mint(la, "head.of.sen@" + la + ".gov.uk", "programme-lead");
        String sam = DevTokens.mint(la, leadId, "sen-officer");

        platform.kafka.stop(true);
        try {
            long t0 = System.nanoTime();
            createProgramme(planA, programmeLead, "Written statement of action", List.of(
                    task("Publish the local offer", leadId, TODAY.minusDays(3)),
                    task("Commission mediation", leadId, TODAY)));
            scan(planB, programmeLead);
            // Requests never wait for the broker: the events wait in the outbox.
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        } finally {
            platform.kafka.start();
        }

        List<String> expected = List.of("You lead a new task: Publish the local offer", "You lead a new task: Commission mediation",
                "Overdue: Publish the local offer", "Due today: Commission mediation");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(inboxTitles(sam)).containsExactlyInAnyOrderElementsOf(expected));
        // Everything written during the outage reached the topic. Delivery is at least once: a batch the
        // broker stored but did not acknowledge before it died is sent again under the same event id,
        // so we count distinct ids; the consumer drops the repeat (the inbox above has each message exactly once).
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Long> byType = planEvents.cloudEvents(la, null).stream()
                    .collect(Collectors.groupingBy(e -> e.path("type").asText(),
                            Collectors.mapping(e -> e.path("id").asText(), Collectors.collectingAndThen(Collectors.toSet(), ids -> (long) ids.size()))));
            assertThat(byType).containsEntry("uk.send.plan.programme.created.v1", 1L)
                    .containsEntry("uk.send.plan.task.created.v1", 2L)
                    .containsEntry("uk.send.plan.deadline.missed.v1", 1L)
                    .containsEntry("uk.send.plan.deadline.approaching.v1", 1L);
        });
        assertThat(inboxTitles(sam)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private List<String> inboxTitles(String token) {
        return given().baseUri(notifications.baseUrl()).auth().oauth2(token).queryParam("size", 100).get("/api/v1/inbox")
                .then().statusCode(200).extract().path("items.title");
    }

    @Test
    void shouldPublishEachEventOnceAndInOrderWithTwoReplicas() throws Exception {
        String la = "E2E" + UUID.randomUUID().toString().substring(0, 6);
        String token = DevTokens.mint(la, "head.of.sen@" + la + ".gov.uk", "programme-lead");
        int programmes = 20;
        List<CompletableFuture<String>> created = new ArrayList<>();
        for (int i = 0; i < programmes; i++) {
            ServiceProcess replica = i % 2 == 0 ? planA : planB;
            int n = i;
            created.add(CompletableFuture.supplyAsync(() -> createProgramme(replica, token, "Programme " + n,
                    List.of(task("Task " + n, "lead" + n + "@" + la, TODAY.plusDays(n % 3))))));
        }
        List<String> ids = created.stream().map(CompletableFuture::join).toList();

        // One task walked through its statuses, alternating replicas for each step.
        String programmeId = ids.get(0);
        String taskPath = "/api/v1/programmes/" + programmeId + "/tasks";
        String taskId = given().baseUri(planA.baseUrl()).auth().oauth2(token).get(taskPath).then().extract().path("items[0].id");
        String[] statuses = {"IN_PROGRESS", "BLOCKED", "IN_PROGRESS", "DONE"};
        for (int i = 0; i < statuses.length; i++) {
            ServiceProcess replica = i % 2 == 0 ? planB : planA;
            String etag = given().baseUri(replica.baseUrl()).auth().oauth2(token).get(taskPath + "/" + taskId).then().extract().header("ETag");
            given().baseUri(replica.baseUrl()).auth().oauth2(token).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("title", "Task 0", "dueDate", TODAY.toString(), "status", statuses[i]))
                    .put(taskPath + "/" + taskId).then().statusCode(200);
        }
        // Both replicas scan at once: each reminder must still go out once.
        CompletableFuture<Void> scanA = CompletableFuture.runAsync(() -> scan(planA, token));
        CompletableFuture<Void> scanB = CompletableFuture.runAsync(() -> scan(planB, token));
        CompletableFuture.allOf(scanA, scanB).join();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> events = planEvents.cloudEvents(la, null);
            Map<String, Long> byType = events.stream().collect(Collectors.groupingBy(e -> e.path("type").asText(), Collectors.counting()));
            assertThat(byType).containsEntry("uk.send.plan.programme.created.v1", (long) programmes)
                    .containsEntry("uk.send.plan.task.created.v1", (long) programmes)
                    .containsEntry("uk.send.plan.task.status-changed.v1", (long) statuses.length)
                    // task 0 is done before the scan; of the other 19 all are due within 2 days
                    .containsEntry("uk.send.plan.deadline.approaching.v1", (long) programmes - 1);
        });
        List<JsonNode> events = planEvents.cloudEvents(la, null);
        Map<String, Long> perId = events.stream().collect(Collectors.groupingBy(e -> e.path("id").asText(), Collectors.counting()));
        assertThat(perId.values()).as("every event id exactly once on the topic").allMatch(c -> c == 1L);

        List<String> transitions = events.stream().filter(e -> e.path("type").asText().endsWith("status-changed.v1"))
                .map(e -> e.path("data").path("from").asText() + ">" + e.path("data").path("to").asText()).toList();
        assertThat(transitions).as("one task's events in order, across replicas")
                .containsExactly("NOT_STARTED>IN_PROGRESS", "IN_PROGRESS>BLOCKED", "BLOCKED>IN_PROGRESS", "IN_PROGRESS>DONE");
    }
}
