package uk.send.plan.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.TopicProbe;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ProgrammeCreated;
import uk.send.platform.events.Topics;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events written together share outbox rows ({@link Outbox#PACK} at most, one tenant and type each), and the relay
 * still sends every one of them, once, in the order they were written: what a consumer sees does not depend on
 * how the events were stored.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class OutboxPacksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String la = "LA" + UUID.randomUUID().toString().substring(0, 8);
    private final String other = "LB" + UUID.randomUUID().toString().substring(0, 8);
    private final TopicProbe planEvents = TopicProbe.of(Topics.PLAN);

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRelayEveryPackedEventOnceInTheOrderItWasWritten() throws Exception {
        // 2 full packs and a part one of the LA's events, then a tenant change after every event (rows of one), then a pair.
        List<PendingEvent> events = new ArrayList<>();
        int packed = 2 * Outbox.PACK + 100;
        for (int i = 0; i < packed; i++) {
            events.add(event(la, "k" + (i % 7), "Packed " + i));
        }
        events.add(event(other, "k0", "Lone 0"));
        events.add(event(la, "k1", "Lone 1"));
        events.add(event(other, "k2", "Lone 2"));
        events.add(event(la, "k3", "Pair 0"));
        events.add(event(la, "k3", "Pair 1"));
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> outbox.publishAll(events));
        assertThat(ids).hasSize(events.size()).doesNotHaveDuplicates();

        // Stored: one row per pack, the first event in the row's own columns.
        assertThat(rows("select event_count from outbox_event where tenant in (?, ?) order by seq"))
                .containsExactly("500", "500", "100", "1", "1", "1", "2");
        assertThat(rows("select event_id from outbox_event_each where tenant in (?, ?) order by seq, position"))
                .containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());

        // Relayed: every event once; each key's events in the order written; every row marked published.
        Map<String, List<String>> expectedByKey = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            expectedByKey.computeIfAbsent(events.get(i).tenant() + "/" + events.get(i).key(), k -> new ArrayList<>()).add(ids.get(i).toString());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ours()).hasSize(events.size()));
        Map<String, List<String>> relayedByKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : ours()) {
            JsonNode e = JSON.readTree(r.value());
            relayedByKey.computeIfAbsent(e.path("tenant").asText() + "/" + r.key(), k -> new ArrayList<>()).add(e.path("id").asText());
            assertThat(e.path("subject").asText()).isEqualTo("programme/" + e.path("data").path("programmeId").asText());
        }
        assertThat(relayedByKey).isEqualTo(expectedByKey);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(rows("select seq from outbox_event where tenant in (?, ?) and published_at is null")).isEmpty());
    }

    private List<ConsumerRecord<String, String>> ours() {
        return planEvents.records(r -> r.value().contains("\"tenant\":\"" + la + "\"") || r.value().contains("\"tenant\":\"" + other + "\""));
    }

    private static PendingEvent event(String tenant, String key, String title) {
        UUID id = UUID.randomUUID();
        return new PendingEvent(tenant, EventTypes.PROGRAMME_CREATED, key, "programme/" + id, new ProgrammeCreated(id, title, "RECOVERY_PLAN"));
    }

    private List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, la);
            ps.setString(2, other);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }
}
