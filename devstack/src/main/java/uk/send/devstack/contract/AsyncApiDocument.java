package uk.send.devstack.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import uk.send.platform.events.EventCatalogue;
import uk.send.platform.events.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the platform's event contract from {@link EventCatalogue}: an AsyncAPI 3.0 document for the
 * topics (docs/api/asyncapi.yaml) and one JSON Schema per event type's {@code data}
 * (docs/api/events/&lt;type&gt;.schema.json). Deterministic, so the committed files can be compared with a
 * fresh generation (EventContractTest) and any drift between a payload record and its schema fails the build.
 */
public final class AsyncApiDocument {

    /** The dead-letter topic of notification-service (its {@code notification.dead-letter-topic} setting). */
    public static final String DEAD_LETTER_TOPIC = "notification.dlq";
    public static final String DOCUMENT = "asyncapi.yaml";
    public static final String SCHEMA_FOLDER = "events";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final Map<String, String> TOPIC_DESCRIPTIONS = Map.of(
            Topics.PLAN, "plan-service's events: programmes, plan items, deadlines, KPIs, statutory duties. Key = the aggregate's id.",
            Topics.FUNDING, "funding-service's events: the settings register and EHCP decisions. Key = setting id, or the EHCP reference.",
            Topics.PLACEMENT, "placement-service's events: the providers register. Key = provider id.");
    private static final Map<String, String> PRODUCERS = Map.of(
            Topics.PLAN, "plan-service", Topics.FUNDING, "funding-service", Topics.PLACEMENT, "placement-service");

    private AsyncApiDocument() {
    }

    /** Every file of the contract, by path relative to docs/api/, with its content. */
    public static Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        files.put(DOCUMENT, yaml(document()));
        for (EventCatalogue.Entry e : EventCatalogue.all()) {
            files.put(schemaFile(e.type()), json(standaloneSchema(e)));
        }
        return files;
    }

    /** Writes every file of the contract under {@code apiFolder} (docs/api). */
    public static void write(Path apiFolder) {
        try {
            for (Map.Entry<String, String> f : files().entrySet()) {
                Path p = apiFolder.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String schemaFile(String type) {
        return SCHEMA_FOLDER + "/" + type + ".schema.json";
    }

    static ObjectNode standaloneSchema(EventCatalogue.Entry e) {
        ObjectNode schema = F.objectNode();
        schema.put("$schema", EventSchemas.DIALECT);
        schema.put("$id", "https://send-platform.uk/events/" + e.type() + ".schema.json");
        schema.put("title", e.type() + " data");
        ObjectNode payload = EventSchemas.payloadSchema(e.payload());
        schema.put("description", e.summary() + " Topic " + e.topic() + ", key = the " + e.key() + ". Written from "
                + e.payload().getName() + ": " + payload.path("description").asText("") + " Absent fields are omitted, never null.");
        payload.remove("description");
        schema.setAll(payload);
        return schema;
    }

    static ObjectNode document() {
        ObjectNode doc = F.objectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "SEND Platform events");
        info.put("version", "1.0.0");
        info.put("description", """
                Every event the SEND Platform publishes, on one Kafka topic per producing service. Each record value is a \
                CloudEvents 1.0 event in structured JSON mode (header content-type: application/cloudevents+json; \
                charset=UTF-8); the record key is the aggregate's id, so one aggregate's events stay in order. The LA is the \
                `tenant` extension attribute. Payloads carry ids only (EHCP reference, URN, a person's login name), never a \
                child's name or date of birth, nor a person's name, title or e-mail address. Absent fields are omitted, \
                never null. Delivery is at least once: de-duplicate by the CloudEvents `id`. Generated from \
                platform-common's EventCatalogue; see docs/EVENTS.md.""");
        info.putObject("license").put("name", "MIT").put("url", "https://opensource.org/licenses/MIT");
        doc.put("defaultContentType", "application/cloudevents+json");
        ObjectNode servers = doc.putObject("servers");
        servers.putObject("local").put("host", "localhost:9092").put("protocol", "kafka")
                .put("description", "The broker ./run-local starts (devstack); production brokers are named per deployment.");

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode messages = components.putObject("messages");
        schemas.set("CloudEvent", EventSchemas.envelope());

        Map<String, Set<EventCatalogue.Entry>> byTopic = new LinkedHashMap<>();
        for (EventCatalogue.Entry e : EventCatalogue.all()) {
            byTopic.computeIfAbsent(e.topic(), t -> new LinkedHashSet<>()).add(e);
            String schemaName = e.payload().getSimpleName();
            if (!schemas.has(schemaName)) {
                schemas.set(schemaName, EventSchemas.payloadSchema(e.payload()));
            }
            messages.set(messageId(e.type()), message(e, schemaName));
        }
        for (Map.Entry<String, Set<EventCatalogue.Entry>> t : byTopic.entrySet()) {
            String channelId = channelId(t.getKey());
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", t.getKey());
            channel.put("description", TOPIC_DESCRIPTIONS.getOrDefault(t.getKey(), t.getKey()));
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode op = operations.putObject("publish" + capitalise(channelId));
            op.put("action", "send");
            op.putObject("channel").put("$ref", "#/channels/" + channelId);
            op.put("summary", PRODUCERS.getOrDefault(t.getKey(), "the producer") + " publishes through its transactional outbox.");
            ArrayNode opMessages = op.putArray("messages");
            for (EventCatalogue.Entry e : t.getValue()) {
                String id = messageId(e.type());
                channelMessages.putObject(id).put("$ref", "#/components/messages/" + id);
                opMessages.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + id);
            }
        }
        deadLetters(channels, operations, messages);
        return doc;
    }

    private static ObjectNode message(EventCatalogue.Entry e, String schemaName) {
        ObjectNode m = F.objectNode();
        m.put("name", e.type());
        m.put("title", e.type());
        m.put("summary", e.summary());
        m.put("contentType", "application/cloudevents+json");
        ObjectNode payload = m.putObject("payload");
        ArrayNode allOf = payload.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/CloudEvent");
        ObjectNode specific = allOf.addObject();
        specific.put("type", "object");
        ObjectNode props = specific.putObject("properties");
        props.putObject("type").put("const", e.type());
        props.putObject("data").put("$ref", "#/components/schemas/" + schemaName);
        ObjectNode kafka = m.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", "The " + e.key() + ".");
        kafka.put("bindingVersion", "0.5.0");
        m.putObject("externalDocs").put("url", "https://send-platform.uk/events/" + e.type() + ".schema.json")
                .put("description", "The data schema on its own: docs/api/" + schemaFile(e.type()));
        return m;
    }

    private static void deadLetters(ObjectNode channels, ObjectNode operations, ObjectNode messages) {
        ObjectNode channel = channels.putObject("notificationDeadLetters");
        channel.put("address", DEAD_LETTER_TOPIC);
        channel.put("description", "Events notification-service could not process (not a CloudEvent, missing attributes, a payload "
                + "that does not match its contract), with the original key and value.");
        channel.putObject("messages").putObject("deadLetter").put("$ref", "#/components/messages/deadLetter");
        ObjectNode op = operations.putObject("publishNotificationDeadLetters");
        op.put("action", "send");
        op.putObject("channel").put("$ref", "#/channels/notificationDeadLetters");
        op.put("summary", "notification-service dead-letters what it could not process, and consumption goes on.");
        op.putArray("messages").addObject().put("$ref", "#/channels/notificationDeadLetters/messages/deadLetter");
        ObjectNode m = messages.putObject("deadLetter");
        m.put("name", "deadLetter");
        m.put("title", "A record notification-service could not process");
        m.put("summary", "The original record value, unchanged (it may not be JSON); the headers say why and where it came from.");
        m.put("contentType", "application/octet-stream");
        ObjectNode headers = m.putObject("headers");
        headers.put("type", "object");
        ObjectNode h = headers.putObject("properties");
        h.putObject("dead-letter-reason").put("type", "string").put("description", "Why the record could not be processed.");
        h.putObject("dead-letter-topic").put("type", "string").put("description", "The topic it was read from.");
        h.putObject("dead-letter-partition").put("type", "string").put("description", "Its partition there.");
        h.putObject("dead-letter-offset").put("type", "string").put("description", "Its offset there.");
        m.putObject("payload").put("description", "The original record value.");
    }

    static String messageId(String type) {
        String[] parts = type.substring("uk.send.".length()).split("[.-]");
        StringBuilder id = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            id.append(capitalise(parts[i]));
        }
        return id.toString();
    }

    private static String channelId(String topic) {
        return messageId("uk.send." + topic);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String yaml(ObjectNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
