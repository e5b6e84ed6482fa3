package uk.send.notification.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.notification.support.MailServerTestResource;
import uk.send.notification.support.PlanEvents;
import uk.send.platform.events.EventTypes;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** plan-service's EHCP clock events, as its relay publishes them, reach the case officer's inbox in words that name the step, date and law. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class EhcpClockInboxTest {

    private static PlanEvents events;
    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String officer = "case.officer@" + la + ".gov.uk";
    private final String officerToken = DevTokens.mint(la, officer, "sen-officer");

    @BeforeAll
    static void connect() {
        events = new PlanEvents();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    private String clockEvent(String type, String ref, String officerId, Integer lead, Integer overdue) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ehcpRef", ref);
        data.put("clockKey", "DECIDE_TO_ASSESS:2026-01-05");
        data.put("rule", "DECIDE_TO_ASSESS");
        data.put("step", "decision whether to assess");
        data.put("regulation", "SEND Regulations 2014, reg 5(1)");
        data.put("startedOn", "2026-01-05");
        data.put("dueDate", LocalDate.of(2026, 2, 16).toString());
        if (officerId != null) {
            data.put("caseOfficerId", officerId);
        } else {
            data.put("audienceRole", "sen-officer");
        }
        data.put("leadTimeDays", lead);
        data.put("daysOverdue", overdue);
        return PlanEvents.event(la, UUID.randomUUID().toString(), type, "ehcp/" + ref, data);
    }

    @Test
    void shouldShowTheCaseOfficerTheDecisionToAssessDueThenMissed() {
        String ref = "EHCP-" + UUID.randomUUID();
        events.publish(ref, clockEvent(EventTypes.EHCP_CLOCK_AT_RISK, ref, officer, 7, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(officerToken).get("/api/v1/inbox").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("Decision whether to assess due within 7 days: " + ref))
                .body("items[0].body", containsString("Monday 16 February 2026"))
                .body("items[0].body", containsString("SEND Regulations 2014, reg 5(1)")));

        events.publish(ref, clockEvent(EventTypes.EHCP_CLOCK_BREACHED, ref, officer, null, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(officerToken)
                .queryParam("type", EventTypes.EHCP_CLOCK_BREACHED).get("/api/v1/inbox").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("Missed: decision whether to assess for " + ref))
                .body("items[0].body", containsString("1 day overdue")));
    }

    @Test
    void shouldTellEverySenOfficerWhenTheEhcpNamesNoCaseOfficer() {
        String other = "other.officer@" + la + ".gov.uk";
        String otherToken = DevTokens.mint(la, other, "sen-officer");
        String financeToken = DevTokens.mint(la, "finance@" + la + ".gov.uk", "finance");
        // Each has used the platform, so notification-service knows their roles.
        for (String token : new String[]{officerToken, otherToken, financeToken}) {
            given().auth().oauth2(token).get("/api/v1/inbox").then().statusCode(200);
        }
        String ref = "EHCP-" + UUID.randomUUID();
        events.publish(ref, clockEvent(EventTypes.EHCP_CLOCK_AT_RISK, ref, null, 1, null));

        for (String token : new String[]{officerToken, otherToken}) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token).get("/api/v1/inbox").then()
                    .body("totalItems", equalTo(1)).body("items[0].title", equalTo("Decision whether to assess due within 1 day: " + ref)));
        }
        given().auth().oauth2(financeToken).get("/api/v1/inbox").then().body("totalItems", equalTo(0));
    }
}
