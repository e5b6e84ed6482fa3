package uk.send.devstack.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import uk.send.platform.events.DeadlineEvent;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EventCatalogue;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.KpiMeasured;
import uk.send.platform.events.TaskCreated;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event contract holds: the committed AsyncAPI document and JSON Schemas are exactly what the payload
 * records generate (regenerate with {@code -Devents.contract.write=true}, see docs/EVENTS.md), every event
 * type has a schema, and the schemas accept what the outbox writes and refuse what breaks the rules.
 */
class EventContractTest {

    private static final Path API = Path.of("..", "docs", "api");
    /** The outbox's JSON as configured for every service (platform-common's microprofile-config.properties). */
    private static final ObjectMapper OUTBOX_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Test
    void shouldMatchTheCommittedContractDocuments() throws IOException {
        Map<String, String> generated = AsyncApiDocument.files();
        if (Boolean.getBoolean("events.contract.write")) {
            try (Stream<Path> old = Files.list(API.resolve(AsyncApiDocument.SCHEMA_FOLDER))) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            } catch (java.nio.file.NoSuchFileException none) {
                // first generation
            }
            AsyncApiDocument.write(API);
        }
        List<String> drifted = new ArrayList<>();
        for (Map.Entry<String, String> f : generated.entrySet()) {
            Path committed = API.resolve(f.getKey());
            if (!Files.exists(committed) || !Files.readString(committed).equals(f.getValue())) {
                drifted.add(f.getKey());
            }
        }
        try (Stream<Path> committed = Files.list(API.resolve(AsyncApiDocument.SCHEMA_FOLDER))) {
            committed.map(p -> AsyncApiDocument.SCHEMA_FOLDER + "/" + p.getFileName()).filter(p -> !generated.containsKey(p)).forEach(drifted::add);
        }
        assertThat(drifted)
                .as("docs/api differs from what the payload records generate; if the change is intended, regenerate with "
                        + "./mvnw -B -pl devstack -am verify -Dtest=EventContractTest -Dsurefire.failIfNoSpecifiedTests=false -Devents.contract.write=true")
                .isEmpty();
    }

    @Test
    void shouldHaveACatalogueEntryForEveryEventType() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (Field f : EventTypes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && ((String) f.get(null)).matches("uk\\.send\\..+\\.v\\d+")) {
                types.add((String) f.get(null));
            }
        }
        assertThat(types).isNotEmpty();
        assertThat(types).allSatisfy(t -> assertThat(EventCatalogue.of(t)).as("catalogue entry (and so a schema) for " + t).isPresent());
        assertThat(EventCatalogue.all()).allSatisfy(e -> assertThat(types).contains(e.type()));
    }

    @Test
    void shouldAcceptEventsAsTheOutboxWritesThem() throws IOException {
        UUID programme = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        assertThat(EventSchemas.problems(event(EventTypes.DEADLINE_MISSED, new DeadlineEvent(programme, "SEND recovery plan", item, "task",
                "Agree band values", new DeadlineEvent.Person("jane@la.gov.uk"), LocalDate.of(2026, 11, 24), null, 3)))).isEmpty();
        assertThat(EventSchemas.problems(event(EventTypes.TASK_CREATED, new TaskCreated(programme, item, "TASK", null, "Agree band values",
                "NOT_STARTED", null, null)))).isEmpty();
        assertThat(EventSchemas.problems(event(EventTypes.KPI_MEASURED, new KpiMeasured(programme, item, "Placements", "children",
                new BigDecimal("412"), LocalDate.of(2026, 3, 31), new BigDecimal("380.00"), new BigDecimal("37.5"))))).isEmpty();
        assertThat(EventSchemas.problems(event(EventTypes.EHCP_DECISION_RECORDED, new EhcpDecisionRecorded(UUID.randomUUID(), "CMS-1",
                "EHCP-0001", EhcpDecisionKind.FINAL_PLAN_ISSUED, LocalDate.of(2026, 9, 1), Instant.parse("2026-09-02T10:15:30Z"), 7, null,
                null, List.of("100001"), List.of("ASD", "SLCN"), "B3", LocalDate.of(2026, 9, 7), null, null, null, null, null, null, null, null))))
                .isEmpty();
    }

    @Test
    void shouldRefuseAPersonsNameANullFieldAndAnUnknownType() throws IOException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("programmeId", UUID.randomUUID().toString());
        data.put("taskId", UUID.randomUUID().toString());
        data.put("kind", "TASK");
        data.put("title", "Agree band values");
        data.put("status", "NOT_STARTED");
        data.put("leadOfficer", Map.of("id", "jane@la.gov.uk", "name", "Jane Smith"));
        assertThat(EventSchemas.problems(event(EventTypes.TASK_CREATED, data))).singleElement().asString().contains("name");

        data.put("leadOfficer", Map.of("id", "jane@la.gov.uk"));
        data.put("ref", null);
        assertThat(EventSchemas.problems(rawEvent(EventTypes.TASK_CREATED, data))).singleElement().asString().contains("ref");

        assertThat(EventSchemas.problems(event("uk.send.plan.thing.happened.v1", Map.of("x", 1))))
                .singleElement().asString().contains("has no schema").contains("EventCatalogue");
        assertThat(EventSchemas.problems("not json")).isNotEmpty();
    }

    @Test
    void shouldRequireTheCloudEventsAttributes() throws IOException {
        String event = event(EventTypes.PROGRAMME_CREATED, Map.of("programmeId", UUID.randomUUID().toString(), "title", "Plan", "kind", "RECOVERY_PLAN"));
        assertThat(EventSchemas.problems(event)).isEmpty();
        assertThat(EventSchemas.problems(event.replace("\"tenant\":\"CONTRACT\",", ""))).singleElement().asString().contains("tenant");
    }

    private static String event(String type, Object data) throws IOException {
        return OUTBOX_JSON.writeValueAsString(envelope(type, data));
    }

    /** Without the outbox's omission of nulls, as a careless producer might write it. */
    private static String rawEvent(String type, Object data) throws IOException {
        return new ObjectMapper().writeValueAsString(envelope(type, data));
    }

    private static Map<String, Object> envelope(String type, Object data) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("specversion", "1.0");
        e.put("id", UUID.randomUUID().toString());
        e.put("source", "/send-platform/plan-service");
        e.put("type", type);
        e.put("subject", "task/1");
        e.put("time", "2026-11-23T06:00:00.123Z");
        e.put("datacontenttype", "application/json");
        e.put("tenant", "CONTRACT");
        e.put("data", data);
        return e;
    }
}
