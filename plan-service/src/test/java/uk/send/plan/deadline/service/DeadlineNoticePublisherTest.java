package uk.send.plan.deadline.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.platform.events.Topics;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The scan records notices and the publisher announces them; with the publisher's own thread off, this test
 * changes items in between and publishes by hand, in batches of two.
 */
@QuarkusTest
@TestProfile(DeadlineNoticePublisherTest.PublishByHand.class)
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class DeadlineNoticePublisherTest {

    public static class PublishByHand implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("plan.deadline-scan.publisher.enabled", "false", "plan.deadline-scan.publisher.batch-size", "2");
        }
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final TopicProbe planEvents = TopicProbe.of(Topics.PLAN);

    @Inject
    DeadlineNoticePublisher publisher;

    @Inject
    DataSource dataSource;

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");

    @BeforeEach
    void publishWhatOtherTestsLeft() {
        // The publisher serves every LA in the database: start each test with nothing pending, so that the
        // counts below are this test's own.
        publisher.publishPending();
    }

    @Test
    void shouldAnnounceOnlyWhatIsStillTrueWhenPublishedAndLetALaterScanRecordTheRest() throws Exception {
        String programme = given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("title", "Recovery plan", "kind", "RECOVERY_PLAN", "tasks", List.of(
                        task("Still overdue", TODAY.minusDays(3)),
                        task("Done meanwhile", TODAY.minusDays(3)),
                        task("Met meanwhile", TODAY.minusDays(3)),
                        task("Moved meanwhile", TODAY.plusDays(1)),
                        task("Still due tomorrow", TODAY.plusDays(1)))))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        scan().body("approaching", equalTo(2)).body("missed", equalTo(3));
        assertThat(pendingNotices()).isEqualTo(5);

        // Between the scan and the publishing: one task done, one deadline met, one moved out of the window.
        String done = taskId(programme, "Done meanwhile");
        putTask(programme, done, Map.of("title", "Done meanwhile", "dueDate", TODAY.minusDays(3).toString(), "status", "DONE"));
        String met = taskId(programme, "Met meanwhile");
        String deadline = given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/" + met).then().extract().path("deadlines[0].id");
        given().auth().oauth2(lead).post("/api/v1/programmes/" + programme + "/items/" + met + "/deadlines/" + deadline + "/met").then().statusCode(200);
        String moved = taskId(programme, "Moved meanwhile");
        putTask(programme, moved, Map.of("title", "Moved meanwhile", "dueDate", TODAY.plusDays(60).toString()));

        assertThat(publisher.publishPending()).isEqualTo(2);
        assertThat(pendingNotices()).isZero();
        assertThat(deadlineEventsInOutbox()).containsExactlyInAnyOrder(
                "uk.send.plan.deadline.missed.v1 Still overdue", "uk.send.plan.deadline.approaching.v1 Still due tomorrow");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> missed = planEvents.cloudEvents(la, "uk.send.plan.deadline.missed.v1");
            assertThat(missed).hasSize(1);
            JsonNode data = missed.get(0).path("data");
            assertThat(data.path("itemTitle").asText()).isEqualTo("Still overdue");
            assertThat(data.path("daysOverdue").asInt()).isEqualTo(3);
            assertThat(data.path("dueDate").asText()).isEqualTo(TODAY.minusDays(3).toString());
            assertThat(data.path("programmeTitle").asText()).isEqualTo("Recovery plan");
            assertThat(data.path("leadOfficer").path("id").asText()).isEqualTo("jane@" + la);
            List<JsonNode> approaching = planEvents.cloudEvents(la, "uk.send.plan.deadline.approaching.v1");
            assertThat(approaching).hasSize(1);
            assertThat(approaching.get(0).path("data").path("leadTimeDays").asInt()).isEqualTo(1);
        });

        // The dropped notices were forgotten, not marked sent: moved back, the deadline is announced by the next scan.
        putTask(programme, moved, Map.of("title", "Moved meanwhile", "dueDate", TODAY.plusDays(1).toString()));
        scan().body("approaching", equalTo(1)).body("missed", equalTo(0));
        assertThat(publisher.publishPending()).isEqualTo(1);
        assertThat(deadlineEventsInOutbox()).contains("uk.send.plan.deadline.approaching.v1 Moved meanwhile").hasSize(3);
        scan().body("approaching", equalTo(0)).body("missed", equalTo(0));
    }

    @Test
    void shouldPublishEveryNoticeInTheOrderRecordedAcrossBatches() throws Exception {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tasks.add(task("Overdue " + i, TODAY.minusDays(10 + i)));
        }
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("title", "Five", "kind", "RECOVERY_PLAN", "tasks", tasks))
                .post("/api/v1/programmes").then().statusCode(201);
        scan().body("missed", equalTo(5));

        assertThat(publisher.publishPending()).isEqualTo(5);
        List<String> recorded = query("select t.title from deadline_notice n join plan_item t on t.id = n.item_id where t.tenant = ? order by n.seq");
        List<String> published = query("select payload::jsonb -> 'data' ->> 'itemTitle' from outbox_event_each where tenant = ? "
                + "and event_type = 'uk.send.plan.deadline.missed.v1' order by seq, position");
        assertThat(published).hasSize(5).isEqualTo(recorded);
        assertThat(query("select 1 from deadline_notice n join plan_item t on t.id = n.item_id where t.tenant = ? and n.published_at is null")).isEmpty();
    }

    private io.restassured.response.ValidatableResponse scan() {
        return given().auth().oauth2(lead).queryParam("asOf", TODAY.toString()).post("/api/v1/deadline-scans").then().statusCode(200);
    }

    private Map<String, Object> task(String title, LocalDate due) {
        return Map.of("title", title, "leadOfficer", Map.of("id", "jane@" + la, "name", "Jane Smith"), "dueDate", due.toString());
    }

    private String taskId(String programme, String title) {
        List<Map<String, Object>> items = given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/tasks").then().extract().path("items");
        return (String) items.stream().filter(i -> title.equals(i.get("title"))).findFirst().orElseThrow().get("id");
    }

    private void putTask(String programme, String task, Map<String, Object> body) {
        String etag = given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/tasks/" + task).then().extract().header("ETag");
        given().auth().oauth2(lead).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/api/v1/programmes/" + programme + "/tasks/" + task).then().statusCode(200);
    }

    private long pendingNotices() throws Exception {
        return query("select 1 from deadline_notice n join plan_item t on t.id = n.item_id where t.tenant = ? and n.published_at is null").size();
    }

    private List<String> deadlineEventsInOutbox() throws Exception {
        return query("select event_type || ' ' || (payload::jsonb -> 'data' ->> 'itemTitle') from outbox_event_each "
                + "where tenant = ? and event_type like 'uk.send.plan.deadline.%' and event_type not like '%.changed.%' and event_type not like '%.met.%'");
    }

    private List<String> query(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, la);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }
}
