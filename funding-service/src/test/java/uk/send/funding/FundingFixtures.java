package uk.send.funding;

import io.restassured.http.ContentType;
import uk.send.devstack.DevTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Sets up an LA's settings and approved schemes over the API, for the banding, top-up and payments tests. */
public final class FundingFixtures {

    public final String la;
    public final String finance;
    public final String officer;

    public FundingFixtures(String la) {
        this.la = la;
        this.finance = DevTokens.mint(la, "finance@" + la + ".gov.uk", "finance");
        this.officer = DevTokens.mint(la, "officer@" + la + ".gov.uk", "sen-officer");
    }

    public void setting(String urn, String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("urn", urn);
        body.put("name", "Setting " + urn);
        body.put("type", type);
        given().auth().oauth2(finance).contentType(ContentType.JSON).body(body).post("/api/v1/settings").then().statusCode(201);
    }

    public static Map<String, Object> band(String code, String value) {
        return Map.of("code", code, "description", "Band " + code, "annualValue", value);
    }

    /** Creates a draft and returns its id. */
    public String draft(String year, String category, String effectiveFrom, List<Map<String, Object>> bands, Map<String, Object> matrix) {
        Map<String, Object> body = new HashMap<>();
        body.put("financialYear", year);
        body.put("category", category);
        body.put("effectiveFrom", effectiveFrom);
        body.put("bands", bands);
        body.put("matrix", matrix);
        return given().auth().oauth2(finance).contentType(ContentType.JSON).body(body).post("/api/v1/banding-schemes")
                .then().statusCode(201).extract().path("id");
    }

    public void approve(String schemeId) {
        String etag = given().auth().oauth2(finance).get("/api/v1/banding-schemes/" + schemeId).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(finance).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("forumMinute", "SF-" + la + " item 4"))
                .post("/api/v1/banding-schemes/" + schemeId + "/approval").then().statusCode(200);
    }

    public String approved(String year, String category, List<Map<String, Object>> bands) {
        String id = draft(year, category, null, bands, null);
        approve(id);
        return id;
    }
}
