package uk.send.funding.topup.repository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.funding.topup.repository.TopUpPendingRepository.Pending;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The top-up drain's claims on pending EHCPs, on the real database, with the scheduled drain off (it would claim these
 * rows itself): a claim is committed on its own, so a decision marking a claimed EHCP does not wait for the pricing and
 * is not lost; the drain deletes only what it priced, releases what was marked again, and a dead drain's claim lapses.
 */
@QuarkusTest
@TestProfile(TopUpPendingClaimsTest.DrainOff.class)
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class TopUpPendingClaimsTest {

    public static class DrainOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("send.topup.drain-every", "off");
        }
    }

    @Inject
    TopUpPendingRepository pending;
    @Inject
    EntityManager em;

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);

    private List<Pending> claimOurs() {
        return QuarkusTransaction.requiringNew().call(() -> pending.claim(10_000)).stream().filter(p -> p.tenant().equals(la)).toList();
    }

    private void mark(Map<String, String> reasons) {
        QuarkusTransaction.requiringNew().run(() -> pending.markAll(la, reasons));
    }

    /** Each of the LA's pending rows as "ref reason claimed?". */
    private List<String> rows() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select ehcp_ref || ' ' || reason || ' ' || (claimed_at is not null) from topup_pending where tenant = :t order by ehcp_ref", String.class)
                .setParameter("t", la).getResultList());
    }

    @Test
    void shouldKeepAMarkMadeWhileTheEhcpIsPricedAndReleaseItForTheNextDrain() throws Exception {
        mark(Map.of("E1", "first", "E2", "first"));
        List<Pending> claimed = claimOurs();
        assertThat(claimed).extracting(Pending::ehcpRef).containsExactlyInAnyOrder("E1", "E2");
        assertThat(claimOurs()).as("a claimed row is not claimed twice").isEmpty();

        // The drain is pricing (its transaction open, having read and locked what it reads); a decision about E1 arrives.
        CompletableFuture<Void> marked;
        QuarkusTransaction.begin();
        try {
            em.createNativeQuery("select 1 from topup_pending where tenant = :t").setParameter("t", la).getResultList();
            marked = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("set local lock_timeout = '2s'").executeUpdate();
                pending.markAll(la, Map.of("E1", "second"));
            }));
            marked.get(10, TimeUnit.SECONDS);
            pending.finish(la, claimed);
            QuarkusTransaction.commit();
        } catch (Exception e) {
            QuarkusTransaction.rollback();
            throw e;
        }
        // E2 was priced and is gone; E1 was marked again while priced: released, with the new reason, for the next drain.
        assertThat(rows()).containsExactly("E1 second false");
        assertThat(claimOurs()).extracting(Pending::ehcpRef, Pending::reason).containsExactly(tuple("E1", "second"));
    }

    @Test
    void shouldGiveUpClaimsWhenThePricingFailsAndTakeADeadDrainsClaimsAfterTheLease() {
        mark(Map.of("E1", "first"));
        List<Pending> claimed = claimOurs();
        QuarkusTransaction.requiringNew().run(() -> pending.release(la, claimed));
        assertThat(rows()).containsExactly("E1 first false");

        assertThat(claimOurs()).hasSize(1);
        // The drain holding it died: once the lease is over the row is claimed again.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update topup_pending set claimed_at = now() - interval '11 minutes' where tenant = :t").setParameter("t", la).executeUpdate());
        assertThat(claimOurs()).extracting(Pending::ehcpRef).containsExactly("E1");
    }

    @Test
    void shouldMarkOnlyDecisionsThatCanChangeFunding() {
        String cms = DevTokens.mint(la, "cms-client", "case-management");
        Map<String, Object> request = Map.of("sourceId", "R-" + UUID.randomUUID(), "ehcpRef", "E-REQ", "kind", "ASSESSMENT_REQUESTED",
                "decisionDate", "2025-01-06", "ncy", 4);
        Map<String, Object> finalPlan = Map.of("sourceId", "F-" + UUID.randomUUID(), "ehcpRef", "E-PLAN", "kind", "FINAL_PLAN_ISSUED",
                "decisionDate", "2025-03-20", "ncy", 4, "settingUrns", List.of("100001"), "needTypes", List.of("ASD"), "effectiveDate", "2025-04-01");
        given().auth().oauth2(cms).contentType(ContentType.JSON).body(request).post("/api/v1/ehcp-decisions").then().statusCode(201);
        given().auth().oauth2(cms).contentType(ContentType.JSON).body(finalPlan).post("/api/v1/ehcp-decisions").then().statusCode(201);
        // A request is never read by pricing: it marks nothing. The final plan marks its EHCP.
        assertThat(rows()).containsExactly("E-PLAN Decision FINAL_PLAN_ISSUED of 2025-03-20 recorded false");
    }
}
