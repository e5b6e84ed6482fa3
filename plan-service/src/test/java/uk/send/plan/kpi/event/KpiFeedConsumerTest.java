package uk.send.plan.kpi.event;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.plan.ehcp.event.FundingEvents;
import uk.send.plan.kpi.domain.FedFigures;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ExceptionalSpendMonthly;
import uk.send.platform.events.PlacementCounts;
import uk.send.platform.events.Topics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Figures other services publish for programme KPIs (funding's monthly exceptional top-up spend, placement's monthly
 * counts) become measurements of the measures whose source names them, in their own LA only, once each.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class KpiFeedConsumerTest {

    private static FundingEvents kafka;
    private final String la = "KF" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");
    private final TopicProbe deadLetters = TopicProbe.of("plan.dlq");

    @BeforeAll
    static void connect() {
        kafka = new FundingEvents();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    /** A criterion of a new programme with a measure fed from {@code source}; returns the measure's path. */
    private String measureFedBy(String token, String source, String unit) {
        String programme = given().auth().oauth2(token).contentType("application/json").body(Map.of("title", "SEND recovery plan", "kind", "RECOVERY_PLAN"))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        String task = given().auth().oauth2(token).contentType("application/json").body(Map.of("kind", "TASK", "title", "Reduce high-needs spend"))
                .post("/api/v1/programmes/" + programme + "/items").then().statusCode(201).extract().path("id");
        String criterion = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("kind", "CRITERION", "parentId", task, "title", "Spend reduces"))
                .post("/api/v1/programmes/" + programme + "/items").then().statusCode(201).extract().path("id");
        String measure = "/api/v1/programmes/" + programme + "/items/" + criterion + "/measure";
        given().auth().oauth2(token).contentType("application/json").body(Map.of("name", "Fed figure", "unit", unit,
                        "baseline", 100000, "baselineDate", "2026-04-01", "target", 10, "targetDate", "2027-03-31", "direction", "DOWN", "source", source))
                .put(measure).then().statusCode(201);
        return measure;
    }

    private void send(String topic, String key, String event) {
        kafka.send(topic, key, event).join();
    }

    @Test
    void shouldRecordTheMonthsExceptionalSpendOnceAndOnlyInItsOwnLa() {
        String measure = measureFedBy(lead, FedFigures.EXCEPTIONAL_SPEND, "£");
        String otherLa = "X" + la;
        String otherLead = DevTokens.mint(otherLa, "lead@" + otherLa + ".gov.uk", "programme-lead");
        String otherMeasure = measureFedBy(otherLead, FedFigures.EXCEPTIONAL_SPEND, "£");

        // Same key, so one partition: the other LA's event and the repeat are consumed before the last one.
        String october = FundingEvents.cloudEvent(la, EventTypes.EXCEPTIONAL_SPEND_MONTHLY, new ExceptionalSpendMonthly(la, "2026-10", new BigDecimal("12345.67"), 3));
        send(Topics.FUNDING, la, FundingEvents.cloudEvent(otherLa, EventTypes.EXCEPTIONAL_SPEND_MONTHLY, new ExceptionalSpendMonthly(otherLa, "2026-10", new BigDecimal("99.99"), 1)));
        send(Topics.FUNDING, la, october);
        send(Topics.FUNDING, la, october);
        // A second event for the same month (another id) finds the day already measured: nothing more is recorded.
        send(Topics.FUNDING, la, FundingEvents.cloudEvent(la, EventTypes.EXCEPTIONAL_SPEND_MONTHLY, new ExceptionalSpendMonthly(la, "2026-10", new BigDecimal("1.00"), 1)));
        send(Topics.FUNDING, la, FundingEvents.cloudEvent(la, EventTypes.EXCEPTIONAL_SPEND_MONTHLY, new ExceptionalSpendMonthly(la, "2026-11", new BigDecimal("250.00"), 1)));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().auth().oauth2(lead).get(measure).then().statusCode(200)
                .body("measurements.totalItems", equalTo(2)));
        given().auth().oauth2(lead).get(measure).then()
                .body("measurements.items.find { it.measuredOn == '2026-10-31' }.value", equalTo(12345.67f))
                .body("measurements.items.find { it.measuredOn == '2026-10-31' }.source", equalTo(FedFigures.EXCEPTIONAL_SPEND))
                .body("measurements.items.find { it.measuredOn == '2026-10-31' }.note",
                        equalTo("£12345.67 of exceptional top-ups without an EHCP approved in 2026-10 (3 applications)"))
                .body("measurements.items.find { it.measuredOn == '2026-11-30' }.value", equalTo(250.0f));
        given().auth().oauth2(otherLead).get(otherMeasure).then().statusCode(200)
                .body("measurements.totalItems", equalTo(1)).body("measurements.items[0].value", equalTo(99.99f));
    }

    @Test
    void shouldTakeTheNamedPlacementCountAsTheMeasure() {
        String independent = measureFedBy(lead, FedFigures.INDEPENDENT_PLACEMENTS, "placements");
        LocalDate asOf = LocalDate.of(2026, 10, 31);
        send(Topics.PLACEMENT, la, FundingEvents.cloudEvent(la, EventTypes.PLACEMENT_COUNTS_PUBLISHED,
                new PlacementCounts("2026-10", asOf, 420, 37, 12, new BigDecimal("2035000.00"), new BigDecimal("660000.00"))));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().auth().oauth2(lead).get(independent).then().statusCode(200)
                .body("measurements.totalItems", equalTo(1)));
        given().auth().oauth2(lead).get(independent).then()
                .body("measurements.items[0].measuredOn", equalTo("2026-10-31"))
                .body("measurements.items[0].value", equalTo(37.0f))
                .body("measurements.items[0].source", equalTo(FedFigures.INDEPENDENT_PLACEMENTS))
                .body("latest.value", equalTo(37.0f));
    }

    @Test
    void shouldDeadLetterAFigureThatCannotBeRead() {
        String bad = FundingEvents.cloudEvent(la, EventTypes.EXCEPTIONAL_SPEND_MONTHLY, Map.of("la", la, "month", "October", "total", 5, "approvals", 1));
        send(Topics.FUNDING, la, bad);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(deadLetters.records(r -> r.value().equals(bad))).singleElement()
                .satisfies(r -> assertThat(new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                        .contains("yyyy-MM")));
    }
}
