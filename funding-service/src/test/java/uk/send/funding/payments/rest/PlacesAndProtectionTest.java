package uk.send.funding.payments.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.funding.FundingFixtures;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.payments.domain.Element;
import uk.send.funding.payments.domain.PaymentLine;
import uk.send.funding.payments.repository.PaymentLineRepository;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.Topics;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Place funding from placement-service's {@code places.commissioned} events on the real broker, and protection
 * lines (as the modelling feature's grant writes them) on the setting's statement, the LA's schedule and the export.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class PlacesAndProtectionTest {

    private static final String FY = "2025-26";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    private final TopicProbe fundingEvents = TopicProbe.of(Topics.FUNDING);
    private final FundingFixtures la = new FundingFixtures("PP" + UUID.randomUUID().toString().substring(0, 6));
    private final String special = "2" + (int) (10000 + Math.random() * 89999);
    private final String mainstream = "1" + (int) (10000 + Math.random() * 89999);

    @Inject
    PaymentLineRepository lines;

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close();
        }
    }

    @Test
    void shouldSetCommissionedPlacesFromPlacementEventsPerNeedTypeAndRepricePlaceFunding() {
        la.setting(special, "SPECIAL");
        String provider = UUID.randomUUID().toString();
        String asd = event(provider, "ASD", 60, "2025/26", Instant.now());
        publish(provider, asd);
        publish(provider, event(provider, "SEMH", 40, "2025/26", Instant.now()));
        // 100 places of 2025/26 at 10,000: seven twelfths fall in 2025-26.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(placeFunding()).isEqualByComparingTo("583333.33"));

        // A later event for one need type replaces only its own places: 70 + 40.
        publish(provider, event(provider, "ASD", 70, "2025/26", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(placeFunding()).isEqualByComparingTo("641666.67"));

        // A redelivery (same event id), an older event arriving late and a poison event change nothing; consumption goes on.
        publish(provider, asd);
        publish(provider, event(provider, "ASD", 10, "2025/26", Instant.now().minus(Duration.ofHours(1))));
        publish(provider, event(provider, "ASD", 10, "twenty-five", Instant.now()));
        publish(provider, event(provider, "SEMH", 45, "2025/26", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(placeFunding()).isEqualByComparingTo("670833.33"));
        assertThat(placeFunding("2026-27")).isEqualByComparingTo("479166.67");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(TopicProbe.of("funding.dlq").records(r -> r.value().contains(la.la))).singleElement().satisfies(r ->
                    assertThat(new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)).contains("academic year"));
            List<JsonNode> changed = fundingEvents.cloudEvents(la.la, EventTypes.PAYMENT_SCHEDULE_CHANGED);
            assertThat(changed).filteredOn(e -> e.path("data").path("financialYear").asText().equals(FY)).hasSize(4)
                    .allSatisfy(e -> assertThat(e.path("data").path("settingUrn").asText()).isEqualTo(special))
                    .last().satisfies(e -> assertThat(e.path("data").path("reason").asText()).contains("by placement (SEMH 45)"));
        });
    }

    @Test
    void shouldShowProtectionOnTheStatementTheScheduleAndTheExportWithTheirTotals() throws Exception {
        la.setting(mainstream, "MAINSTREAM_PRIMARY");
        FinancialYear year = new FinancialYear(2025);
        List<PaymentLine> protection = new ArrayList<>();
        for (YearMonth m : year.months()) {
            protection.add(new PaymentLine(null, mainstream, null, Element.PROTECTION, m, m, false, new BigDecimal("100.50"), "minimum income guarantee"));
        }
        protection.add(new PaymentLine(null, mainstream, null, Element.PROTECTION, YearMonth.of(2025, 4), YearMonth.of(2025, 7), true,
                new BigDecimal("-20.25"), "gains cap, late"));
        QuarkusTransaction.requiringNew().run(() -> lines.apply(la.la, year, new PaymentLineRepository.Write(List.of(), List.of(), List.of(), protection)));

        JsonPath s = given().auth().oauth2(la.finance).queryParam("financialYear", FY).get("/api/v1/payment-statements/" + mainstream)
                .then().statusCode(200).extract().jsonPath();
        assertThat(s.getString("protection")).isEqualTo("1206.0");
        assertThat(s.getString("adjustments")).isEqualTo("-20.25");
        assertThat(s.getString("total")).isEqualTo("1185.75");
        assertThat(s.getList("periods.protection", Float.class)).containsOnly(100.5f);
        assertThat(s.getList("periods.total", Float.class)).containsExactly(100.5f, 100.5f, 100.5f, 80.25f, 100.5f, 100.5f, 100.5f, 100.5f,
                100.5f, 100.5f, 100.5f, 100.5f);

        given().auth().oauth2(la.finance).get("/api/v1/payment-schedules/" + FY + "/settings").then().statusCode(200)
                .body("items[0].settingUrn", equalTo(mainstream)).body("items[0].protection", equalTo(1206.0f))
                .body("items[0].total", equalTo(1185.75f));
        given().auth().oauth2(la.finance).get("/api/v1/payment-schedules/" + FY).then().statusCode(200).body("total", equalTo(1185.75f));

        String csv = given().auth().oauth2(la.finance).queryParam("financialYear", FY).queryParam("format", "csv")
                .get("/api/v1/payment-statements/" + mainstream + "/export").then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(14);
        assertThat(rows.get(0).get("element")).isEqualTo("PROTECTION");
        assertThat(new BigDecimal(rows.get(13).get("amount"))).isEqualByComparingTo("1185.75");
    }

    private BigDecimal placeFunding() {
        return placeFunding(FY);
    }

    /** Read as a decimal, not a float: 583,333.33 has more digits than a float keeps. */
    private BigDecimal placeFunding(String year) {
        String body = given().auth().oauth2(la.finance).queryParam("financialYear", year).get("/api/v1/payment-statements/" + special)
                .then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).getObject("placeFunding", BigDecimal.class);
    }

    /** A {@code places.commissioned} CloudEvent as placement-service's outbox relay publishes it. */
    private String event(String provider, String needType, int places, String academicYear, Instant time) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("providerId", provider);
        data.put("urn", special);
        data.put("academicYear", academicYear);
        data.put("needType", needType);
        data.put("places", places);
        data.put("requested", null);
        data.put("source", "LEDGER");
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/send-platform/placement-service");
        event.put("type", EventTypes.PLACES_COMMISSIONED);
        event.put("subject", "provider/" + provider);
        event.put("time", time.toString());
        event.put("datacontenttype", "application/json");
        event.put("tenant", la.la);
        event.put("data", data);
        try {
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void publish(String key, String value) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty(DevstackTestResource.BOOTSTRAP_PROPERTY),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.ACKS_CONFIG, "all"));
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PLACEMENT, key, value);
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
