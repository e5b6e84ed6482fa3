package uk.send.plan.ehcp.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import uk.send.plan.ehcp.service.EhcpTimelinessKpiFeed;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.plan.ehcp.event.FundingEvents;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EhcpDecisionRecorded.ExceptionReason;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.Topics;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static uk.send.plan.ehcp.domain.Decisions.correction;
import static uk.send.plan.ehcp.domain.Decisions.decision;
import static uk.send.plan.ehcp.domain.Decisions.exception;
import static uk.send.plan.ehcp.domain.Decisions.finalPlan;
import static uk.send.plan.ehcp.domain.Decisions.request;

/**
 * EHCP decisions published on funding.events (as funding-service's relay does) become timelines, clock events
 * on plan.events and the read endpoints. Each test uses its own LA.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class EhcpTimelineResourceTest {

    private static FundingEvents funding;

    @Inject
    EhcpTimelinessKpiFeed feed;
    @Inject
    DataSource dataSource;
    private final TopicProbe planEvents = TopicProbe.of(Topics.PLAN);
    private final TopicProbe deadLetters = TopicProbe.of("plan.dlq");
    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String officer = "case.officer@" + la + ".gov.uk";
    private final String senOfficer = DevTokens.mint(la, "reader@" + la + ".gov.uk", "sen-officer");
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeAll
    static void connect() {
        funding = new FundingEvents();
    }

    @AfterAll
    static void disconnect() {
        funding.close();
    }

    private void publish(EhcpDecisionRecorded... decisions) {
        for (EhcpDecisionRecorded d : decisions) {
            funding.publish(la, d);
        }
    }

    private JsonPath awaitTimeline(String ref, int decisions) {
        // generous: the broker may still be assigning funding.events' partitions to a consumer that started before the topic existed
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().auth().oauth2(senOfficer).get("/api/v1/ehcps/" + ref + "/timeline")
                .then().statusCode(200).body("ehcp.decisions", equalTo(decisions)));
        return given().auth().oauth2(senOfficer).get("/api/v1/ehcps/" + ref + "/timeline").then().statusCode(200).extract().jsonPath();
    }

    private void scan(LocalDate asOf) {
        given().auth().oauth2(lead).queryParam("asOf", asOf.toString()).queryParam("tenant", la).post("/api/v1/deadline-scans").then().statusCode(200);
    }

    @Test
    void shouldAnnounceTheDecisionToAssessAtRiskBeforeWeekSixAndBreachedAfterToTheNamedOfficer() {
        String ref = "EHCP-" + UUID.randomUUID();
        // Requested long enough ago that week 5 and the day after week 6 are both past: a scan may be run as of an
        // earlier day (catching up) but never a later one.
        LocalDate requested = today.minusWeeks(6).minusDays(8);
        publish(request(la + "-1", ref, requested.toString(), 4, officer));

        JsonPath timeline = awaitTimeline(ref, 1);
        assertThat(timeline.getString("ehcp.caseOfficerId")).isEqualTo(officer);
        assertThat(timeline.getList("clocks.rule", String.class)).containsExactly("DECIDE_TO_ASSESS", "DRAFT_OR_NOTICE_NOT_TO_ISSUE", "FINAL_PLAN");
        assertThat(timeline.getString("clocks[0].dueOn")).isEqualTo(requested.plusWeeks(6).toString());
        assertThat(timeline.getString("clocks[0].regulation")).isEqualTo("SEND Regulations 2014, reg 5(1)");
        // Read today, the open clock is already past its due date.
        assertThat(timeline.getString("clocks[0].state")).isEqualTo("BREACHED");
        assertThat(timeline.getString("clocks[1].state")).isEqualTo("OPEN");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(planEvents.cloudEvents(la, EventTypes.EHCP_CLOCK_STARTED)).hasSize(3));

        LocalDate due = requested.plusWeeks(6);
        scan(due.minusDays(6)); // week 5: the 7-day reminder
        scan(due.minusDays(5)); // nothing new the next day
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> atRisk = planEvents.cloudEvents(la, EventTypes.EHCP_CLOCK_AT_RISK);
            assertThat(atRisk).hasSize(1);
            JsonNode data = atRisk.get(0).get("data");
            assertThat(data.get("ehcpRef").asText()).isEqualTo(ref);
            assertThat(data.get("rule").asText()).isEqualTo("DECIDE_TO_ASSESS");
            assertThat(data.get("step").asText()).isEqualTo("decision whether to assess");
            assertThat(data.get("dueDate").asText()).isEqualTo(due.toString());
            assertThat(data.get("leadTimeDays").asInt()).isEqualTo(7);
            assertThat(data.get("caseOfficerId").asText()).isEqualTo(officer);
            assertThat(data.has("audienceRole")).isFalse();
            assertThat(atRisk.get(0).get("subject").asText()).isEqualTo("ehcp/" + ref);
        });

        scan(due.plusDays(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> breached = planEvents.cloudEvents(la, EventTypes.EHCP_CLOCK_BREACHED);
            assertThat(breached).hasSize(1);
            assertThat(breached.get(0).get("data").get("rule").asText()).isEqualTo("DECIDE_TO_ASSESS");
            assertThat(breached.get(0).get("data").get("daysOverdue").asInt()).isEqualTo(1);
        });
        // all keyed by the EHCP reference, so one child's clock events stay in order
        assertThat(planEvents.records(r -> r.value().contains(la) && r.value().contains("uk.send.plan.ehcp.clock")))
                .allSatisfy(r -> assertThat(r.key()).isEqualTo(ref));
    }

    @Test
    void shouldTellEverySenOfficerWhenNoOfficerIsNamedAndAnnounceAStepMet() {
        String ref = "EHCP-" + UUID.randomUUID();
        LocalDate requested = today.minusDays(20);
        publish(request(la + "-1", ref, requested.toString(), 4, null));
        awaitTimeline(ref, 1);
        publish(decision(la + "-2", ref, EhcpDecisionKind.DECIDED_TO_ASSESS, today.minusDays(2).toString()));
        awaitTimeline(ref, 2);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> met = planEvents.cloudEvents(la, EventTypes.EHCP_CLOCK_MET);
            assertThat(met).hasSize(1);
            assertThat(met.get(0).get("data").get("rule").asText()).isEqualTo("DECIDE_TO_ASSESS");
            assertThat(met.get(0).get("data").get("stoppedOn").asText()).isEqualTo(today.minusDays(2).toString());
            assertThat(met.get(0).get("data").get("audienceRole").asText()).isEqualTo("sen-officer");
        });
    }

    @Test
    void shouldNotAnnounceClocksThatStartedLongBeforeTheirHistoryArrivedButStillScanThem() {
        String history = "EHCP-" + UUID.randomUUID();
        String fresh = "EHCP-" + UUID.randomUUID();
        // An onboarding load: a plan issued almost a year ago opens its annual review clock (due within the 12 months
        // starting with the plan, so in 4 days), which started long ago: history, not news.
        LocalDate issued = today.minusYears(1).plusDays(5);
        publish(request(la + "-h1", history, issued.minusWeeks(19).toString(), 4, officer),
                finalPlan(la + "-h2", history, issued.toString(), 4));
        publish(request(la + "-f1", fresh, today.minusDays(3).toString(), 4, officer));
        JsonPath old = awaitTimeline(history, 2);
        awaitTimeline(fresh, 1);
        assertThat(old.getList("clocks.rule", String.class)).contains("ANNUAL_REVIEW");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(planEvents.cloudEvents(la, EventTypes.EHCP_CLOCK_STARTED)).extracting(e -> e.get("data").get("ehcpRef").asText())
                        .hasSize(3).containsOnly(fresh));
        // The scan still tells the officer that the old clock's step falls due.
        assertThat(LocalDate.parse(old.getString("clocks.find { it.rule == 'ANNUAL_REVIEW' }.dueOn"))).isBetween(today.plusDays(1), today.plusDays(7));
        scan(today);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(planEvents.cloudEvents(la, EventTypes.EHCP_CLOCK_AT_RISK)).extracting(e -> e.get("data").get("ehcpRef").asText())
                        .contains(history));
    }

    @Test
    void shouldBuildTheSameTimelineFromDecisionsOutOfOrderAndTwice() {
        LocalDate start = today.minusWeeks(30);
        String inOrder = "EHCP-A-" + UUID.randomUUID();
        String shuffled = "EHCP-B-" + UUID.randomUUID();
        List<EhcpDecisionRecorded> a = history(inOrder, "A", start);
        List<EhcpDecisionRecorded> b = new ArrayList<>(history(shuffled, "B", start));
        b.add(b.get(1));
        b.add(b.get(3));
        Collections.shuffle(b, new Random(7));
        publish(a.toArray(EhcpDecisionRecorded[]::new));
        publish(b.toArray(EhcpDecisionRecorded[]::new));

        List<Map<String, Object>> clocksA = awaitTimeline(inOrder, a.size()).getList("clocks");
        List<Map<String, Object>> clocksB = awaitTimeline(shuffled, a.size()).getList("clocks");
        clocksA.forEach(c -> c.remove("ehcpRef"));
        clocksB.forEach(c -> c.remove("ehcpRef"));
        assertThat(clocksB).isEqualTo(clocksA);
        assertThat(clocksA).extracting(c -> c.get("key")).contains("FINAL_PLAN:" + start, "ANNUAL_REVIEW:" + start.plusWeeks(19));
    }

    private List<EhcpDecisionRecorded> history(String ref, String prefix, LocalDate start) {
        return List.of(
                request(la + prefix + "-1", ref, start.toString(), 6, officer),
                decision(la + prefix + "-2", ref, EhcpDecisionKind.DECIDED_TO_ASSESS, start.plusWeeks(5).toString()),
                decision(la + prefix + "-3", ref, EhcpDecisionKind.DRAFT_PLAN_ISSUED, start.plusWeeks(15).toString()),
                finalPlan(la + prefix + "-4", ref, start.plusWeeks(19).toString(), null),
                decision(la + prefix + "-5", ref, EhcpDecisionKind.MEDIATION_CERTIFICATE_ISSUED, start.plusWeeks(22).toString()));
    }

    @Test
    void shouldExcuseTheTwentyWeekClockWhenAnExceptionAppliedAndCountItSoForSen2() {
        String ref = "EHCP-" + UUID.randomUUID();
        String onTime = "EHCP-" + UUID.randomUUID();
        LocalDate start = LocalDate.of(2025, 1, 6);
        publish(request(la + "-1", ref, start.toString(), 2, officer),
                exception(la + "-2", ref, EhcpDecisionKind.EXCEPTION_APPLIED, "2025-02-03", ExceptionReason.SETTING_CLOSED),
                finalPlan(la + "-3", ref, "2025-06-30", null),
                request(la + "-4", onTime, start.toString(), 2, officer),
                finalPlan(la + "-5", onTime, "2025-05-19", null));

        JsonPath timeline = awaitTimeline(ref, 3);
        Map<String, Object> twentyWeeks = timeline.getMap("clocks.find { it.rule == 'FINAL_PLAN' }");
        assertThat(twentyWeeks.get("state")).isEqualTo("EXCUSED");
        assertThat(twentyWeeks.get("exceptionReason")).isEqualTo("SETTING_CLOSED");
        assertThat(twentyWeeks.get("dueOn")).isEqualTo("2025-05-26");
        awaitTimeline(onTime, 2);

        given().auth().oauth2(senOfficer).queryParam("fromYear", 2025).get("/api/v1/ehcp-timeliness").then().statusCode(200)
                .body("years[0].period", equalTo("2025"))
                .body("years[0].issued", equalTo(2))
                .body("years[0].withinTwentyWeeks", equalTo(1))
                .body("years[0].percentWithinTwentyWeeks", equalTo(50.0f))
                .body("years[0].issuedExcludingExceptions", equalTo(1))
                .body("years[0].percentExcludingExceptions", equalTo(100.0f))
                .body("months.period", equalTo(List.of("2025-05", "2025-06")));
        String csv = given().auth().oauth2(senOfficer).accept("text/csv").queryParam("fromYear", 2025).get("/api/v1/ehcp-timeliness")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.split("\n")).containsExactly(
                "period,issued,within_20_weeks,percent_within_20_weeks,issued_excluding_exceptions,within_20_weeks_excluding_exceptions,percent_excluding_exceptions",
                "2025,2,1,50.0,1,1,100.0",
                "2025-05,1,1,100.0,1,1,100.0",
                "2025-06,1,0,0.0,0,0,");
        given().auth().oauth2(senOfficer).queryParam("fromYear", 2025).queryParam("toYear", 2024).get("/api/v1/ehcp-timeliness")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("toYear"));
    }

    @Test
    void shouldFillAKpiWhoseSourceIsTheTimelinessFigure() {
        String ref = "EHCP-" + UUID.randomUUID();
        String late = "EHCP-" + UUID.randomUUID();
        LocalDate start = today.minusWeeks(30);
        publish(request(la + "-1", ref, start.toString(), 2, officer), finalPlan(la + "-2", ref, start.plusWeeks(19).toString(), null),
                request(la + "-3", late, start.toString(), 2, officer), finalPlan(la + "-4", late, start.plusWeeks(22).toString(), null),
                exception(la + "-5", late, EhcpDecisionKind.EXCEPTION_APPLIED, start.plusWeeks(3).toString(), ExceptionReason.ABSENT_FROM_AREA));
        awaitTimeline(late, 3);
        String programme = given().auth().oauth2(lead).contentType("application/json").body(Map.of("title", "SEND recovery plan", "kind", "RECOVERY_PLAN"))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        String task = given().auth().oauth2(lead).contentType("application/json").body(Map.of("kind", "TASK", "title", "Issue plans on time"))
                .post("/api/v1/programmes/" + programme + "/items").then().statusCode(201).extract().path("id");
        String criterion = given().auth().oauth2(lead).contentType("application/json")
                .body(Map.of("kind", "CRITERION", "parentId", task, "title", "New plans issued within 20 weeks"))
                .post("/api/v1/programmes/" + programme + "/items").then().statusCode(201).extract().path("id");
        String measure = "/api/v1/programmes/" + programme + "/items/" + criterion + "/measure";
        given().auth().oauth2(lead).contentType("application/json").body(Map.of("name", "Plans issued within 20 weeks", "unit", "%",
                        "baseline", 40, "baselineDate", today.minusDays(100).toString(), "target", 60, "targetDate", today.plusDays(300).toString(),
                        "direction", "UP", "source", EhcpTimelinessKpiFeed.SOURCE))
                .put(measure).then().statusCode(201);

        assertThat(feed.feed(today)).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(lead).get(measure).then().statusCode(200)
                .body("measurements.totalItems", equalTo(1))
                .body("measurements.items[0].value", equalTo(50.0f))
                .body("measurements.items[0].source", equalTo(EhcpTimelinessKpiFeed.SOURCE));
        // a second run the same day records nothing more
        feed.feed(today);
        given().auth().oauth2(lead).get(measure).then().body("measurements.totalItems", equalTo(1));
    }

    @Test
    void shouldMoveAClockWhenACorrectionChangesTheRequestDate() {
        String ref = "EHCP-" + UUID.randomUUID();
        LocalDate wrong = today.minusDays(3);
        LocalDate right = today.minusDays(10);
        publish(request(la + "-1", ref, wrong.toString(), 5, officer));
        awaitTimeline(ref, 1);
        publish(correction(la + "-2", ref, right.toString(), la + "-1", EhcpDecisionKind.ASSESSMENT_REQUESTED, 5, officer));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(senOfficer).get("/api/v1/ehcps/" + ref + "/timeline")
                .then().statusCode(200)
                .body("clocks.key", equalTo(List.of("DECIDE_TO_ASSESS:" + right, "DRAFT_OR_NOTICE_NOT_TO_ISSUE:" + right, "FINAL_PLAN:" + right)))
                .body("clocks[0].dueOn", equalTo(right.plusWeeks(6).toString()))
                .body("decisions.sourceId", hasItem(la + "-2")));
    }

    @Test
    void shouldWriteOnlyTheClocksADecisionMovesAndNothingForOneReceivedAgain() throws Exception {
        String ref = "EHCP-" + UUID.randomUUID();
        LocalDate requested = today.minusDays(10);
        EhcpDecisionRecorded request = request(la + "-1", ref, requested.toString(), 5, officer);
        publish(request);
        awaitTimeline(ref, 1);
        Map<String, String> first = clockVersions(ref);
        assertThat(first).containsOnlyKeys("DECIDE_TO_ASSESS:" + requested, "DRAFT_OR_NOTICE_NOT_TO_ISSUE:" + requested, "FINAL_PLAN:" + requested);

        // The same decision again (a new event: the CMS or a replay sent it twice), then the decision to assess, on the same
        // partition (same key), so once that one shows, the repeat has been consumed before it.
        publish(request);
        publish(decision(la + "-2", ref, EhcpDecisionKind.DECIDED_TO_ASSESS, today.minusDays(1).toString()));
        awaitTimeline(ref, 2);
        Map<String, String> second = clockVersions(ref);
        assertThat(second.get("DECIDE_TO_ASSESS:" + requested)).as("the clock the decision stopped is rewritten")
                .isNotEqualTo(first.get("DECIDE_TO_ASSESS:" + requested));
        assertThat(second.get("FINAL_PLAN:" + requested)).as("a clock nothing moved is not written again")
                .isEqualTo(first.get("FINAL_PLAN:" + requested));
        assertThat(second.get("DRAFT_OR_NOTICE_NOT_TO_ISSUE:" + requested)).isEqualTo(first.get("DRAFT_OR_NOTICE_NOT_TO_ISSUE:" + requested));
        // The decision's own event is relayed after anything the repeat could have published before it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(planEvents.cloudEvents(la, "uk.send.plan.ehcp.clock.met.v1")).hasSize(1));
        assertThat(planEvents.cloudEvents(la, "uk.send.plan.ehcp.clock.started.v1").stream()
                .filter(e -> e.path("data").path("ehcpRef").asText().equals(ref))).as("the repeat announced nothing").hasSize(3);

        // A correction naming another officer moves none of the dates, but every clock is now that officer's.
        String other = "other.officer@" + la + ".gov.uk";
        publish(correction(la + "-3", ref, requested.toString(), la + "-1", EhcpDecisionKind.ASSESSMENT_REQUESTED, 5, other));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(senOfficer).queryParam("officer", other)
                .get("/api/v1/ehcp-clocks").then().statusCode(200).body("totalItems", equalTo(3)));
        given().auth().oauth2(senOfficer).queryParam("officer", officer).get("/api/v1/ehcp-clocks").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    /** Each stored clock of the EHCP with the id of the transaction that last wrote its row. */
    private Map<String, String> clockVersions(String ref) throws SQLException {
        Map<String, String> versions = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select clock_key, xmin::text from ehcp_clock where tenant = ? and ehcp_ref = ?")) {
            ps.setString(1, la);
            ps.setString(2, ref);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return versions;
    }

    @Test
    void shouldListClocksAndCaseloadsAndNeverShowAnotherLasEhcps() {
        String ref = "EHCP-" + UUID.randomUUID();
        publish(request(la + "-1", ref, today.minusWeeks(7).toString(), 5, officer));
        awaitTimeline(ref, 1);

        given().auth().oauth2(senOfficer).get("/api/v1/ehcps").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].ehcpRef", equalTo(ref)).body("items[0].openClocks", equalTo(3));
        given().auth().oauth2(senOfficer).queryParam("state", "BREACHED").get("/api/v1/ehcp-clocks").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].rule", equalTo("DECIDE_TO_ASSESS"));
        given().auth().oauth2(senOfficer).queryParam("state", "OPEN").queryParam("dueBefore", today.plusWeeks(10).toString())
                .queryParam("officer", officer).get("/api/v1/ehcp-clocks").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].rule", equalTo("DRAFT_OR_NOTICE_NOT_TO_ISSUE"));
        given().auth().oauth2(senOfficer).queryParam("state", "SOMETIMES").get("/api/v1/ehcp-clocks").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(senOfficer).queryParam("size", 101).get("/api/v1/ehcp-clocks").then().statusCode(400);
        given().auth().oauth2(senOfficer).get("/api/v1/ehcp-caseloads").then().statusCode(200)
                .body("items[0].officer", equalTo(officer)).body("items[0].ehcps", equalTo(1))
                .body("items[0].open", equalTo(2)).body("items[0].breached", equalTo(1));

        String otherLa = DevTokens.mint("LB" + UUID.randomUUID().toString().substring(0, 8), "b@lb.gov.uk", "sen-officer");
        given().auth().oauth2(otherLa).get("/api/v1/ehcps/" + ref + "/timeline").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(otherLa).get("/api/v1/ehcps").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(otherLa).get("/api/v1/ehcp-clocks").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(DevTokens.mint(la, "finance@" + la, "finance")).get("/api/v1/ehcps").then().statusCode(403);
    }

    @Test
    void shouldExportClocksAndCaseloadsAsCsvAndXlsxWithTheListsFiltersAndOnlyTheLasOwn() throws Exception {
        String ref = "EHCP-" + UUID.randomUUID();
        LocalDate requested = today.minusWeeks(7);
        publish(request(la + "-1", ref, requested.toString(), 5, officer));
        awaitTimeline(ref, 1);

        var breached = given().auth().oauth2(senOfficer).queryParam("state", "BREACHED").get("/api/v1/ehcp-clocks/export").then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", equalTo("attachment; filename=\"" + la + "-ehcp-clocks-" + today + ".csv\""))
                .extract().asString();
        List<CSVRecord> rows = csv(breached);
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("ehcpRef")).isEqualTo(ref);
        assertThat(row.get("rule")).isEqualTo("DECIDE_TO_ASSESS");
        assertThat(row.get("regulation")).isEqualTo("SEND Regulations 2014, reg 5(1)");
        assertThat(row.get("startedOn")).isEqualTo(requested.toString());
        assertThat(row.get("dueOn")).isEqualTo(requested.plusWeeks(6).toString());
        assertThat(row.get("stoppedOn")).isEmpty();
        assertThat(row.get("state")).isEqualTo("BREACHED");
        assertThat(row.get("daysUntilDue")).isEqualTo("-7");
        assertThat(row.get("caseOfficerId")).isEqualTo(officer);

        byte[] xlsx = given().auth().oauth2(senOfficer).queryParam("format", "xlsx").queryParam("officer", officer).get("/api/v1/ehcp-clocks/export")
                .then().statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
             var sheetRows = workbook.getFirstSheet().openStream()) {
            List<List<String>> cells = sheetRows.map(r -> r.stream().map(c -> c == null ? "" : c.getRawValue()).toList()).toList();
            assertThat(cells.get(0)).startsWith("ehcpRef", "clockKey", "rule");
            assertThat(cells.subList(1, cells.size())).extracting(r -> r.get(2))
                    .containsExactly("DECIDE_TO_ASSESS", "DRAFT_OR_NOTICE_NOT_TO_ISSUE", "FINAL_PLAN");
        }

        // The caseload export holds the list's rows.
        var caseload = given().auth().oauth2(senOfficer).get("/api/v1/ehcp-caseloads").then().statusCode(200).extract().jsonPath();
        String caseloads = given().auth().oauth2(senOfficer).get("/api/v1/ehcp-caseloads/export").then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", equalTo("attachment; filename=\"" + la + "-ehcp-caseloads-" + today + ".csv\"")).extract().asString();
        assertThat(caseloads).isEqualTo("officer,ehcps,open,atRisk,breached\r\n" + officer + ",1," + caseload.getInt("items[0].open") + ","
                + caseload.getInt("items[0].atRisk") + "," + caseload.getInt("items[0].breached") + "\r\n");
        assertThat(caseload.getInt("items[0].breached")).isEqualTo(1);

        given().auth().oauth2(senOfficer).queryParam("format", "pdf").get("/api/v1/ehcp-clocks/export").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        given().auth().oauth2(senOfficer).queryParam("state", "SOMETIMES").get("/api/v1/ehcp-clocks/export").then().statusCode(400)
                .contentType("application/problem+json");
        String otherLa = DevTokens.mint("LB" + UUID.randomUUID().toString().substring(0, 8), "b@lb.gov.uk", "sen-officer");
        assertThat(csv(given().auth().oauth2(otherLa).get("/api/v1/ehcp-clocks/export").then().statusCode(200).extract().asString())).isEmpty();
        assertThat(given().auth().oauth2(otherLa).get("/api/v1/ehcp-caseloads/export").then().statusCode(200).extract().asString())
                .isEqualTo("officer,ehcps,open,atRisk,breached\r\n");
        given().auth().oauth2(DevTokens.mint(la, "finance@" + la, "finance")).get("/api/v1/ehcp-clocks/export").then().statusCode(403);
    }

    /** An export reads the list a chunk at a time: every clock once, in the list's order, across chunks and ties of due date. */
    @Test
    void shouldExportEveryClockOnceInOrderAcrossChunks() throws Exception {
        int clocks = 2_345;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into ehcp_clock (tenant, ehcp_ref, clock_key, rule, la_must_act, started_on, due_on, state, case_officer_id)
                values (?, ?, ?, 'FINAL_PLAN', true, ?, ?, 'OPEN', ?)""")) {
            Random random = new Random(11);
            for (int i = 0; i < clocks; i++) {
                LocalDate due = today.plusDays(random.nextInt(4));
                ps.setString(1, la);
                ps.setString(2, "EHCP-X-" + random.nextInt(400));
                ps.setString(3, "FINAL_PLAN:" + i);
                ps.setObject(4, due.minusWeeks(20));
                ps.setObject(5, due);
                ps.setString(6, i % 2 == 0 ? officer : null);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<CSVRecord> all = csv(given().auth().oauth2(senOfficer).get("/api/v1/ehcp-clocks/export").then().statusCode(200).extract().asString());
        assertThat(all).hasSize(clocks);
        assertThat(all.stream().map(r -> r.get("clockKey")).distinct()).hasSize(clocks);
        java.util.Comparator<CSVRecord> listOrder = java.util.Comparator.<CSVRecord, String>comparing(r -> r.get("dueOn"))
                .thenComparing(r -> r.get("ehcpRef")).thenComparing(r -> r.get("clockKey"));
        assertThat(all).isSortedAccordingTo(listOrder);
        assertThat(csv(given().auth().oauth2(senOfficer).queryParam("officer", officer).get("/api/v1/ehcp-clocks/export").then().statusCode(200)
                .extract().asString())).hasSize((clocks + 1) / 2).allSatisfy(r -> assertThat(r.get("caseOfficerId")).isEqualTo(officer));
    }

    private static List<CSVRecord> csv(String text) throws java.io.IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))) {
            assertThat(parser.getHeaderNames()).containsExactly("ehcpRef", "clockKey", "rule", "step", "regulation", "startedOn", "dueOn", "stoppedOn",
                    "state", "daysUntilDue", "exceptionReason", "endReason", "caseOfficerId");
            return parser.getRecords();
        }
    }

    @Test
    void shouldDeadLetterAnUnreadableDecisionAndCarryOn() {
        String ref = "EHCP-" + UUID.randomUUID();
        String marker = "poison-" + UUID.randomUUID();
        funding.publishRaw(ref, "{ not a CloudEvent " + marker);
        funding.publishRaw(ref, FundingEvents.cloudEvent(la, EventTypes.EHCP_DECISION_RECORDED, Map.of("ehcpRef", ref, "marker", marker)));
        publish(request(la + "-1", ref, today.toString(), 5, officer));

        awaitTimeline(ref, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var dead = deadLetters.records(r -> r.value() != null && r.value().contains(marker));
            assertThat(dead).hasSize(2);
            assertThat(dead).extracting(r -> new String(r.headers().lastHeader("dead-letter-reason").value()))
                    .anySatisfy(reason -> assertThat(reason).contains("not a CloudEvent"))
                    .anySatisfy(reason -> assertThat(reason).contains("lacks sourceId"));
        });
    }
}
