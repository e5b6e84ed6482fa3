package uk.send.funding.register.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.PostgresServer;
import uk.send.devstack.TopicProbe;
import uk.send.platform.events.Topics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class SettingResourceTest {

    private final TopicProbe fundingEvents = TopicProbe.of(Topics.FUNDING);

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String finance = DevTokens.mint(la, "finance@" + la + ".gov.uk", "finance");
    /** URNs are unique within an LA, and every test instance has an LA of its own. */
    private final AtomicInteger urns = new AtomicInteger(100000);

    private String newUrn() {
        return String.valueOf(urns.incrementAndGet());
    }

    private static Map<String, Object> setting(String urn, String name, String type, String cluster) {
        Map<String, Object> body = new HashMap<>();
        body.put("urn", urn);
        body.put("name", name);
        body.put("type", type);
        body.put("cluster", cluster);
        return body;
    }

    private Response register(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/settings");
    }

    private String registered(Object body) {
        return register(finance, body).then().statusCode(201).extract().path("id");
    }

    private Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty(DevstackTestResource.POSTGRES_PORT_PROPERTY)
                + "/funding", PostgresServer.USER, PostgresServer.PASSWORD);
    }

    @Test
    void shouldRegisterASettingAndPublishItThroughTheOutbox() {
        String urn = newUrn();
        Response created = register(finance, setting(urn, "  Oak Acre Primary School ", "MAINSTREAM_PRIMARY", "North Norfolk"));
        created.then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("urn", equalTo(urn))
                .body("name", equalTo("Oak Acre Primary School"))
                .body("type", equalTo("MAINSTREAM_PRIMARY"))
                .body("cluster", equalTo("North Norfolk"))
                .body("active", equalTo(true))
                .body("version", equalTo(0));
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith("/api/v1/settings/" + id);

        given().auth().oauth2(finance).get("/api/v1/settings/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("urn", equalTo(urn));
        given().auth().oauth2(finance).get("/api/v1/settings/by-urn/" + urn).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("id", equalTo(id));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> events = fundingEvents.cloudEvents(la, "uk.send.funding.setting.registered.v1");
            assertThat(events).hasSize(1);
            JsonNode e = events.get(0);
            assertThat(e.path("specversion").asText()).isEqualTo("1.0");
            assertThat(e.path("source").asText()).isEqualTo("/send-platform/funding-service");
            assertThat(e.path("subject").asText()).isEqualTo("setting/" + id);
            assertThat(e.path("data").path("settingId").asText()).isEqualTo(id);
            assertThat(e.path("data").path("urn").asText()).isEqualTo(urn);
            assertThat(e.path("data").path("name").asText()).isEqualTo("Oak Acre Primary School");
            assertThat(e.path("data").path("type").asText()).isEqualTo("MAINSTREAM_PRIMARY");
            assertThat(e.path("data").path("cluster").asText()).isEqualTo("North Norfolk");
            assertThat(e.path("data").path("active").asBoolean()).isTrue();
        });
        ConsumerRecord<String, String> record = fundingEvents.records(r -> r.value().contains(id) && r.value().contains("setting.registered")).get(0);
        assertThat(record.key()).isEqualTo(id);
        assertThat(new String(record.headers().lastHeader("content-type").value())).startsWith("application/cloudevents+json");
    }

    @Test
    void shouldRefuseAUrnAlreadyRegisteredInTheLa() {
        String urn = newUrn();
        String id = registered(setting(urn, "Riverside Special School", "SPECIAL", null));
        register(finance, setting(urn, "Riverside again", "SPECIAL", null)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://send-platform.uk/problems/conflict"))
                .body("detail", equalTo("A setting with URN " + urn + " is already registered in this LA"));
        given().auth().oauth2(finance).get("/api/v1/settings").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id)).body("items[0].name", equalTo("Riverside Special School"));

        // Another LA has its own register: the same URN is free there.
        String otherLa = DevTokens.mint("OTHER" + la, "finance@other.gov.uk", "finance");
        register(otherLa, setting(urn, "Riverside Special School", "SPECIAL", null)).then().statusCode(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(fundingEvents.cloudEvents(la, "uk.send.funding.setting.registered.v1")).hasSize(1));
    }

    @Test
    void shouldTurnALostRaceForAUrnIntoAConflict() throws Exception {
        String urn = newUrn();
        try (Connection db = database()) {
            db.setAutoCommit(false);
            // Another transaction registers the URN but has not committed: the service's check cannot see it yet.
            try (PreparedStatement insert = db.prepareStatement("insert into setting (id, tenant, urn, name, type, active, created_at, updated_at, version) "
                    + "values (?, ?, ?, 'Racing School', 'SPECIAL', true, ?, ?, 0)")) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, la);
                insert.setString(3, urn);
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                insert.executeUpdate();
            }
            CompletableFuture<Response> post = CompletableFuture.supplyAsync(() -> register(finance, setting(urn, "Loser", "SPECIAL", null)));
            // The service's insert now waits on the unique index for the other transaction.
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnALock(db));
            db.commit();
            post.get().then().statusCode(409).contentType("application/problem+json")
                    .body("detail", equalTo("A setting with URN " + urn + " is already registered in this LA"));
        }
        given().auth().oauth2(finance).queryParam("q", "o").get("/api/v1/settings").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].name", equalTo("Racing School"));
        assertThat(fundingEvents.cloudEvents(la, "uk.send.funding.setting.registered.v1")).isEmpty();
    }

    private static boolean waitingOnALock(Connection db) throws Exception {
        // pg_stat_activity is read once per transaction and kept until it ends; db's transaction stays open, so each
        // poll drops that snapshot first, or a first poll made before the POST reaches its insert would be all it ever sees.
        try (PreparedStatement clear = db.prepareStatement("select pg_stat_clear_snapshot()")) {
            clear.execute();
        }
        try (PreparedStatement q = db.prepareStatement("select count(*) from pg_stat_activity where datname = 'funding' "
                + "and wait_event_type = 'Lock' and lower(query) like 'insert into setting%'");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    @Test
    void shouldRejectAnInvalidBodyWithFieldErrorsAndWriteNothing() {
        register(finance, setting("12345", " ", "SPECIAL", null)).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://send-platform.uk/problems/validation"))
                .body("errors.field", contains("name", "urn"))
                .body("errors.find { it.field == 'urn' }.message", equalTo("must be a 6-digit URN"));
        register(finance, setting("ABC123", "x".repeat(301), null, "y".repeat(101))).then().statusCode(400)
                .body("errors.field", hasItems("urn", "name", "type", "cluster"));
        register(finance, setting(newUrn(), "Bad type", "NOT_A_TYPE", null)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("type"));
        given().auth().oauth2(finance).contentType(ContentType.JSON).body("{\"urn\": ").post("/api/v1/settings")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(finance).get("/api/v1/settings").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(finance).get("/api/v1/settings/by-urn/12345").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("urn"));
        assertThat(fundingEvents.cloudEvents(la, "uk.send.funding.setting.registered.v1")).isEmpty();
    }

    @Test
    void shouldRequireABearerToken() {
        given().get("/api/v1/settings").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        given().contentType(ContentType.JSON).body(setting(newUrn(), "Anonymous", "SPECIAL", null)).post("/api/v1/settings")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").get("/api/v1/settings/by-urn/123456").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseARoleThatMayNotChangeTheRegister() {
        String commissioner = DevTokens.mint(la, "commissioner@" + la + ".gov.uk", "commissioner");
        register(commissioner, setting(newUrn(), "Not allowed", "SPECIAL", null)).then().statusCode(403).contentType("application/problem+json");
        String id = registered(setting(newUrn(), "Hill Top Academy", "MAINSTREAM_SECONDARY", null));
        given().auth().oauth2(commissioner).get("/api/v1/settings/" + id).then().statusCode(200);
        given().auth().oauth2(commissioner).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(setting(newUrn(), "Renamed", "SPECIAL", null)).put("/api/v1/settings/" + id).then().statusCode(403);
        String caseManagement = DevTokens.mint(la, "cms@" + la + ".gov.uk", "case-management");
        given().auth().oauth2(caseManagement).get("/api/v1/settings").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(finance).get("/api/v1/settings").then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void shouldNotRevealAnotherLasSetting() {
        String urn = newUrn();
        String id = registered(setting(urn, "Ours", "SPECIAL", null));
        String otherLa = DevTokens.mint("OTHER" + la, "finance@other.gov.uk", "finance");
        given().auth().oauth2(otherLa).get("/api/v1/settings/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(otherLa).get("/api/v1/settings/by-urn/" + urn).then().statusCode(404);
        given().auth().oauth2(otherLa).get("/api/v1/settings").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(otherLa).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(setting(urn, "Hijack", "SPECIAL", null)).put("/api/v1/settings/" + id).then().statusCode(404);
        given().auth().oauth2(finance).get("/api/v1/settings/" + id).then().body("name", equalTo("Ours"));
    }

    @Test
    void shouldUpdateWithIfMatchAndPublishTheChange() {
        String urn = newUrn();
        String id = registered(setting(urn, "Versioned", "MAINSTREAM_PRIMARY", "Cluster A"));
        String newUrn = newUrn();
        Map<String, Object> change = setting(newUrn, "Renamed", "RESOURCED_PROVISION", "Cluster B");
        change.put("active", false);

        given().auth().oauth2(finance).contentType(ContentType.JSON).body(change).put("/api/v1/settings/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(finance).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put("/api/v1/settings/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Renamed")).body("urn", equalTo(newUrn)).body("active", equalTo(false)).body("cluster", equalTo("Cluster B"));
        given().auth().oauth2(finance).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(setting(newUrn, "Lost update", "SPECIAL", null))
                .put("/api/v1/settings/" + id).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(finance).get("/api/v1/settings/" + id).then().header("ETag", equalTo("\"1\"")).body("name", equalTo("Renamed"));
        given().auth().oauth2(finance).get("/api/v1/settings/by-urn/" + newUrn).then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(finance).get("/api/v1/settings/by-urn/" + urn).then().statusCode(404);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> updated = fundingEvents.cloudEvents(la, "uk.send.funding.setting.updated.v1");
            assertThat(updated).hasSize(1);
            JsonNode e = updated.get(0);
            assertThat(e.path("subject").asText()).isEqualTo("setting/" + id);
            assertThat(e.path("data").path("urn").asText()).isEqualTo(newUrn);
            assertThat(e.path("data").path("name").asText()).isEqualTo("Renamed");
            assertThat(e.path("data").path("type").asText()).isEqualTo("RESOURCED_PROVISION");
            assertThat(e.path("data").path("active").asBoolean()).isFalse();
        });
        ConsumerRecord<String, String> record = fundingEvents.records(r -> r.value().contains(id) && r.value().contains("setting.updated")).get(0);
        assertThat(record.key()).isEqualTo(id);
    }

    @Test
    void shouldRefuseToGiveASettingTheUrnOfAnother() {
        String taken = newUrn();
        registered(setting(taken, "First", "SPECIAL", null));
        String own = newUrn();
        String id = registered(setting(own, "Second", "SPECIAL", null));
        given().auth().oauth2(finance).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(setting(taken, "Second", "SPECIAL", null))
                .put("/api/v1/settings/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("A setting with URN " + taken + " is already registered in this LA"));
        given().auth().oauth2(finance).get("/api/v1/settings/" + id).then().header("ETag", equalTo("\"0\"")).body("urn", equalTo(own));
        given().auth().oauth2(finance).get("/api/v1/settings/by-urn/" + taken).then().body("name", equalTo("First"));
        assertThat(fundingEvents.cloudEvents(la, "uk.send.funding.setting.updated.v1")).isEmpty();
    }

    @Test
    void shouldLetASchoolUserReadOnlyItsOwnSetting() {
        String ownUrn = newUrn();
        String otherUrn = newUrn();
        String own = registered(setting(ownUrn, "Own Primary", "MAINSTREAM_PRIMARY", "East"));
        String other = registered(setting(otherUrn, "Other Primary", "MAINSTREAM_PRIMARY", "East"));
        String school = DevTokens.mint(la, "head@own.sch.uk", List.of("school"), ownUrn, Duration.ofHours(1));

        given().auth().oauth2(school).get("/api/v1/settings").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(own));
        given().auth().oauth2(school).queryParam("cluster", "East").get("/api/v1/settings").then().statusCode(200)
                .body("totalItems", equalTo(1));
        given().auth().oauth2(school).get("/api/v1/settings/" + own).then().statusCode(200).header("ETag", notNullValue());
        given().auth().oauth2(school).get("/api/v1/settings/" + other).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(school).get("/api/v1/settings/by-urn/" + ownUrn).then().statusCode(200).body("id", equalTo(own));
        given().auth().oauth2(school).get("/api/v1/settings/by-urn/" + otherUrn).then().statusCode(404);
        register(school, setting(newUrn(), "Not allowed", "SPECIAL", null)).then().statusCode(403);
        given().auth().oauth2(school).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(setting(ownUrn, "Renamed by school", "SPECIAL", null)).put("/api/v1/settings/" + own).then().statusCode(403);

        // A school token that names no setting reads nothing.
        String noUrn = DevTokens.mint(la, "head@nowhere.sch.uk", "school");
        given().auth().oauth2(noUrn).get("/api/v1/settings").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(noUrn).get("/api/v1/settings/" + own).then().statusCode(403);

        // LA staff see the whole register.
        String officer = DevTokens.mint(la, "officer@" + la + ".gov.uk", "sen-officer");
        given().auth().oauth2(officer).get("/api/v1/settings").then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void shouldFilterAndPageTheRegister() {
        registered(setting(newUrn(), "Oak Acre Primary", "MAINSTREAM_PRIMARY", "North"));
        registered(setting(newUrn(), "Acorn Special School", "SPECIAL", "North"));
        registered(setting(newUrn(), "Beacon PRU", "PUPIL_REFERRAL_UNIT", "South"));
        registered(setting(newUrn(), "Cedar High", "MAINSTREAM_SECONDARY", "South"));
        Map<String, Object> closed = setting(newUrn(), "Dale 100% Academy", "MAINSTREAM_PRIMARY", null);
        closed.put("active", false);
        registered(closed);

        given().auth().oauth2(finance).queryParam("type", "MAINSTREAM_PRIMARY").get("/api/v1/settings").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.name", contains("Dale 100% Academy", "Oak Acre Primary"));
        given().auth().oauth2(finance).queryParam("cluster", "North").get("/api/v1/settings").then()
                .body("items.name", contains("Acorn Special School", "Oak Acre Primary"));
        given().auth().oauth2(finance).queryParam("q", "ACRE").get("/api/v1/settings").then()
                .body("items.name", contains("Oak Acre Primary"));
        given().auth().oauth2(finance).queryParam("q", "%").get("/api/v1/settings").then()
                .body("items.name", contains("Dale 100% Academy"));
        given().auth().oauth2(finance).queryParam("active", false).get("/api/v1/settings").then()
                .body("items.name", contains("Dale 100% Academy"));
        given().auth().oauth2(finance).queryParam("active", true).queryParam("cluster", "South").queryParam("type", "SPECIAL").get("/api/v1/settings")
                .then().body("totalItems", equalTo(0));

        given().auth().oauth2(finance).queryParam("size", 2).queryParam("page", 1).get("/api/v1/settings").then().statusCode(200)
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.name", contains("Cedar High", "Dale 100% Academy"));
        given().auth().oauth2(finance).queryParam("size", 2).queryParam("page", 2).get("/api/v1/settings").then()
                .body("items.name", contains("Oak Acre Primary"));
        given().auth().oauth2(finance).queryParam("size", 101).get("/api/v1/settings").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    void shouldReplayARetriedPostAndRefuseAReusedKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = setting(newUrn(), "Idempotent", "POST_16", null);
        String first = given().auth().oauth2(finance).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/settings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(finance).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/settings").then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", notNullValue()).header("ETag", equalTo("\"0\"")).body("id", equalTo(first));
        given().auth().oauth2(finance).header("Idempotency-Key", key).contentType(ContentType.JSON).body(setting(newUrn(), "Different", "POST_16", null))
                .post("/api/v1/settings").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(finance).get("/api/v1/settings").then().body("totalItems", equalTo(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(fundingEvents.cloudEvents(la, "uk.send.funding.setting.registered.v1")).hasSize(1));
    }
}
