package uk.send.devstack.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids one LA's data answers with, learnt from the responses themselves: a field named like a path
 * parameter ({@code programmeId}, {@code urn}), or the {@code id} of an item listed or created at
 * {@code /x} for the parameter of {@code /x/{param}}. The cross-LA probes then call every operation with
 * these ids under another LA's token, and look for these values in whatever that LA is shown.
 */
final class Harvest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Map<String, Set<String>> byParam = new LinkedHashMap<>();
    private final Set<String> paramNames = new HashSet<>();
    private final Map<String, String> childParam = new LinkedHashMap<>();

    Harvest(ApiDocument doc) {
        for (ApiDocument.Operation op : doc.operations()) {
            op.params("path").forEach(p -> paramNames.add(p.name()));
            String path = op.path();
            if (path.endsWith("}")) {
                int slash = path.lastIndexOf('/');
                childParam.put(path.substring(0, slash), path.substring(slash + 2, path.length() - 1));
            }
        }
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return MissingNode.getInstance();
        }
    }

    /** Learns from a response to a call at this concrete path (placeholders already filled). */
    void learn(String concretePath, String templatePath, String body) {
        JsonNode json = parse(body);
        walk(json, 0);
        String child = childParam.get(templatePath);
        if (child != null) {
            JsonNode items = json.has("items") ? json.get("items") : json;
            if (items.isArray()) {
                items.forEach(i -> add(child, i.path("id")));
            } else {
                add(child, json.path("id"));
            }
        }
    }

    private void walk(JsonNode node, int depth) {
        if (depth > 6) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (paramNames.contains(f.getKey())) {
                    add(f.getKey(), f.getValue());
                }
                walk(f.getValue(), depth + 1);
            });
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, depth + 1));
        }
    }

    private void add(String param, JsonNode value) {
        if (value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
            Set<String> values = byParam.computeIfAbsent(param, k -> new LinkedHashSet<>());
            if (values.size() < 5) {
                values.add(value.asText());
            }
        }
    }

    String first(String param) {
        Set<String> values = byParam.get(param);
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }

    boolean knowsAll(ApiDocument.Operation op) {
        return op.params("path").stream().allMatch(p -> first(p.name()) != null);
    }

    /** Every UUID learnt: values that must never appear in another LA's responses. */
    List<String> uuids() {
        List<String> ids = new ArrayList<>();
        byParam.values().forEach(vs -> vs.stream().filter(v -> UUID.matcher(v).matches()).forEach(ids::add));
        return ids;
    }

    static boolean isUuid(String value) {
        return UUID.matcher(value).matches();
    }

    Map<String, Set<String>> all() {
        return byParam;
    }
}
