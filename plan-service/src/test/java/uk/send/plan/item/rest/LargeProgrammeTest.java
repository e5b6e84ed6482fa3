package uk.send.plan.item.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A programme over the tree limit (three items here) is refused as a tree and still served as pages. */
@QuarkusTest
@TestProfile(LargeProgrammeTest.SmallTreeLimit.class)
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class LargeProgrammeTest {

    public static class SmallTreeLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("plan.items.tree-max-items", "3", "plan.deadline-scan.publisher.enabled", "false");
        }
    }

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = DevTokens.mint(la, "lead@" + la + ".gov.uk", "programme-lead");

    @Test
    void shouldRefuseATreeOverTheLimitAndPageThroughItInstead() {
        String programme = given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("title", "Large plan", "kind", "RECOVERY_PLAN")).post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        String task = null;
        for (String title : List.of("One", "Two", "Three")) {
            String parent = task;
            Map<String, Object> body = parent == null ? Map.of("kind", "TASK", "title", title)
                    : Map.of("kind", "DELIVERABLE", "title", title, "parentId", parent);
            String id = given().auth().oauth2(lead).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/programmes/" + programme + "/items").then().statusCode(201).extract().path("id");
            task = task == null ? id : task;
        }
        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/tree").then().statusCode(200);

        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("kind", "DELIVERABLE", "title", "Four", "parentId", task))
                .post("/api/v1/programmes/" + programme + "/items").then().statusCode(201);
        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/tree").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://send-platform.uk/problems/tree-too-large"))
                .body("detail", containsString("4 items, more than the 3"));
        given().auth().oauth2(lead).queryParam("size", 3).get("/api/v1/programmes/" + programme + "/items").then().statusCode(200)
                .body("totalItems", equalTo(4)).body("items.size()", equalTo(3));
        given().auth().oauth2(lead).get("/api/v1/programmes/" + programme + "/items/" + task).then().statusCode(200)
                .body("title", equalTo("One")).body("rag", equalTo("GREEN"));
    }
}
