package uk.send.devstack.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds calls of an operation: a valid-ish one (known ids for path parameters, required query
 * parameters, a body its schema allows) and, for the fuzzer, that call with one or two hostile
 * mutations of a path segment, query value, paging, body field, whole body, content type or header.
 */
final class Requests {

    private final Values values;
    private final Harvest known;

    Requests(Values values, Harvest known) {
        this.values = values;
        this.known = known;
    }

    ApiCall valid(ApiDocument.Operation op, String token) {
        ApiCall call = new ApiCall(op);
        call.token = token;
        for (ApiDocument.Param p : op.params("path")) {
            String id = known.first(p.name());
            call.pathParams.put(p.name(), id != null ? id : values.validText(p.schema()));
        }
        for (ApiDocument.Param p : op.params("query")) {
            if (p.required() || values.chance(30)) {
                call.query.put(p.name(), values.validText(p.schema()));
            }
        }
        if (op.bodySchema() != null) {
            body(call, op);
        }
        if (op.method().equals("post")) {
            call.headers.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        return call;
    }

    private void body(ApiCall call, ApiDocument.Operation op) {
        String media = op.bodyMediaType();
        call.contentType = media;
        if (media.contains("json")) {
            call.body = values.valid(op.bodySchema(), 0).toString().getBytes(StandardCharsets.UTF_8);
        } else if (media.startsWith("multipart/")) {
            call.contentType = "multipart/form-data; boundary=suiteboundary";
            call.body = ("--suiteboundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fuzz.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\nurn,band\r\n100001,A\r\n--suiteboundary--\r\n").getBytes(StandardCharsets.UTF_8);
        } else {
            call.body = "urn,name,band\n100001,Fuzz School,A\n".getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The valid call with {@code n} hostile mutations. */
    ApiCall hostile(ApiDocument.Operation op, String token, int n) {
        ApiCall call = valid(op, token);
        for (int i = 0; i < n; i++) {
            mutate(call);
        }
        return call;
    }

    private void mutate(ApiCall call) {
        ApiDocument.Operation op = call.operation;
        switch (values.nextInt(8)) {
            case 0 -> {
                if (!call.pathParams.isEmpty()) {
                    String name = values.pick(new ArrayList<>(call.pathParams.keySet()));
                    call.pathParams.put(name, values.pick(Values.HOSTILE_STRINGS));
                } else {
                    call.query.put("unexpected", values.pick(Values.HOSTILE_STRINGS));
                }
            }
            case 1 -> {
                List<ApiDocument.Param> query = op.params("query");
                String name = query.isEmpty() ? "q" : values.pick(query).name();
                call.query.put(name, values.pick(Values.HOSTILE_STRINGS));
            }
            case 2 -> {
                call.query.put("page", values.pick(List.of("-1", "2147483647", "99999999999", "1e3", "x", "0")));
                call.query.put("size", values.pick(List.of("0", "-5", "101", "100", "2147483647", "1.5", "")));
            }
            case 3, 4 -> mutateBodyField(call);
            case 5 -> {
                call.contentType = call.contentType == null ? "application/json" : call.contentType;
                call.body = values.pick(rawBodies());
            }
            case 6 -> {
                call.contentType = values.pick(List.of("text/plain", "application/xml", "application/json; charset=utf-16",
                        "multipart/form-data", "application/x-www-form-urlencoded", "*/*"));
                if (call.body == null) {
                    call.body = "{}".getBytes(StandardCharsets.UTF_8);
                }
            }
            default -> {
                call.headers.put("If-Match", values.pick(List.of("*", "\"garbage\"", "W/\"1\"", "x".repeat(8_000), "\"-1\"")));
                call.headers.put("Idempotency-Key", values.pick(List.of("", "k".repeat(5_000), "ü漢字", "' OR 1=1")));
            }
        }
    }

    private void mutateBodyField(ApiCall call) {
        if (call.body == null || call.contentType == null || !call.contentType.contains("json")) {
            call.contentType = "application/json";
            call.body = values.pick(rawBodies());
            return;
        }
        JsonNode body = Harvest.parse(new String(call.body, StandardCharsets.UTF_8));
        if (body instanceof ObjectNode object) {
            ObjectNode target = object;
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            if (!fields.isEmpty() && values.chance(30) && object.get(fields.get(0)) instanceof ObjectNode nested) {
                target = nested;
            }
            List<String> names = new ArrayList<>();
            target.fieldNames().forEachRemaining(names::add);
            switch (values.nextInt(3)) {
                case 0 -> {
                    if (!names.isEmpty()) {
                        target.remove(values.pick(names));
                    }
                }
                case 1 -> target.set(values.pick(List.of("tenant", "id", "la", "version", "createdBy", "__proto__", "extra")),
                        values.pick(Values.HOSTILE_JSON));
                default -> target.set(names.isEmpty() ? "field" : values.pick(names), values.pick(Values.HOSTILE_JSON));
            }
            call.body = object.toString().getBytes(StandardCharsets.UTF_8);
        } else {
            call.body = values.pick(rawBodies());
        }
    }

    private static List<byte[]> rawBodies() {
        return List.of(new byte[0], bytes("{"), bytes("null"), bytes("[]"), bytes("\"x\""), bytes("{\"a\":\"\u0000\"}"),
                bytes("[".repeat(20_000) + "]".repeat(20_000)), new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                bytes("{\"n\":" + "9".repeat(5_000) + "}"), bytes("{\"s\":\"" + "x".repeat(900_000) + "\"}"),
                bytes(JsonNodeFactory.instance.objectNode().put("date", "+999999999-12-31").toString()));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

}
