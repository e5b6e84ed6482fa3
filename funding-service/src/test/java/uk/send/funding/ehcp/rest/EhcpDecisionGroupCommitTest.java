package uk.send.funding.ehcp.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.PrometheusText;
import uk.send.devstack.TopicProbe;
import uk.send.platform.events.Topics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.send.funding.ehcp.rest.EhcpDecisionResourceTest.decision;
import static uk.send.funding.ehcp.rest.EhcpDecisionResourceTest.with;

/**
 * POSTs that arrive together are written together (group commit): each must still be answered, logged, published and
 * traced exactly as if it had come alone, whatever else shared its transaction: another LA's decisions, a resend of
 * the same decision, or a different decision under the same sourceId. Tracing is on, so that each event can be shown to
 * carry its own request's trace.
 */
@QuarkusTest
@TestProfile(EhcpDecisionGroupCommitTest.TracingOn.class)
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class EhcpDecisionGroupCommitTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Spans are made; nothing listens on the exporter's port, so exports simply fail (no collector in tests).
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.exporter.otlp.traces.endpoint", "http://localhost:1");
        }
    }

    private static final String TYPE = EhcpDecisionResourceTest.TYPE;
    private static final LocalDate TODAY = LocalDate.now();

    private final TopicProbe fundingEvents = TopicProbe.of(Topics.FUNDING);

    private static String la() {
        return "GC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Response post(String token, Object body, String traceId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(body).post("/api/v1/ehcp-decisions");
    }

    /** Runs every call at the same moment (each on its own thread) and returns their results in order. */
    private static <T> List<T> together(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The group size summary's count (transactions) and sum (decisions written through it) from /q/metrics. */
    private static double[] groupMetrics() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return new double[]{PrometheusText.value(metrics, "send_ehcp_post_group_size_count"), PrometheusText.value(metrics, "send_ehcp_post_group_size_sum")};
    }

    private record Sent(String la, String sourceId, String traceId, int status, String decisionId) {
    }

    @Test
    void shouldAnswerLogPublishAndTraceEachOfManyConcurrentPostsAsIfItCameAlone() throws Exception {
        String laA = la();
        String laB = la();
        Map<String, String> cms = Map.of(laA, DevTokens.mint(laA, "cms-client", "case-management"),
                laB, DevTokens.mint(laB, "cms-client", "case-management"));
        double[] before = groupMetrics();
        List<Callable<Sent>> calls = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            String la = i % 3 == 0 ? laB : laA;
            String sourceId = "G-" + i;
            String traceId = UUID.randomUUID().toString().replace("-", "");
            Map<String, Object> body = decision(sourceId, "EHCP-" + la + "-" + (i % 7), "ASSESSMENT_REQUESTED", TODAY.minusDays(i % 20));
            calls.add(() -> {
                Response r = post(cms.get(la), body, traceId);
                return new Sent(la, sourceId, traceId, r.statusCode(), r.statusCode() == 201 ? r.path("decisionId") : r.asString());
            });
        }
        List<Sent> sent = together(calls);

        assertThat(sent).allSatisfy(s -> assertThat(s.status()).as(s.decisionId()).isEqualTo(201));
        double[] after = groupMetrics();
        // the 48 went in fewer transactions than requests: they were written together
        assertThat(after[1] - before[1]).isEqualTo(48);
        assertThat(after[0] - before[0]).isLessThan(48);

        for (String la : List.of(laA, laB)) {
            List<Sent> own = sent.stream().filter(s -> s.la().equals(la)).toList();
            // the LA's log holds exactly its own decisions, under the ids each request was answered with
            List<String> logged = given().auth().oauth2(cms.get(la)).queryParam("size", 100).get("/api/v1/ehcp-decisions")
                    .then().statusCode(200).extract().path("items.decisionId");
            assertThat(logged).containsExactlyInAnyOrderElementsOf(own.stream().map(Sent::decisionId).toList());
            // one event each, carrying the trace of the request that sent it (not of another request in its transaction)
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fundingEvents.cloudEvents(la, TYPE)).hasSize(own.size()));
            Map<String, String> traceBySource = new HashMap<>();
            for (JsonNode e : fundingEvents.cloudEvents(la, TYPE)) {
                traceBySource.put(e.path("data").path("sourceId").asText(), e.path("traceparent").asText());
            }
            for (Sent s : own) {
                assertThat(traceBySource.get(s.sourceId())).as(s.sourceId()).matches("00-" + s.traceId() + "-[0-9a-f]{16}-01");
            }
        }
    }

    @Test
    void shouldJudgeConcurrentPostsOfOneSourceIdAgainstTheOneThatWasRecorded() throws Exception {
        String la = la();
        String cms = DevTokens.mint(la, "cms-client", "case-management");
        String ref = "EHCP-" + la;
        Map<String, Object> same = decision("S-1", ref, "DECIDED_TO_ASSESS", TODAY.minusDays(3));
        Map<String, Object> base = with(decision("S-2", ref, "FINAL_PLAN_ISSUED", TODAY.minusDays(2)), "settingUrns", List.of("118234"),
                "needTypes", List.of("ASD"), "effectiveDate", TODAY.toString());
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> post(cms, same, UUID.randomUUID().toString().replace("-", "")));
        }
        for (String band : List.of("B1", "B2", "B3", "B4")) {
            calls.add(() -> post(cms, with(base, "bandCode", band), UUID.randomUUID().toString().replace("-", "")));
        }
        List<Response> answers = together(calls);

        // a resend of the same decision: one 201, the others 200 with that same decision
        List<Response> resends = answers.subList(0, 6);
        assertThat(resends.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        assertThat(resends.stream().filter(r -> r.statusCode() == 200)).hasSize(5);
        assertThat(resends.stream().map(r -> (String) r.path("decisionId")).distinct()).hasSize(1);
        // four different decisions under one sourceId: one recorded, three refused naming what differs
        List<Response> rivals = answers.subList(6, 10);
        assertThat(rivals.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        List<Response> refused = rivals.stream().filter(r -> r.statusCode() == 409).toList();
        assertThat(refused).hasSize(3);
        assertThat(refused).allSatisfy(r -> {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.<List<String>>path("errors.field")).containsExactly("bandCode");
        });

        assertThat(given().auth().oauth2(cms).get("/api/v1/ehcps/" + ref + "/decisions").then().statusCode(200)
                .extract().<Integer>path("totalItems")).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fundingEvents.cloudEvents(la, TYPE)).hasSize(2));
    }
}
