package uk.send.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.send.devstack.DevTokens;
import uk.send.devstack.ServiceProcess;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 9 end to end, on the packaged services as separate processes: the CMS posts EHCP decisions to
 * funding-service; funding-service's outbox publishes them on funding.events; plan-service builds each EHCP's
 * timeline and statutory clocks from them; its deadline scan announces the clocks due and missed on plan.events;
 * notification-service puts them in the named case officer's inbox, worded with the EHCP reference, the step,
 * the due date and the regulation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EhcpClocksIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private RunningPlatform platform;
    private ServiceProcess funding;
    private ServiceProcess plan;
    private ServiceProcess notifications;

    @BeforeAll
    void startPlatform() throws Exception {
        platform = new RunningPlatform();
        funding = platform.start("funding-service");
        plan = platform.start("plan-service");
        notifications = platform.start("notification-service");
    }

    @AfterAll
    void stopPlatform() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    private static Map<String, Object> request(String sourceId, String ref, LocalDate requested, String officer) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("sourceId", sourceId);
        d.put("ehcpRef", ref);
        d.put("kind", "ASSESSMENT_REQUESTED");
        d.put("decisionDate", requested.toString());
        d.put("ncy", 3);
        d.put("caseOfficerId", officer);
        return d;
    }

    private JsonPath timeline(String token, String ref) {
        return given().baseUri(plan.baseUrl()).auth().oauth2(token).get("/api/v1/ehcps/" + ref + "/timeline")
                .then().statusCode(200).extract().jsonPath();
    }

    private List<String> inboxTitles(String token) {
        return given().baseUri(notifications.baseUrl()).auth().oauth2(token).queryParam("size", 100).get("/api/v1/inbox")
                .then().statusCode(200).extract().jsonPath().getList("items.title", String.class);
    }

    @Test
    void shouldShowTheCaseOfficerTheStatutoryStepsDueAndMissedFromTheCmsDecisions() {
        String la = "E2E" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        // The CMS names the case officer by login (never an e-mail address); the officer signs in with the same id.
        String officer = "case.officer." + la.toLowerCase();
        String cms = DevTokens.mint(la, "cms-client", "case-management");
        String officerToken = DevTokens.mint(la, officer, "sen-officer");
        String lead = DevTokens.mint(la, "head.of.sen@" + la.toLowerCase() + ".gov.uk", "programme-lead", "sen-officer");
        String dueSoon = "EHCP-" + la + "-1";
        String missed = "EHCP-" + la + "-2";
        // The decision whether to assess is due 6 weeks after the request (SEND Regs 2014, reg 5(1)).
        LocalDate dueSoonRequested = TODAY.minusWeeks(6).plusDays(5);
        LocalDate missedRequested = TODAY.minusWeeks(6).minusDays(3);

        given().baseUri(funding.baseUrl()).auth().oauth2(cms).contentType(ContentType.JSON)
                .body(request(la + "-1", dueSoon, dueSoonRequested, officer)).post("/api/v1/ehcp-decisions").then().statusCode(201);
        given().baseUri(funding.baseUrl()).auth().oauth2(cms).contentType(ContentType.JSON)
                .body(request(la + "-2", missed, missedRequested, officer)).post("/api/v1/ehcp-decisions").then().statusCode(201);
        // The CMS sends one again: the same decision, nothing new.
        given().baseUri(funding.baseUrl()).auth().oauth2(cms).contentType(ContentType.JSON)
                .body(request(la + "-2", missed, missedRequested, officer)).post("/api/v1/ehcp-decisions").then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath soon = timeline(officerToken, dueSoon);
            assertThat(soon.getString("clocks[0].rule")).isEqualTo("DECIDE_TO_ASSESS");
            assertThat(soon.getString("clocks[0].dueOn")).isEqualTo(dueSoonRequested.plusWeeks(6).toString());
            assertThat(soon.getString("clocks[0].state")).isEqualTo("OPEN");
            JsonPath late = timeline(officerToken, missed);
            assertThat(late.getString("clocks[0].dueOn")).isEqualTo(missedRequested.plusWeeks(6).toString());
            assertThat(late.getString("clocks[0].state")).isEqualTo("BREACHED");
            assertThat(late.getList("decisions")).hasSize(1);
        });

        given().baseUri(plan.baseUrl()).auth().oauth2(lead).queryParam("asOf", TODAY.toString())
                .post("/api/v1/deadline-scans").then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(inboxTitles(officerToken)).containsExactlyInAnyOrder(
                "Decision whether to assess due within 7 days: " + dueSoon,
                "Missed: decision whether to assess for " + missed));
        given().baseUri(notifications.baseUrl()).auth().oauth2(officerToken).get("/api/v1/inbox/unread-count").then().body("unread", equalTo(2));

        // Another LA's officer sees none of it, in plan-service or in the inbox.
        String otherLa = "E2O" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String stranger = DevTokens.mint(otherLa, "case.officer@" + otherLa.toLowerCase() + ".gov.uk", "sen-officer");
        given().baseUri(plan.baseUrl()).auth().oauth2(stranger).get("/api/v1/ehcps/" + dueSoon + "/timeline").then().statusCode(404);
        assertThat(inboxTitles(stranger)).isEmpty();
    }
}
