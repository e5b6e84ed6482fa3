package uk.send.placement.provider.rest;

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
import uk.send.devstack.TopicProbe;
import uk.send.platform.events.Topics;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "placement"))
class ProviderResourceTest {

    private final TopicProbe placementEvents = TopicProbe.of(Topics.PLACEMENT);

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String commissioner = DevTokens.mint(la, "commissioner@" + la + ".gov.uk", "commissioner");

    private static Map<String, Object> provider(String name, String type, List<String> needTypes, String urn) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type, "needTypes", needTypes));
        if (urn != null) {
            body.put("urn", urn);
        }
        return body;
    }

    private Response register(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/providers");
    }

    private String registered(Object body) {
        return register(commissioner, body).then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldRegisterAProviderAndPublishItThroughTheOutbox() {
        Response created = register(commissioner, provider("Oakwood Special School", "SPECIAL_SCHOOL", List.of("SEMH", "ASD", "SLD"), "100123"));
        created.then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Oakwood Special School"))
                .body("needTypes", contains("SLD", "SEMH", "ASD"))
                .body("urn", equalTo("100123"))
                .body("active", equalTo(true));
        String id = created.jsonPath().getString("id");

        given().auth().oauth2(commissioner).get("/api/v1/providers/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("type", equalTo("SPECIAL_SCHOOL"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> events = placementEvents.cloudEvents(la, "uk.send.placement.provider.registered.v1");
            assertThat(events).hasSize(1);
            JsonNode e = events.get(0);
            assertThat(e.path("specversion").asText()).isEqualTo("1.0");
            assertThat(e.path("source").asText()).isEqualTo("/send-platform/placement-service");
            assertThat(e.path("subject").asText()).isEqualTo("provider/" + id);
            assertThat(e.path("data").path("providerId").asText()).isEqualTo(id);
            assertThat(e.path("data").path("urn").asText()).isEqualTo("100123");
            assertThat(e.path("data").path("needTypes")).extracting(JsonNode::asText).containsExactly("SLD", "SEMH", "ASD");
        });
        ConsumerRecord<String, String> record = placementEvents.records(r -> r.value().contains(id) && r.value().contains("provider.registered")).get(0);
        assertThat(record.key()).isEqualTo(id);
        assertThat(new String(record.headers().lastHeader("content-type").value())).startsWith("application/cloudevents+json");
    }

    @Test
    void shouldRejectMissingOrUnknownNeedTypesAndWriteNothing() {
        register(commissioner, provider("No needs", "SPECIAL_SCHOOL", List.of(), null)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://send-platform.uk/problems/validation"))
                .body("errors.field", contains("needTypes"));
        register(commissioner, Map.of("name", " ", "urn", "12345")).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "type", "needTypes", "urn"))
                .body("errors.find { it.field == 'urn' }.message", equalTo("must be a 6-digit URN"));
        register(commissioner, provider("Unknown need", "SPECIAL_SCHOOL", List.of("ASD", "DYSLEXIA"), null)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("needTypes[1]"));

        given().auth().oauth2(commissioner).get("/api/v1/providers").then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(placementEvents.cloudEvents(la, "uk.send.placement.provider.registered.v1")).isEmpty();
    }

    @Test
    void shouldRefuseAUrnAlreadyRegisteredInTheSameLa() {
        registered(provider("Oakwood", "SPECIAL_SCHOOL", List.of("ASD"), "100200"));
        register(commissioner, provider("Oakwood again", "SPECIAL_SCHOOL", List.of("ASD"), "100200")).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("https://send-platform.uk/problems/conflict"));

        String other = registered(provider("Elm Tree", "RESOURCED_PROVISION", List.of("SLCN"), "100201"));
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(provider("Elm Tree", "RESOURCED_PROVISION", List.of("SLCN"), "100200"))
                .put("/api/v1/providers/" + other).then().statusCode(409);

        // Providers without a URN never clash; another LA may register the same URN.
        registered(provider("Independent one", "INDEPENDENT_NON_MAINTAINED", List.of("SEMH"), null));
        registered(provider("Independent two", "INDEPENDENT_NON_MAINTAINED", List.of("SEMH"), null));
        String otherLa = DevTokens.mint("OTHER" + la, "commissioner@other.gov.uk", "commissioner");
        register(otherLa, provider("Oakwood", "SPECIAL_SCHOOL", List.of("ASD"), "100200")).then().statusCode(201);

        given().auth().oauth2(commissioner).get("/api/v1/providers").then().body("totalItems", equalTo(4));
    }

    @Test
    void shouldRequireABearerToken() {
        given().get("/api/v1/providers").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        given().contentType(ContentType.JSON).body(provider("x", "SPECIAL_SCHOOL", List.of("ASD"), null)).post("/api/v1/providers")
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/need-types").then().statusCode(401);
    }

    @Test
    void shouldRefuseARoleThatMayNotRegisterProviders() {
        String finance = DevTokens.mint(la, "finance@" + la + ".gov.uk", "finance");
        register(finance, provider("Not allowed", "SPECIAL_SCHOOL", List.of("ASD"), null)).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(finance).get("/api/v1/providers").then().statusCode(200).body("totalItems", equalTo(0));
        String school = DevTokens.mint(la, "head@school.sch.uk", "school");
        given().auth().oauth2(school).get("/api/v1/providers").then().statusCode(403);

        String admin = DevTokens.mint(la, "admin@" + la + ".gov.uk", "admin");
        register(admin, provider("Admin may", "POST_16", List.of("MLD"), null)).then().statusCode(201);
    }

    @Test
    void shouldNotRevealAnotherLasProvider() {
        String id = registered(provider("Ours", "SPECIAL_SCHOOL", List.of("PMLD"), null));
        String otherLa = DevTokens.mint("OTHER" + la, "commissioner@other.gov.uk", "commissioner");
        given().auth().oauth2(otherLa).get("/api/v1/providers/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(otherLa).get("/api/v1/providers").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(otherLa).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(provider("Hijack", "SPECIAL_SCHOOL", List.of("PMLD"), null)).put("/api/v1/providers/" + id).then().statusCode(404);
        given().auth().oauth2(commissioner).get("/api/v1/providers/" + id).then().body("name", equalTo("Ours"));
    }

    @Test
    void shouldRefuseAStaleOrMissingIfMatchAndPublishTheUpdate() {
        String id = registered(provider("Versioned", "OUT_COUNTY", List.of("ASD"), "100300"));
        Map<String, Object> change = new HashMap<>(provider("Versioned Academy", "OUT_COUNTY", List.of("ASD", "SEMH"), "100300"));
        change.put("localAuthorityArea", "Kent");
        change.put("active", false);
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).body(change).put("/api/v1/providers/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put("/api/v1/providers/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Versioned Academy")).body("needTypes", contains("SEMH", "ASD"))
                .body("localAuthorityArea", equalTo("Kent")).body("active", equalTo(false));
        given().auth().oauth2(commissioner).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(provider("Lost update", "OUT_COUNTY", List.of("ASD"), null))
                .put("/api/v1/providers/" + id).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(commissioner).get("/api/v1/providers/" + id).then()
                .header("ETag", equalTo("\"1\"")).body("name", equalTo("Versioned Academy"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> updates = placementEvents.cloudEvents(la, "uk.send.placement.provider.updated.v1");
            assertThat(updates).hasSize(1);
            JsonNode data = updates.get(0).path("data");
            assertThat(data.path("name").asText()).isEqualTo("Versioned Academy");
            assertThat(data.path("active").asBoolean()).isFalse();
            assertThat(data.path("needTypes")).extracting(JsonNode::asText).containsExactly("SEMH", "ASD");
        });
        ConsumerRecord<String, String> record = placementEvents.records(r -> r.value().contains("provider.updated") && r.value().contains(id)).get(0);
        assertThat(record.key()).isEqualTo(id);
    }

    @Test
    void shouldFilterByNeedTypeTypeNameAndActive() {
        String oakwood = registered(provider("Oakwood Special School", "SPECIAL_SCHOOL", List.of("SEMH", "ASD"), null));
        String beech = registered(provider("Beech Resource Base", "RESOURCED_PROVISION", List.of("ASD", "SLCN"), null));
        String cedar = registered(provider("Cedar Pupil Referral Unit", "ALTERNATIVE_PROVISION", List.of("SEMH"), null));
        Map<String, Object> closed = new HashMap<>(provider("Closed 100% School", "SPECIAL_SCHOOL", List.of("PD"), null));
        closed.put("active", false);
        String shut = registered(closed);

        given().auth().oauth2(commissioner).queryParam("needType", "SEMH").get("/api/v1/providers").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.id", contains(cedar, oakwood));
        given().auth().oauth2(commissioner).queryParam("needType", "ASD").queryParam("type", "RESOURCED_PROVISION")
                .get("/api/v1/providers").then().body("items.id", contains(beech));
        given().auth().oauth2(commissioner).queryParam("type", "SPECIAL_SCHOOL").get("/api/v1/providers").then()
                .body("items.id", contains(shut, oakwood));
        given().auth().oauth2(commissioner).queryParam("type", "SPECIAL_SCHOOL").queryParam("active", true).get("/api/v1/providers").then()
                .body("items.id", contains(oakwood));
        given().auth().oauth2(commissioner).queryParam("q", "resource BASE").get("/api/v1/providers").then()
                .body("items.id", contains(beech));
        given().auth().oauth2(commissioner).queryParam("q", "100%").get("/api/v1/providers").then()
                .body("items.id", contains(shut));
        given().auth().oauth2(commissioner).queryParam("q", "_").get("/api/v1/providers").then()
                .body("totalItems", equalTo(0));
        given().auth().oauth2(commissioner).queryParam("needType", "VI").get("/api/v1/providers").then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldPageTheListByName() {
        for (String name : List.of("Echo", "Alpha", "Delta", "Bravo", "Charlie")) {
            registered(provider(name, "SPECIAL_SCHOOL", List.of("MLD"), null));
        }
        given().auth().oauth2(commissioner).queryParam("size", 2).get("/api/v1/providers").then().statusCode(200)
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3)).body("items.name", contains("Alpha", "Bravo"));
        given().auth().oauth2(commissioner).queryParam("size", 2).queryParam("page", 2).get("/api/v1/providers").then()
                .body("page", equalTo(2)).body("items.name", contains("Echo"));
        given().auth().oauth2(commissioner).queryParam("size", 101).get("/api/v1/providers").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    void shouldReplayARetriedPostAndRefuseAReusedKey() {
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(commissioner).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(provider("Idempotent", "SPECIAL_SCHOOL", List.of("ASD", "SEMH"), "100400"))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        // The same set of need types in another order is the same request.
        given().auth().oauth2(commissioner).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(provider("Idempotent", "SPECIAL_SCHOOL", List.of("SEMH", "ASD"), "100400"))
                .post("/api/v1/providers").then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", notNullValue()).header("ETag", equalTo("\"0\"")).body("id", equalTo(first));
        given().auth().oauth2(commissioner).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(provider("Different", "SPECIAL_SCHOOL", List.of("ASD"), "100401"))
                .post("/api/v1/providers").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(commissioner).get("/api/v1/providers").then().body("totalItems", equalTo(1));
        assertThat(placementEvents.cloudEvents(la, "uk.send.placement.provider.registered.v1")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void shouldListTheNeedTypeCodesWithTheirLabels() {
        String senOfficer = DevTokens.mint(la, "case.officer@" + la + ".gov.uk", "sen-officer");
        given().auth().oauth2(senOfficer).get("/api/v1/need-types").then().statusCode(200)
                .body("$", hasSize(14))
                .body("code", contains("SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "DS", "OTH", "NSA"))
                .body("find { it.code == 'SEMH' }.label", equalTo("Social, emotional and mental health"));
        given().auth().oauth2(DevTokens.mint(la, "head@school.sch.uk", "school")).get("/api/v1/need-types").then().statusCode(403);
    }
}
