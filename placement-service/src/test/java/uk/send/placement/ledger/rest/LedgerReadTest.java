package uk.send.placement.ledger.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.placement.ledger.domain.AcademicYear;
import uk.send.platform.persistence.Generations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Ledger reads are answered from memory while nothing in them has changed: every change to a provider,
 * a commission, a placement or the band must show in the very next read, and If-None-Match answers 304
 * only while the ledger is unchanged.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "placement"))
class LedgerReadTest {

    private final String la = "LR" + UUID.randomUUID().toString().substring(0, 8);
    private final String commissioner = DevTokens.mint(la, "commissioner@" + la + ".gov.uk", "commissioner");
    private final LocalDate today = LocalDate.now();

    @Inject
    DataSource dataSource;
    @Inject
    Generations generations;
    private final int year = AcademicYear.of(today).startYear();

    private String provider(String name) {
        return given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "SPECIAL_SCHOOL", "needTypes", List.of("ASD"), "establishmentTypeCode", 7))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
    }

    private String placement(String providerId, String ref, LocalDate start) {
        return given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("providerId", providerId, "ehcpRef", ref, "needType", "ASD", "ncy", 7, "startDate", start.toString()))
                .post("/api/v1/placements").then().statusCode(201).extract().path("id");
    }

    private Response ledger() {
        return given().auth().oauth2(commissioner).queryParam("size", 100).get("/api/v1/ledger");
    }

    @Test
    void shouldShowEveryChangeInTheNextReadAndAnswer304OnlyWhileUnchanged() {
        String oak = provider("Oak Special");
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(Map.of("places", 10))
                .put("/api/v1/ledger/" + oak + "/" + year + "/ASD").then().statusCode(201);
        Response first = ledger();
        first.then().statusCode(200).header("Cache-Control", equalTo("private, no-cache"))
                .body("items", hasSize(1)).body("items[0].occupied", equalTo(0)).body("items[0].band", equalTo("ABOVE"));
        String tag = first.header("ETag");
        assertThat(tag).startsWith("W/\"");
        given().auth().oauth2(commissioner).queryParam("size", 100).header("If-None-Match", tag).get("/api/v1/ledger")
                .then().statusCode(304).header("ETag", equalTo(tag));
        // The same query string in another LA is another ledger: its own tag, never a 304 on this LA's.
        String otherLa = DevTokens.mint("B" + la, "c@b.gov.uk", "commissioner");
        given().auth().oauth2(otherLa).queryParam("size", 100).header("If-None-Match", tag).get("/api/v1/ledger")
                .then().statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(0));

        // A placement: the next read counts it, and the old tag no longer matches.
        String placed = placement(oak, "LR-1", today.minusDays(1));
        Response second = given().auth().oauth2(commissioner).queryParam("size", 100).header("If-None-Match", tag).get("/api/v1/ledger");
        second.then().statusCode(200).body("items[0].occupied", equalTo(1)).body("items[0].vacant", equalTo(9));
        assertThat(second.header("ETag")).isNotEqualTo(tag);

        // Ending it frees the place again in the next read.
        String version = given().auth().oauth2(commissioner).get("/api/v1/placements/" + placed).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).header("If-Match", version)
                .body(Map.of("providerId", oak, "ehcpRef", "LR-1", "needType", "ASD", "ncy", 7, "startDate", today.minusDays(1).toString(),
                        "endDate", today.minusDays(1).toString()))
                .put("/api/v1/placements/" + placed).then().statusCode(200);
        ledger().then().statusCode(200).body("items[0].occupied", equalTo(0));

        // More places, a wider band, a new name: each shows in the next read.
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("places", 1))
                .put("/api/v1/ledger/" + oak + "/" + year + "/ASD").then().statusCode(200);
        ledger().then().body("items[0].commissioned", equalTo(1)).body("items[0].band", equalTo("ABOVE"));
        given().auth().oauth2(commissioner).contentType(ContentType.JSON)
                .body(Map.of("vacancyMinPct", 0, "vacancyMaxPct", 100)).put("/api/v1/ledger/settings").then().statusCode(200);
        ledger().then().body("items[0].band", equalTo("IN"));
        String providerVersion = given().auth().oauth2(commissioner).get("/api/v1/providers/" + oak).then().extract().header("ETag");
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).header("If-Match", providerVersion)
                .body(Map.of("name", "Oakwood Special", "type", "SPECIAL_SCHOOL", "needTypes", List.of("ASD"), "establishmentTypeCode", 7))
                .put("/api/v1/providers/" + oak).then().statusCode(200);
        ledger().then().body("items[0].providerName", equalTo("Oakwood Special"));
    }

    @Test
    void shouldCountEveryPlacementMadeWhileOthersRead() throws Exception {
        String elm = provider("Elm Special");
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(Map.of("places", 40))
                .put("/api/v1/ledger/" + elm + "/" + year + "/ASD").then().statusCode(201);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                // Writers and readers interleaved: a page computed during a write must never outlive it.
                work.add(pool.submit(() -> n % 2 == 0 ? placement(elm, "LRC-" + n, today.minusDays(2)) : ledger().then().statusCode(200)));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        ledger().then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].occupied", equalTo(12)).body("items[0].vacant", equalTo(28));
    }

    private void sql(String statement, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.execute();
        }
    }

    private String oneProviderLedger() {
        String ash = provider("Ash Special");
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(Map.of("places", 5))
                .put("/api/v1/ledger/" + ash + "/" + year + "/ASD").then().statusCode(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> generations.listening("ledger_generation"));
        return ash;
    }

    @Test
    void shouldAnswerFromMemoryWhileListeningAndSeeAnotherReplicasChangeByItsNotification() throws Exception {
        String ash = oneProviderLedger();
        String tag = ledger().then().statusCode(200).extract().header("ETag");
        // Moving the stored generation without its notification is invisible while listening: the read costs no query.
        sql("update ledger_generation set generation = generation + 1000 where tenant = ?", la);
        ledger().then().statusCode(200).header("ETag", equalTo(tag));

        // Another replica's change arrives only as the trigger's NOTIFY (no outbox event was written here).
        sql("update provider set name = 'Ash Tree Special' where id = ?", UUID.fromString(ash));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> ledger().then().statusCode(200)
                .body("items[0].providerName", equalTo("Ash Tree Special")).header("ETag", not(equalTo(tag))));
    }

    @Test
    void shouldNotKeepAGenerationHeardBeforeItsListenerLostTheConnection() throws Exception {
        String ash = oneProviderLedger();
        ledger().then().statusCode(200).body("items[0].providerName", equalTo("Ash Special"));
        // The listener's connection dies; a change made while it reconnects (half a second at least) is never
        // notified to it.
        sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?", Generations.APPLICATION_NAME);
        sql("update provider set name = 'Ash Grove Special' where id = ?", UUID.fromString(ash));
        // Listening again, it starts from what the database says, not from what it knew before.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() -> !generations.listening("ledger_generation"));
        await().atMost(Duration.ofSeconds(15)).until(() -> generations.listening("ledger_generation"));
        ledger().then().statusCode(200).body("items[0].providerName", equalTo("Ash Grove Special"));
    }
}
