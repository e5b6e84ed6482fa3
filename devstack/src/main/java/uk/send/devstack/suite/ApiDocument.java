package uk.send.devstack.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The operations of one service's OpenAPI 3 document (as the service serves it at {@code /q/openapi}),
 * reduced to what the security suite needs to call each one: method, path template, parameters, body
 * media type and schema, and whether it takes a bearer token.
 */
public final class ApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One parameter: where it goes ({@code path}, {@code query}, {@code header}), its name and schema. */
    public record Param(String in, String name, boolean required, JsonNode schema) {
    }

    /** One operation of the document. {@code bodySchema} is null without a request body. */
    public record Operation(String method, String path, String operationId, List<Param> params,
                            String bodyMediaType, JsonNode bodySchema, JsonNode bodyExample, boolean bearer) {

        public List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + operationId + ")";
        }
    }

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    private ApiDocument(JsonNode root) {
        this.root = root;
        root.path("paths").fields().forEachRemaining(path -> {
            JsonNode item = path.getValue();
            for (String method : METHODS) {
                if (item.has(method)) {
                    operations.add(operation(path.getKey(), method, item, item.get(method)));
                }
            }
        });
    }

    public static ApiDocument parse(String json) {
        try {
            return new ApiDocument(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The schema a {@code $ref} points at (within this document), or the schema itself. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; s != null && s.has("$ref") && i < 10; i++) {
            String ref = s.get("$ref").asText();
            s = root.at(ref.substring(1));
        }
        if (s != null && s.has("allOf") && s.get("allOf").size() == 1) {
            return resolve(s.get("allOf").get(0));
        }
        return s == null || s.isMissingNode() ? JSON.createObjectNode() : s;
    }

    private Operation operation(String path, String method, JsonNode item, JsonNode op) {
        List<Param> params = new ArrayList<>();
        for (JsonNode list : List.of(item.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode param = resolve(p);
                params.add(new Param(param.path("in").asText(), param.path("name").asText(),
                        param.path("required").asBoolean(false), param.path("schema")));
            }
        }
        String mediaType = null;
        JsonNode bodySchema = null;
        JsonNode bodyExample = null;
        JsonNode content = resolve(op.path("requestBody")).path("content");
        Iterator<Map.Entry<String, JsonNode>> media = content.fields();
        while (media.hasNext()) {
            Map.Entry<String, JsonNode> m = media.next();
            // Prefer JSON where an operation takes several media types: its schema says the most.
            if (mediaType == null || m.getKey().contains("json")) {
                mediaType = m.getKey();
                bodySchema = m.getValue().path("schema");
                bodyExample = example(m.getValue());
            }
        }
        JsonNode security = op.has("security") ? op.get("security") : root.path("security");
        boolean bearer = false;
        for (JsonNode requirement : security) {
            bearer |= requirement.has("bearer");
        }
        return new Operation(method, path, op.path("operationId").asText(method + path), List.copyOf(params),
                mediaType, bodySchema, bodyExample, bearer);
    }

    /** The media type's documented example ({@code example} or the first of {@code examples}), or null. */
    private JsonNode example(JsonNode media) {
        if (media.has("example")) {
            return media.get("example");
        }
        Iterator<JsonNode> examples = media.path("examples").elements();
        return examples.hasNext() ? resolve(examples.next()).get("value") : null;
    }
}
