package uk.send.funding.modelling.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevstackTestResource;
import uk.send.funding.FundingFixtures;
import uk.send.funding.topup.rest.DecisionLogHelper;
import uk.send.platform.events.EhcpDecisionKind;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Re-banding from a proposed needs matrix, over the real database: three EHCPs at one school, two with band
 * agreements that hold the panel's matrix scores (re-banded by the proposed matrix, not the mapping), one without
 * (keeps its band, mapped), priced by the banding engine.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class MatrixRebandingResourceTest {

    private static final String PATH = "/api/v1/banding-scenarios";
    private final FundingFixtures la = new FundingFixtures("MX" + UUID.randomUUID().toString().substring(0, 6));
    private final String school = "3" + (int) (10000 + Math.random() * 89999);

    @Inject
    DecisionLogHelper log;

    private void setUp() {
        la.setting(school, "MAINSTREAM_PRIMARY");
        String scheme = la.draft("2025-26", "MAINSTREAM", null, List.of(FundingFixtures.band("B1", "1600.00"), FundingFixtures.band("B2", "3100.00"),
                FundingFixtures.band("B3", "4500.00")), matrix(1, 1, 2, "B1", 4, "B2", 8, "B3"));
        la.approve(scheme);
        for (int i = 0; i < 3; i++) {
            log.record(la.la, DecisionLogHelper.plan(EhcpDecisionKind.FINAL_PLAN_ISSUED, ref(i), LocalDate.parse("2025-03-20"),
                    LocalDate.parse("2025-04-01"), school, "B1"));
        }
        agree(ref(0), "B2", Map.of("CI", 2, "SEMH", 1));  // scores 4 now: B2
        agree(ref(1), "B3", Map.of("CI", 4, "SEMH", 2));  // scores 8 now: B3
    }

    private String ref(int i) {
        return "EHCP-" + la.la + "-" + i;
    }

    private static Map<String, Object> matrix(int version, int ciWeight, int semhWeight, String b1, int min2, String b2, int min3, String b3) {
        return Map.of("version", version, "areas", List.of(Map.of("code", "CI", "weight", ciWeight), Map.of("code", "SEMH", "weight", semhWeight)),
                "thresholds", List.of(Map.of("minScore", 0, "bandCode", b1), Map.of("minScore", min2, "bandCode", b2),
                        Map.of("minScore", min3, "bandCode", b3)));
    }

    private void agree(String ref, String band, Map<String, Integer> levels) {
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(Map.of("bandCode", band, "effectiveFrom", "2025-09-01",
                "panelDate", "2025-07-10", "needsLevels", levels)).post("/api/v1/ehcps/" + ref + "/bands").then().statusCode(201);
    }

    private static Map<String, Object> scenario(Map<String, Object> matrix) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Matrix re-banding");
        body.put("financialYear", "2026-27");
        body.put("asAt", "2026-03-31");
        body.put("bands", Map.of("MAINSTREAM", List.of(FundingFixtures.band("M1", "2000.00"), FundingFixtures.band("M2", "4000.00"),
                FundingFixtures.band("M3", "7000.00"))));
        body.put("bandMapping", Map.of("MAINSTREAM", Map.of("B1", "M1", "B2", "M1", "B3", "M2")));
        body.put("matrices", Map.of("MAINSTREAM", matrix));
        return body;
    }

    @Test
    void shouldRebandScoredEhcpsByTheProposedMatrixAndKeepTheBandOfTheOthers() {
        setUp();
        // Proposed: CI and SEMH weighted 2 each, M2 from 6, M3 from 12. EHCP 0 scores 6 → M2 £4,000 (the mapping would give
        // M1); EHCP 1 scores 12 → M3 £7,000 (the mapping would give M2); EHCP 2 has no scores: B1 mapped to M1 £2,000.
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(scenario(matrix(2, 2, 2, "M1", 6, "M2", 12, "M3")))
                .post(PATH).then().statusCode(201)
                .body("ehcps", equalTo(3))
                .body("unpricedEhcps", equalTo(0))
                .body("rebandedByMatrix", equalTo(2))
                .body("keptBandWithoutScores", equalTo(1))
                .body("totalNow", equalTo(9200.00f))
                .body("totalProposed", equalTo(13000.00f))
                .body("change", equalTo(3800.00f));
    }

    @Test
    void shouldRefuseAProposedMatrixNamingABandTheProposalDoesNotHave() {
        la.setting(school, "MAINSTREAM_PRIMARY");
        given().auth().oauth2(la.finance).contentType(ContentType.JSON).body(scenario(matrix(2, 2, 2, "M1", 6, "M9", 12, "M3")))
                .post(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("matrices.MAINSTREAM.thresholds[1].bandCode"));
        given().auth().oauth2(la.finance).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
    }
}
