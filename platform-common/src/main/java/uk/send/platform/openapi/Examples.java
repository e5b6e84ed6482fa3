package uk.send.platform.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request and a response example for every JSON operation that has none of its own, composed from the
 * schemas: a property's own {@code @Schema(examples = ...)} first, then its first enum value, default,
 * or a value fitting its type, format and bounds. An {@code @ExampleObject} written on the operation wins.
 * Composed examples stay true to the schema as it changes, which a copied example would not.
 */
final class Examples {

    private static final int MAX_DEPTH = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Components components;

    Examples(Components components) {
        this.components = components;
    }

    void declare(Operation op) {
        if (op.getRequestBody() != null) {
            objectsAsWritten(op.getRequestBody().getContent());
            fill(ContractFilter.json(op.getRequestBody().getContent()), "request");
        }
        for (Map.Entry<String, APIResponse> e : ContractFilter.responses(op).entrySet()) {
            if (e.getKey().startsWith("2") && e.getValue().getContent() != null) {
                fill(ContractFilter.json(e.getValue().getContent()), "response");
            }
        }
    }

    /**
     * SmallRye parses an annotated example as JSON only under a JSON media type; under {@code multipart/form-data}
     * or {@code *}{@code /*} the same text would be published as a string where the body's schema is an object.
     * Such an example, written as a JSON object, is published as the object it describes.
     */
    private static void objectsAsWritten(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getExamples() == null || media.getSchema() == null || isText(media.getSchema())) {
                continue;
            }
            for (Example example : media.getExamples().values()) {
                if (example.getValue() instanceof String text && text.strip().startsWith("{") && text.strip().endsWith("}")) {
                    try {
                        example.setValue(JSON.readValue(text, Object.class));
                    } catch (JsonProcessingException notJson) {
                        // left as written: contract-checks' lint reports an example that does not fit its schema
                    }
                }
            }
        }
    }

    private static boolean isText(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    private void fill(MediaType media, String name) {
        if (media == null || media.getSchema() == null || media.getExample() != null
                || (media.getExamples() != null && !media.getExamples().isEmpty())) {
            return;
        }
        Object value = of(media.getSchema(), 0);
        if (value != null) {
            media.addExample(name, OASFactory.createExample().summary("A typical " + name).value(value));
        }
    }

    Object of(Schema schema, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getRef() != null) {
            return of(resolve(schema.getRef()), depth + 1);
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Schema part : schema.getAllOf()) {
                if (of(part, depth + 1) instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> merged.put(String.valueOf(k), v));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((k, v) -> merged.put(k, of(v, depth + 1)));
            }
            return merged.isEmpty() ? null : merged;
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return of(schema.getOneOf().get(0), depth + 1);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return of(schema.getAnyOf().get(0), depth + 1);
        }
        Schema.SchemaType type = typeOf(schema);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case OBJECT -> object(schema, depth);
            case ARRAY -> {
                Object item = of(schema.getItems(), depth + 1);
                yield item == null ? List.of() : new ArrayList<>(List.of(item));
            }
            case STRING -> string(schema);
            case INTEGER -> integer(schema);
            case NUMBER -> number(schema);
            case BOOLEAN -> Boolean.TRUE;
            case NULL -> null;
        };
    }

    private Object object(Schema schema, int depth) {
        Map<String, Object> value = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
                Object v = of(p.getValue(), depth + 1);
                if (v != null) {
                    value.put(p.getKey(), v);
                }
            }
        }
        if (value.isEmpty() && schema.getAdditionalPropertiesSchema() != null) {
            Object v = of(schema.getAdditionalPropertiesSchema(), depth + 1);
            if (v != null) {
                value.put("key", v);
            }
        }
        return value;
    }

    private static Object string(Schema schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        String value = switch (format) {
            case "date" -> "2026-09-01";
            case "date-time" -> "2026-09-01T09:00:00Z";
            case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
            case "email" -> "officer@example.org";
            case "uri", "url" -> "https://example.org/path";
            case "duration" -> "PT1H";
            case "time" -> "09:00:00";
            default -> schema.getPattern() != null ? null : "text";
        };
        if (value == null) {
            return null;
        }
        Integer min = schema.getMinLength();
        Integer max = schema.getMaxLength();
        if (min != null && value.length() < min) {
            value = value + "x".repeat(min - value.length());
        }
        if (max != null && value.length() > max) {
            value = value.substring(0, max);
        }
        return value;
    }

    private static Object integer(Schema schema) {
        long value = 1;
        if (schema.getMinimum() != null) {
            value = Math.max(value, schema.getMinimum().longValue());
        }
        if (schema.getMaximum() != null) {
            value = Math.min(value, schema.getMaximum().longValue());
        }
        return value;
    }

    private static Object number(Schema schema) {
        BigDecimal value = new BigDecimal("1250.00");
        if (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0) {
            value = schema.getMinimum();
        }
        if (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
            value = schema.getMaximum();
        }
        return value;
    }

    private static Schema.SchemaType typeOf(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        if (types == null || types.isEmpty()) {
            return schema.getProperties() != null ? Schema.SchemaType.OBJECT : null;
        }
        return types.stream().filter(t -> t != Schema.SchemaType.NULL).findFirst().orElse(Schema.SchemaType.NULL);
    }

    private Schema resolve(String ref) {
        String prefix = "#/components/schemas/";
        if (!ref.startsWith(prefix) || components.getSchemas() == null) {
            return null;
        }
        return components.getSchemas().get(ref.substring(prefix.length()));
    }
}
