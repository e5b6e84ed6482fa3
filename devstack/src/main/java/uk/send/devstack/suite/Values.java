package uk.send.devstack.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Values for the fuzzer, drawn from a seeded {@link Random} so that a run can be repeated: a valid-ish
 * value for a schema (right type, format, enum, bounds) and hostile values that a careless or malicious
 * client sends (wrong types, huge, NUL, unicode, huge numbers, impossible dates, bad paging).
 */
final class Values {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that every text field, path segment and query value must survive. */
    static final List<String> HOSTILE_STRINGS = List.of(
            "", " ", "\u0000", "a\u0000b", "x".repeat(10_000), "\uD83D\uDE00\u202E\u0301ü漢字", "\uFFFF\uFFFE",
            "../../etc/passwd", "%", "%00", "' OR '1'='1", "<script>alert(1)</script>", "${jndi:ldap://x}",
            "-1", "0", "9".repeat(5_000), "1e400", "NaN", "true", "null", "[]", "{}", "2026-02-30",
            "+999999999-12-31", "-999999999-01-01", "0000-00-00", "2026-13-01T25:61:61Z", "A\nReply-To: x@evil.example",
            "\r\n\r\nX-Injected: 1", UUID.randomUUID() + "\u0000");

    /** JSON values of every type, for a field of any schema. */
    static final List<JsonNode> HOSTILE_JSON = List.of(
            NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(new java.math.BigDecimal("9".repeat(5_000))), NODES.numberNode(1e308),
            NODES.numberNode(new java.math.BigDecimal("-0.000000000000000000001")), NODES.textNode("\u0000"),
            NODES.textNode("x".repeat(100_000)), NODES.arrayNode(), NODES.objectNode(), NODES.textNode("+999999999-12-31"),
            NODES.arrayNode().add(NODES.arrayNode().add(NODES.arrayNode())));

    private final ApiDocument doc;
    private final Random random;

    Values(ApiDocument doc, Random random) {
        this.doc = doc;
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A value the schema allows (or close to it), as the text a path or query parameter carries. */
    String validText(JsonNode schema) {
        JsonNode v = valid(schema, 0);
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** A JSON value the schema allows (or close to it); objects carry their required and some optional fields. */
    JsonNode valid(JsonNode schema, int depth) {
        JsonNode s = doc.resolve(schema);
        for (String choice : List.of("oneOf", "anyOf")) {
            if (s.has(choice) && s.get(choice).size() > 0) {
                return valid(s.get(choice).get(0), depth);
            }
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            JsonNode e = s.get("enum");
            return e.get(random.nextInt(e.size()));
        }
        String type = s.path("type").asText(s.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> object(s, depth);
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                if (depth < 4) {
                    a.add(valid(s.path("items"), depth + 1));
                }
                yield a;
            }
            case "integer" -> NODES.numberNode(Math.max(s.path("minimum").asLong(1), Math.min(s.path("maximum").asLong(50), 1 + random.nextInt(20))));
            case "number" -> NODES.numberNode(new java.math.BigDecimal(random.nextInt(100_000)).movePointLeft(2));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(text(s));
        };
    }

    private ObjectNode object(JsonNode s, int depth) {
        ObjectNode o = NODES.objectNode();
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        s.path("properties").fields().forEachRemaining(f -> {
            if (depth < 4 && (required.contains(f.getKey()) || random.nextBoolean())) {
                o.set(f.getKey(), valid(f.getValue(), depth + 1));
            }
        });
        return o;
    }

    private String text(JsonNode s) {
        String format = s.path("format").asText("");
        String pattern = s.path("pattern").asText("");
        int max = s.path("maxLength").asInt(40);
        return switch (format) {
            case "date" -> LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700)).toString();
            case "date-time" -> "2026-0" + (1 + random.nextInt(9)) + "-15T10:00:00Z";
            case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            case "email" -> "person" + random.nextInt(1000) + "@example.org";
            case "uri", "url" -> "https://example.org/hook/" + random.nextInt(1000);
            case "binary", "byte" -> "AAEC";
            default -> {
                String text = "fuzz " + random.nextInt(100_000);
                yield pattern.isEmpty() ? text.substring(0, Math.max(1, Math.min(max, text.length()))) : patterned(pattern);
            }
        };
    }

    /** Common patterns of this platform's documents (years, URNs, codes); anything else gets digits. */
    private String patterned(String pattern) {
        if (pattern.contains("\\d{4}-\\d{2}") || pattern.contains("[0-9]{4}-[0-9]{2}")) {
            return pattern.contains("-\\d{2}$") || pattern.contains("-[0-9]{2}$") ? "2026-27" : "2026-04";
        }
        return String.valueOf(100_000 + random.nextInt(899_999));
    }
}
