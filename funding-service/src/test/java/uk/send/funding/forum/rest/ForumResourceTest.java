package uk.send.funding.forum.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.funding.FundingFixtures;
import uk.send.platform.events.Topics;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/** Top-slices, the schools forum's vote and block transfers, against the real database and broker; each test has its own LAs. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class ForumResourceTest {

    private static final String DECIDED = "uk.send.funding.top-slice.decided.v1";
    private static final String TRADED = "uk.send.funding.top-slice.switched-to-traded.v1";
    private static final String AGREED = "uk.send.funding.block-transfer.agreed.v1";

    /** Reads JSON numbers as BigDecimal, so money is compared exactly. */
    private static final JsonPathConfig EXACT = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private final TopicProbe fundingEvents = TopicProbe.of(Topics.FUNDING);
    private final FundingFixtures a = new FundingFixtures("FA" + UUID.randomUUID().toString().substring(0, 6));
    private final FundingFixtures b = new FundingFixtures("FB" + UUID.randomUUID().toString().substring(0, 6));

    /** Registers five mainstream schools, a special school and an inactive primary, with budgets for 2026-27 uploaded as CSV. */
    private void register(FundingFixtures la) {
        la.setting("200001", "MAINSTREAM_PRIMARY");
        la.setting("200002", "MAINSTREAM_PRIMARY");
        la.setting("200003", "MAINSTREAM_SECONDARY");
        la.setting("200004", "ALL_THROUGH");
        la.setting("200005", "MAINSTREAM_PRIMARY");
        la.setting("200006", "SPECIAL");
        la.setting("200007", "MAINSTREAM_PRIMARY");
        Map<String, Object> inactive = Map.of("urn", "200007", "name", "Closed Primary", "type", "MAINSTREAM_PRIMARY", "active", false);
        String id = given().auth().oauth2(la.finance).get("/api/v1/settings/by-urn/200007").then().extract().path("id");
        given().auth().oauth2(la.finance).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(inactive).put("/api/v1/settings/" + id)
                .then().statusCode(200);
        given().auth().oauth2(la.finance).contentType("text/csv").body("""
                        URN,Budget_Share,Pupils
                        200001,1000000.01,210
                        200002,1333333.33,315
                        200003,4999999.99,1100
                        200004,2777777.77,640
                        200005,,90
                        200006,3000000.00,120
                        200007,500000.00,100
                        """)
                .post("/api/v1/setting-budgets/2026-27").then().statusCode(200).body("settingsWritten", equalTo(7));
    }

    private Response propose(FundingFixtures la, String key, Map<String, Object> body) {
        var req = given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(body);
        return (key == null ? req : req.header("Idempotency-Key", key)).post("/api/v1/top-slices");
    }

    private static Map<String, Object> outreach(String sum, String base) {
        return Map.of("name", "Two outreach services", "purpose", "Autism and SEMH outreach", "financialYear", "2026-27", "sumNeeded", sum, "base", base);
    }

    private static Map<String, Object> vote(String member, String category, String choice) {
        return Map.of("member", member, "category", category, "vote", choice);
    }

    @Test
    void shouldDeductExactlyTheSumNeededToThePenny() {
        register(a);
        Response created = propose(a, null, outreach("123456.79", "BUDGET_SHARE"));
        created.then().statusCode(201).header("ETag", "\"0\"").body("status", equalTo("PROPOSED"))
                // 200005 has no budget share, 200006 is special, 200007 is closed
                .body("settings", equalTo(4)).body("settingsWithoutBase", equalTo(1))
                .body("settingTypes", containsInAnyOrder("MAINSTREAM_PRIMARY", "MAINSTREAM_SECONDARY", "ALL_THROUGH"));
        String id = created.jsonPath().getString("id");

        JsonPath rows = given().auth().oauth2(a.finance).queryParam("size", 100).get("/api/v1/top-slices/" + id + "/deductions")
                .then().statusCode(200).body("totalItems", equalTo(4)).body("items[0].urn", equalTo("200003")).extract().jsonPath(EXACT);
        List<BigDecimal> amounts = rows.getList("items.deduction", BigDecimal.class);
        assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("123456.79");
        assertThat(amounts).allSatisfy(d -> assertThat(d.stripTrailingZeros().scale()).isLessThanOrEqualTo(2));
        // every school gives up the same share of its budget, to 3 places: 123,456.79 of 10,111,111.10
        assertThat(rows.getList("items.percentOfBudget", BigDecimal.class)).allSatisfy(p -> assertThat(p).isEqualByComparingTo("1.221"));

        String csv = given().auth().oauth2(a.finance).get("/api/v1/top-slices/" + id + "/deductions.csv").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv.lines().skip(1).map(l -> new BigDecimal(l.split(",")[4])).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("123456.79");
        byte[] xlsx = given().auth().oauth2(a.finance).get("/api/v1/top-slices/" + id + "/deductions.xlsx").then().statusCode(200).extract().asByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");

        // by pupils: 90 pupils at 200005 count now, and three-way splits of a penny go to the largest remainders
        String byPupils = propose(a, null, outreach("1000.00", "PUPIL_NUMBERS")).then().statusCode(201).body("settings", equalTo(5))
                .body("settingsWithoutBase", equalTo(0)).extract().path("id");
        List<BigDecimal> byPupilsAmounts = given().auth().oauth2(a.finance).get("/api/v1/top-slices/" + byPupils + "/deductions").then().statusCode(200)
                .extract().jsonPath(EXACT).getList("items.deduction", BigDecimal.class);
        assertThat(byPupilsAmounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000.00");
        given().auth().oauth2(a.finance).get("/api/v1/top-slices").then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void shouldFailAForumVoteAndSwitchToATradedModel() {
        register(a);
        String id = propose(a, null, Map.of("name", "Primary outreach", "purpose", "Outreach for primary schools", "financialYear", "2026-27",
                "sumNeeded", "40000.00", "base", "PUPIL_NUMBERS", "settingTypes", List.of("MAINSTREAM_PRIMARY"))).then().statusCode(201)
                .body("settings", equalTo(3)).extract().path("id");
        Map<String, Object> meeting = Map.of("meetingDate", "2026-01-15", "minuteRef", "SF/2026/01 item 5", "votes", List.of(
                vote("PH-01", "MAINTAINED_PRIMARY", "AGAINST"), vote("PH-02", "MAINTAINED_PRIMARY", "AGAINST"),
                vote("AP-01", "ACADEMY_PRIMARY", "FOR"), vote("SH-01", "MAINTAINED_SECONDARY", "FOR"),
                vote("EY-01", "EARLY_YEARS_PVI", "FOR"), vote("NS-01", "NON_SCHOOL_OTHER", "FOR")));

        given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(meeting).post("/api/v1/top-slices/" + id + "/forum-vote")
                .then().statusCode(428);
        given().auth().oauth2(a.finance).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(meeting)
                .post("/api/v1/top-slices/" + id + "/forum-vote").then().statusCode(412);
        // Under the default rule only primary school and academy members vote on a primary top-slice: 1 for, 2 against.
        given().auth().oauth2(a.finance).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(meeting)
                .post("/api/v1/top-slices/" + id + "/forum-vote").then().statusCode(200).header("ETag", "\"1\"")
                .body("topSlice.status", equalTo("FAILED")).body("topSlice.tally.votesFor", equalTo(1))
                .body("topSlice.tally.votesAgainst", equalTo(2)).body("topSlice.tally.notEligible", equalTo(3))
                .body("votes.find { it.member == 'SH-01' }.counted", equalTo(false));
        given().auth().oauth2(a.finance).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(meeting)
                .post("/api/v1/top-slices/" + id + "/forum-vote").then().statusCode(409);
        given().auth().oauth2(a.finance).get("/api/v1/top-slices/" + id + "/votes").then().statusCode(200).body("totalItems", equalTo(6));

        Map<String, Object> traded = Map.of("model", "TRADED");
        given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(traded).post("/api/v1/top-slices/" + id + "/traded").then().statusCode(428);
        // 40,000 among three schools: £13,333.34 each, rounded up so that all three buying in covers it
        given().auth().oauth2(a.finance).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(traded)
                .post("/api/v1/top-slices/" + id + "/traded").then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("TRADED")).body("tradedModel", equalTo("TRADED")).body("pricePerSchool", equalTo(13333.34f));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> decided = fundingEvents.cloudEvents(a.la, DECIDED);
            assertThat(decided).hasSize(1);
            JsonNode d = decided.get(0).path("data");
            assertThat(d.path("outcome").asText()).isEqualTo("FAILED");
            assertThat(d.path("votesFor").asInt()).isEqualTo(1);
            assertThat(d.path("votesAgainst").asInt()).isEqualTo(2);
            assertThat(d.path("notEligible").asInt()).isEqualTo(3);
            assertThat(decided.get(0).toString()).doesNotContain("PH-01");
            List<JsonNode> switched = fundingEvents.cloudEvents(a.la, TRADED);
            assertThat(switched).hasSize(1);
            assertThat(switched.get(0).path("data").path("pricePerSchool").decimalValue()).isEqualByComparingTo("13333.34");
            assertThat(switched.get(0).path("data").path("schoolsToBreakEven").asInt()).isEqualTo(3);
        });
        assertThat(fundingEvents.records(r -> r.value().contains(DECIDED) && r.value().contains(id))).allMatch(r -> r.key().equals(id));
    }

    @Test
    void shouldFlagATransferOfPointSixPercentAndAgreeItOnlyWithTheSecretaryOfState() {
        Map<String, Object> request = Map.of("financialYear", "2026-27", "amount", "654000.00", "schoolsBlockTotal", "109000000.00",
                "reason", "High needs deficit recovery, year 2");
        Response created = given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(request).post("/api/v1/block-transfers");
        created.then().statusCode(201).body("needsDisapplication", equalTo(true)).body("percent", equalTo(0.6f))
                .body("limit", equalTo(545000.0f)).body("status", equalTo("PROPOSED"));
        String id = created.jsonPath().getString("id");
        // one year, one live transfer
        given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(request).post("/api/v1/block-transfers").then().statusCode(409);

        given().auth().oauth2(a.finance).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("meetingDate", "2026-11-12",
                        "votes", List.of(vote("PH-01", "MAINTAINED_PRIMARY", "FOR"), vote("NS-01", "NON_SCHOOL_OTHER", "FOR"))))
                .post("/api/v1/block-transfers/" + id + "/forum-vote").then().statusCode(200)
                .body("transfer.status", equalTo("AWAITING_DISAPPLICATION")).body("transfer.forumSupported", equalTo(true))
                .body("transfer.agreedOn", nullValue());
        given().auth().oauth2(a.finance).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("requestedOn", "2026-11-20", "outcome", "APPROVED")).post("/api/v1/block-transfers/" + id + "/disapplication")
                .then().statusCode(400).body("errors[0].field", equalTo("decidedOn"));
        given().auth().oauth2(a.finance).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("requestedOn", "2026-11-20", "outcome", "APPROVED", "decidedOn", "2027-01-10", "reference", "DfE-42"))
                .post("/api/v1/block-transfers/" + id + "/disapplication").then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("AGREED")).body("agreedOn", equalTo("2027-01-10")).body("disapplication.outcome", equalTo("APPROVED"));

        // LB: exactly 0.5% is the forum's to agree
        String within = given().auth().oauth2(b.finance).contentType(ContentType.JSON).body(Map.of("financialYear", "2026-27", "amount", "545000.00",
                "schoolsBlockTotal", "109000000.00", "reason", "Deficit recovery")).post("/api/v1/block-transfers").then().statusCode(201)
                .body("needsDisapplication", equalTo(false)).extract().path("id");
        given().auth().oauth2(b.finance).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("meetingDate", "2026-11-12",
                        "votes", List.of(vote("PH-01", "MAINTAINED_PRIMARY", "FOR"), vote("SH-01", "MAINTAINED_SECONDARY", "AGAINST"),
                                vote("AS-01", "ACADEMY_SECONDARY", "FOR"))))
                .post("/api/v1/block-transfers/" + within + "/forum-vote").then().statusCode(200).body("transfer.status", equalTo("AGREED"));
        given().auth().oauth2(b.finance).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("requestedOn", "2026-11-20", "outcome", "PENDING")).post("/api/v1/block-transfers/" + within + "/disapplication")
                .then().statusCode(409);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> agreedA = fundingEvents.cloudEvents(a.la, AGREED);
            assertThat(agreedA).hasSize(1);
            assertThat(agreedA.get(0).path("data").path("route").asText()).isEqualTo("SECRETARY_OF_STATE");
            assertThat(agreedA.get(0).path("data").path("percent").decimalValue()).isEqualByComparingTo("0.6");
            List<JsonNode> agreedB = fundingEvents.cloudEvents(b.la, AGREED);
            assertThat(agreedB).hasSize(1);
            assertThat(agreedB.get(0).path("data").path("route").asText()).isEqualTo("FORUM");
        });
    }

    @Test
    void shouldShowASchoolOnlyItsOwnFigures() {
        register(a);
        String id = propose(a, null, outreach("5000.00", "BUDGET_SHARE")).then().statusCode(201).extract().path("id");
        String school = DevTokens.mint(a.la, "head@200002.sch.uk", List.of("school"), "200002", Duration.ofMinutes(30));
        given().auth().oauth2(school).get("/api/v1/setting-budgets/2026-27").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.urn", contains("200002"));
        given().auth().oauth2(school).get("/api/v1/top-slices/" + id + "/deductions").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.urn", contains("200002"));
        String csv = given().auth().oauth2(school).get("/api/v1/top-slices/" + id + "/deductions.csv").then().statusCode(200).extract().asString();
        assertThat(csv.lines().skip(1).toList()).hasSize(1).allMatch(l -> l.startsWith("200002,"));
        given().auth().oauth2(school).contentType("text/csv").body("urn,pupils\n200002,999\n").post("/api/v1/setting-budgets/2026-27").then().statusCode(403);
        given().auth().oauth2(school).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("model", "TRADED"))
                .post("/api/v1/top-slices/" + id + "/traded").then().statusCode(403);
        given().auth().oauth2(school).get("/api/v1/block-transfers").then().statusCode(403);
    }

    @Test
    void shouldNeverShowOneLasProposalsToAnother() {
        register(a);
        String id = propose(a, null, outreach("5000.00", "BUDGET_SHARE")).then().statusCode(201).extract().path("id");
        String transfer = given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(Map.of("financialYear", "2027-28", "amount", "1000.00",
                "schoolsBlockTotal", "1000000.00", "reason", "r")).post("/api/v1/block-transfers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(b.finance).get("/api/v1/top-slices/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(b.finance).get("/api/v1/top-slices/" + id + "/deductions").then().statusCode(404);
        given().auth().oauth2(b.finance).get("/api/v1/top-slices/" + id + "/deductions.csv").then().statusCode(404);
        given().auth().oauth2(b.finance).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("meetingDate", "2026-01-15", "votes", List.of(vote("X-1", "MAINTAINED_PRIMARY", "FOR"))))
                .post("/api/v1/top-slices/" + id + "/forum-vote").then().statusCode(404);
        given().auth().oauth2(b.finance).get("/api/v1/block-transfers/" + transfer).then().statusCode(404);
        given().auth().oauth2(b.finance).get("/api/v1/top-slices").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(b.finance).get("/api/v1/setting-budgets/2026-27").then().statusCode(200).body("totalItems", equalTo(0));
        // LB's upload naming LA A's URNs is refused: they are not in LB's register
        given().auth().oauth2(b.finance).contentType(ContentType.JSON).body(Map.of("lines", List.of(Map.of("urn", "200001", "pupils", 5))))
                .post("/api/v1/setting-budgets/2026-27").then().statusCode(400).body("errors[0].field", equalTo("lines[0].urn"));
        given().auth().oauth2(a.finance).get("/api/v1/top-slices/" + id).then().statusCode(200);
    }

    @Test
    void shouldRejectInvalidInputAndWriteNothing() {
        register(a);
        given().auth().oauth2(a.finance).contentType("text/csv").body("urn,budget_share,pupils\n200001,lots,10\n12345,-1,-3\n200001,5.001,\n")
                .post("/api/v1/setting-budgets/2026-27").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("lines[0].budgetShare"));
        given().auth().oauth2(a.finance).contentType("text/csv").body("urn,budget_share,pupils\n200001,1.00,10\n12345,-1,-3\n200001,5.001,\n")
                .post("/api/v1/setting-budgets/2026-27").then().statusCode(400)
                .body("errors.field", hasItems("lines[1].urn", "lines[1].budgetShare", "lines[1].pupils", "lines[2].urn", "lines[2].budgetShare"));
        given().auth().oauth2(a.finance).get("/api/v1/setting-budgets/2026-27").then().body("items.find { it.urn == '200001' }.pupils", equalTo(210));
        given().auth().oauth2(a.finance).contentType("text/csv").body("name,value\nx,1\n").post("/api/v1/setting-budgets/2026-27").then().statusCode(400);
        given().auth().oauth2(a.finance).contentType(ContentType.JSON).body("{\"lines\": [null]}").post("/api/v1/setting-budgets/2026-27")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0]"));
        given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(Map.of("lines", List.of(Map.of("urn", "200001", "budgetShare", "1.005"))))
                .post("/api/v1/setting-budgets/2026-27").then().statusCode(400).body("errors[0].field", equalTo("lines[0].budgetShare"));
        given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(Map.of("lines", List.of())).post("/api/v1/setting-budgets/26-27")
                .then().statusCode(400).body("errors[0].field", equalTo("financialYear"));

        propose(a, null, Map.of("name", " ", "purpose", "x", "financialYear", "2026", "sumNeeded", "-5", "base", "BUDGET_SHARE")).then().statusCode(400)
                .body("errors.field", hasItems("name", "financialYear", "sumNeeded"));
        propose(a, null, outreach("10.001", "HEADCOUNT")).then().statusCode(400);
        propose(a, null, Map.of("name", "n", "purpose", "p", "financialYear", "2030-31", "sumNeeded", "10.00", "base", "BUDGET_SHARE"))
                .then().statusCode(422).body("type", equalTo("https://send-platform.uk/problems/top-slice-no-base"));
        String id = propose(a, null, outreach("5000.00", "BUDGET_SHARE")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(a.finance).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("meetingDate", "2026-01-15",
                        "votes", List.of(vote("PH-01", "MAINTAINED_PRIMARY", "FOR"), vote("PH-01", "MAINTAINED_PRIMARY", "AGAINST"))))
                .post("/api/v1/top-slices/" + id + "/forum-vote").then().statusCode(400).body("errors[0].field", equalTo("votes"));
        given().auth().oauth2(a.finance).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("meetingDate", "2026-01-15",
                        "votes", List.of(vote("Jane Smith", "MAINTAINED_PRIMARY", "FOR"))))
                .post("/api/v1/top-slices/" + id + "/forum-vote").then().statusCode(400);
        given().auth().oauth2(a.finance).get("/api/v1/top-slices/" + id).then().statusCode(200).body("status", equalTo("PROPOSED"))
                .body("version", equalTo(0));
        given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(Map.of("financialYear", "2026-27", "amount", "2000.00",
                "schoolsBlockTotal", "1000.00", "reason", "r")).post("/api/v1/block-transfers").then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        given().auth().oauth2(a.finance).get("/api/v1/block-transfers").then().body("totalItems", equalTo(0));
        assertThat(fundingEvents.cloudEvents(a.la, DECIDED)).isEmpty();
    }

    @Test
    void shouldReviseOnlyWithIfMatchAndReplayACreateWithTheSameKey() {
        register(a);
        String key = UUID.randomUUID().toString();
        Response first = propose(a, key, outreach("5000.00", "BUDGET_SHARE"));
        first.then().statusCode(201);
        Response again = propose(a, key, outreach("5000.00", "BUDGET_SHARE"));
        again.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.jsonPath().getString("id")));
        propose(a, key, outreach("6000.00", "BUDGET_SHARE")).then().statusCode(422);
        given().auth().oauth2(a.finance).get("/api/v1/top-slices").then().body("totalItems", equalTo(1));

        String id = first.jsonPath().getString("id");
        given().auth().oauth2(a.finance).contentType(ContentType.JSON).body(outreach("7000.00", "PUPIL_NUMBERS")).put("/api/v1/top-slices/" + id)
                .then().statusCode(428);
        given().auth().oauth2(a.finance).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(outreach("7000.00", "PUPIL_NUMBERS"))
                .put("/api/v1/top-slices/" + id).then().statusCode(200).header("ETag", "\"1\"").body("base", equalTo("PUPIL_NUMBERS")).body("settings", equalTo(5));
        given().auth().oauth2(a.finance).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(outreach("8000.00", "PUPIL_NUMBERS"))
                .put("/api/v1/top-slices/" + id).then().statusCode(412);
        given().auth().oauth2(a.finance).get("/api/v1/top-slices/" + id).then().body("sumNeeded", equalTo(7000.0f));

        // the LA's own voting rule: If-Match "0" replaces the default, a stale version is refused
        Map<String, Object> rule = Map.of("threshold", "TWO_THIRDS", "voters", List.of("MAINTAINED_PRIMARY", "ACADEMY_PRIMARY"), "samePhaseOnly", true,
                "totalMembership", 20);
        given().auth().oauth2(a.finance).get("/api/v1/forum-rules/TOP_SLICE").then().statusCode(200).header("ETag", "\"0\"")
                .body("threshold", equalTo("SIMPLE_MAJORITY"));
        given().auth().oauth2(a.finance).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(rule).put("/api/v1/forum-rules/TOP_SLICE")
                .then().statusCode(200).header("ETag", "\"1\"").body("threshold", equalTo("TWO_THIRDS"));
        given().auth().oauth2(a.finance).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(rule).put("/api/v1/forum-rules/TOP_SLICE")
                .then().statusCode(412);
        given().auth().oauth2(b.finance).get("/api/v1/forum-rules/TOP_SLICE").then().body("threshold", equalTo("SIMPLE_MAJORITY"));
        given().auth().oauth2(a.finance).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(Map.of("threshold", "TWO_THIRDS", "voters", List.of(),
                "samePhaseOnly", true)).put("/api/v1/forum-rules/TOP_SLICE").then().statusCode(400);
    }
}
