package uk.send.devstack.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import uk.send.platform.events.EventCatalogue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of the event contract, generated from the named payload records listed in
 * {@link EventCatalogue}, and the check of one Kafka record against them. The published documents
 * (docs/api/asyncapi.yaml, docs/api/events/) are written from the same schemas, and a test fails if
 * they drift, so what the tests validate is what partners read.
 *
 * <p>The rules the schemas encode: every payload field the record declares, nothing else
 * ({@code additionalProperties: false}); primitives are required; any other field may be absent, but is
 * never {@code null} (absent fields are omitted). The CloudEvents envelope is checked the same way.
 */
public final class EventSchemas {

    /** The JSON Schema dialect of every schema (AsyncAPI's default schema format is a superset of it). */
    public static final String DIALECT = "http://json-schema.org/draft-07/schema#";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaGenerator GENERATOR = generator();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<Class<?>, ObjectNode> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, JsonSchema> VALIDATORS = new ConcurrentHashMap<>();
    private static final JsonSchema ENVELOPE = FACTORY.getSchema(envelope());

    private EventSchemas() {
    }

    /** The JSON Schema of a payload record's JSON, as the outbox writes it. */
    public static ObjectNode payloadSchema(Class<?> payload) {
        return SCHEMAS.computeIfAbsent(payload, c -> {
            ObjectNode schema = GENERATOR.generateSchema(c);
            schema.remove("$schema");
            return schema;
        }).deepCopy();
    }

    /**
     * The CloudEvents 1.0 envelope in structured mode, as every platform event travels: the attributes the
     * platform sets (docs/EVENTS.md), {@code data} an object whose schema depends on {@code type}.
     */
    public static ObjectNode envelope() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode schema = f.objectNode();
        schema.put("type", "object");
        schema.put("description", "A CloudEvents 1.0 event in structured JSON mode: the Kafka record value is the whole event.");
        ObjectNode p = schema.putObject("properties");
        p.putObject("specversion").put("const", "1.0");
        p.putObject("id").put("type", "string").put("minLength", 1).put("description", "Unique per event: consumers de-duplicate by it.");
        p.putObject("source").put("type", "string").put("pattern", "^/send-platform/[a-z-]+$")
                .put("description", "The producing service, e.g. /send-platform/plan-service.");
        p.putObject("type").put("type", "string").put("pattern", "^uk\\.send\\.[a-z0-9.-]+\\.v[0-9]+$")
                .put("description", "The event type; its data schema is in docs/api/events/<type>.schema.json.");
        p.putObject("subject").put("type", "string").put("description", "What the event is about, e.g. task/<id>.");
        p.putObject("time").put("type", "string").put("format", "date-time");
        p.putObject("datacontenttype").put("const", "application/json");
        p.putObject("tenant").put("type", "string").put("minLength", 1).put("description", "The local authority (LA) code: the CloudEvents extension attribute naming the tenant.");
        p.putObject("data").put("type", "object").put("description", "The payload of the type.");
        p.putObject("traceparent").put("type", "string").put("pattern", "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")
                .put("description", "The CloudEvents distributed-tracing extension: the W3C trace context of the request or "
                        + "consumer that wrote the event, so that a consumer's span continues its trace. Absent when not traced.");
        schema.putArray("required").add("specversion").add("id").add("source").add("type").add("time").add("tenant").add("data");
        schema.put("additionalProperties", false);
        return schema;
    }

    /**
     * What is wrong with one record value on an event topic: empty if it is a platform CloudEvent whose
     * {@code data} matches its type's schema. A type that is not in the {@link EventCatalogue} is wrong too,
     * loudly: every published type needs its schema.
     */
    public static List<String> problems(String recordValue) {
        List<String> problems = new ArrayList<>();
        JsonNode event;
        try {
            event = JSON.readTree(recordValue);
        } catch (Exception e) {
            return List.of("not JSON: " + e.getMessage());
        }
        if (event == null || !event.isObject()) {
            return List.of("not a JSON object");
        }
        for (ValidationMessage m : ENVELOPE.validate(event)) {
            problems.add("envelope: " + m.getMessage());
        }
        String type = event.path("type").asText("");
        var entry = EventCatalogue.of(type);
        if (entry.isEmpty()) {
            problems.add("type '" + type + "' has no schema: add it to platform-common's EventCatalogue (see docs/EVENTS.md)");
            return problems;
        }
        JsonSchema schema = VALIDATORS.computeIfAbsent(type, t -> FACTORY.getSchema(payloadSchema(entry.get().payload())));
        for (ValidationMessage m : schema.validate(event.path("data"))) {
            problems.add("data of " + type + ": " + m.getMessage());
        }
        return problems;
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.INLINE_ALL_SCHEMAS, Option.FLATTENED_ENUMS)
                .without(Option.NULLABLE_FIELDS_BY_DEFAULT);
        // Fixed types as the platform's ObjectMapper writes them (ISO dates, numbers, UUID strings).
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> c = type.getErasedType();
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            if (c == UUID.class) {
                node.put("type", "string").put("format", "uuid");
            } else if (c == LocalDate.class) {
                node.put("type", "string").put("format", "date");
            } else if (c == Instant.class) {
                node.put("type", "string").put("format", "date-time");
            } else if (c == BigDecimal.class) {
                node.put("type", "number");
            } else if (c == BigInteger.class) {
                node.put("type", "integer");
            } else {
                return null;
            }
            return new com.github.victools.jsonschema.generator.CustomDefinition(node);
        });
        // Properties in the record's declaration order, as Jackson writes them.
        config.forTypesInGeneral().withPropertySorter((a, b) -> 0);
        // A primitive (boolean, int) is always written; anything else is omitted when absent.
        config.forFields().withRequiredCheck(field -> field.getType() != null && field.getType().isPrimitive());
        return new SchemaGenerator(config.build());
    }
}
