package uk.send.funding.modelling.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.funding.FundingFixtures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the impact model places each child, from decisions posted through the EHCP decision intake (so the log's
 * position columns are the ones the intake's insert fills from the payload): an amended plan moves a child and
 * re-bands it, a correction replaces the plan it corrects, a cease ends funding, a plan effective after the
 * scenario's date does not count yet.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class ScenarioPositionsResourceTest {

    private final FundingFixtures la = new FundingFixtures("SP" + UUID.randomUUID().toString().substring(0, 6));
    private final String cms = DevTokens.mint(la.la, "cms-client", "case-management");
    private final String first = urn(1);
    private final String moved = urn(2);
    private final String corrected = urn(3);
    private int sources;

    private static String urn(int prefix) {
        return prefix + String.valueOf((int) (10000 + Math.random() * 89999));
    }

    private String decide(String ref, String kind, String date, Object... fields) {
        String sourceId = "SP-" + (++sources);
        Map<String, Object> d = new HashMap<>(Map.of("sourceId", sourceId, "ehcpRef", ref, "kind", kind, "decisionDate", date, "ncy", 6));
        for (int i = 0; i < fields.length; i += 2) {
            d.put((String) fields[i], fields[i + 1]);
        }
        given().auth().oauth2(cms).contentType(ContentType.JSON).body(d).post("/api/v1/ehcp-decisions").then().statusCode(201);
        return sourceId;
    }

    private String plan(String ref, String urn, String band, String decided, String effective) {
        return decide(ref, "FINAL_PLAN_ISSUED", decided, "settingUrns", List.of(urn), "needTypes", List.of("ASD"), "bandCode", band,
                "effectiveDate", effective);
    }

    @Test
    void shouldPlaceEachChildWhereItsCurrentDecisionsPutItOnTheScenarioDate() {
        for (String urn : List.of(first, moved, corrected)) {
            la.setting(urn, "MAINSTREAM_PRIMARY");
        }
        la.approved("2025-26", "MAINSTREAM", List.of(FundingFixtures.band("B1", "1600.00"), FundingFixtures.band("B2", "3100.00"),
                FundingFixtures.band("B3", "4500.00")));
        plan("EHCP-STAYS", first, "B1", "2025-03-20", "2025-04-01");
        plan("EHCP-MOVES", first, "B1", "2025-03-20", "2025-04-01");
        decide("EHCP-MOVES", "AMENDED_PLAN_ISSUED", "2025-09-01", "settingUrns", List.of(moved), "needTypes", List.of("ASD"),
                "bandCode", "B2", "effectiveDate", "2025-09-01");
        String wrong = plan("EHCP-CORRECTED", first, "B1", "2025-03-20", "2025-04-01");
        decide("EHCP-CORRECTED", "CORRECTION", "2025-03-21", "supersedesSourceId", wrong, "correctedKind", "FINAL_PLAN_ISSUED",
                "settingUrns", List.of(corrected), "needTypes", List.of("ASD"), "bandCode", "B3", "effectiveDate", "2025-04-01");
        plan("EHCP-CEASED", first, "B2", "2025-03-20", "2025-04-01");
        decide("EHCP-CEASED", "REVIEW_DECISION", "2025-12-01", "reviewOutcome", "CEASE", "ceaseReason", "3");
        plan("EHCP-LATER", first, "B3", "2026-02-01", "2026-06-01");

        Map<String, Object> body = new HashMap<>();
        body.put("name", "Same bands, 10%");
        body.put("financialYear", "2026-27");
        body.put("asAt", "2026-03-31");
        body.put("uplift", Map.of("percentage", 10));
        JsonPath s = given().auth().oauth2(la.finance).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/api/v1/banding-scenarios").then().statusCode(201).extract().jsonPath();
        assertThat(s.getInt("ehcps")).isEqualTo(3);
        assertThat(new BigDecimal(s.getString("totalNow"))).isEqualByComparingTo("9200.00");
        assertThat(new BigDecimal(s.getString("totalProposed"))).isEqualByComparingTo("10120.00");

        JsonPath rows = given().auth().oauth2(la.finance).queryParam("size", 10).get("/api/v1/banding-scenarios/" + s.getString("scenario.id")
                + "/settings").then().statusCode(200).extract().jsonPath();
        assertThat(rows.getList("items.settingUrn", String.class)).containsExactlyInAnyOrder(first, moved, corrected);
        assertThat(incomeNow(rows, first)).isEqualByComparingTo("1600.00");
        assertThat(incomeNow(rows, moved)).isEqualByComparingTo("3100.00");
        assertThat(incomeNow(rows, corrected)).isEqualByComparingTo("4500.00");
    }

    private static BigDecimal incomeNow(JsonPath rows, String urn) {
        return new BigDecimal(rows.getString("items.find { it.settingUrn == '" + urn + "' }.incomeNow"));
    }
}
