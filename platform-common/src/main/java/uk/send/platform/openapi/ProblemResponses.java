package uk.send.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import uk.send.platform.rest.Problem;
import uk.send.platform.rest.ProblemMappers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The problem+json responses of the contract: one schema and one example per status, matching what
 * {@link ProblemMappers} and {@code ApiProblem} actually answer, declared on every operation where the
 * platform's rules make that status possible.
 */
final class ProblemResponses {

    /** What each status means on this platform: schema name, default description, and the example body. */
    private record Kind(String schema, String description, String slug, String title, String detail, boolean fieldErrors) {
    }

    private static final Map<Integer, Kind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(400, new Kind("ValidationProblem", "The request is not valid: the failing fields, body paths or parameters are in errors[]; nothing was changed",
                "validation", "Request is not valid", "1 field is not valid", true));
        KINDS.put(401, new Kind("UnauthorizedProblem", "No valid bearer token",
                "unauthorized", "Authentication required", "A valid bearer token issued for this platform is required", false));
        KINDS.put(403, new Kind("ForbiddenProblem", "Your role does not allow this operation",
                "forbidden", "Not allowed", "Your role does not allow this operation", false));
        KINDS.put(404, new Kind("NotFoundProblem", "No such resource in your LA (another LA's ids answer 404 too)",
                "not-found", "Not found", "Programme 3fa85f64-5717-4562-b3fc-2c963f66afa6 does not exist", false));
        KINDS.put(409, new Kind("ConflictProblem", "Conflicts with the current state, or with a request still in progress; read again and retry",
                "conflict", "Conflict", "The resource was changed by someone else at the same time; read it again and retry", false));
        KINDS.put(412, new Kind("PreconditionFailedProblem", "If-Match does not match the current ETag: someone changed it since you read it",
                "precondition-failed", "Resource has changed", "The resource has changed since you read it (current ETag \"4\")", false));
        KINDS.put(422, new Kind("UnprocessableProblem", "Well-formed but breaks a business rule, or reuses an Idempotency-Key with a different body",
                "idempotency-key-reused", "Idempotency-Key reused",
                "This Idempotency-Key was already used with a different request; use a new key for a new request", false));
        KINDS.put(428, new Kind("PreconditionRequiredProblem", "If-Match missing: send the ETag you last read",
                "precondition-required", "If-Match header required",
                "Send the ETag you last read in If-Match, so that concurrent edits are not lost", false));
        KINDS.put(429, new Kind("TooManyRequestsProblem", "Too many requests; retry after the time in Retry-After",
                "too-many-requests", "Too Many Requests", "Too Many Requests", false));
    }

    private final Components components;

    ProblemResponses(Components components) {
        this.components = components;
    }

    void declare(String path, Operation op, boolean bearer) {
        Map<String, APIResponse> responses = ContractFilter.responses(op);
        Map<Integer, Boolean> wanted = new TreeMap<>();
        // A path parameter that does not convert answers 404 (no such address); anything else sent can answer 400.
        if (ContractFilter.hasInputBesidesPath(op) || op.getRequestBody() != null) {
            wanted.put(400, true);
        }
        if (bearer) {
            wanted.put(401, true);
            wanted.put(403, true);
        }
        if (path.contains("{")) {
            wanted.put(404, true);
        }
        boolean ifMatch = ContractFilter.hasHeader(op, "If-Match");
        boolean idempotent = ContractFilter.hasHeader(op, "Idempotency-Key");
        if (ifMatch || idempotent) {
            wanted.put(409, true);
        }
        if (ifMatch) {
            wanted.put(412, true);
            wanted.put(428, true);
        }
        if (idempotent) {
            wanted.put(422, true);
        }
        for (Integer status : wanted.keySet()) {
            if (!responses.containsKey(String.valueOf(status))) {
                op.getResponses().addAPIResponse(String.valueOf(status), OASFactory.createAPIResponse());
            }
        }
        Map<String, APIResponse> sorted = new TreeMap<>(ContractFilter.responses(op));
        var ordered = OASFactory.createAPIResponses();
        for (Map.Entry<String, APIResponse> e : sorted.entrySet()) {
            int status = parse(e.getKey());
            if (status >= 400 && status < 500) {
                shape(path, status, e.getValue());
            }
            ordered.addAPIResponse(e.getKey(), e.getValue());
        }
        ordered.setDefaultValue(op.getResponses().getDefaultValue());
        op.setResponses(ordered);
    }

    /** Gives a 4xx response its status's schema and example, keeping an annotated description. */
    private void shape(String path, int status, APIResponse response) {
        Kind kind = KINDS.get(status);
        String schemaName = kind != null ? kind.schema() : "Problem";
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(kind != null ? kind.description() : "Problem");
        }
        Schema ref = OASFactory.createSchema().ref("#/components/schemas/" + schemaName(status, kind));
        var media = OASFactory.createMediaType().schema(ref);
        media.addExample(schemaName, OASFactory.createExample().summary(response.getDescription()).value(example(path, status, kind)));
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
    }

    private String schemaName(int status, Kind kind) {
        if (kind == null) {
            return "Problem";
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(kind.schema())) {
            Schema statusSchema = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                    .addEnumeration(status).addExample(status);
            Schema own = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .addProperty("status", statusSchema);
            if (kind.fieldErrors()) {
                own.addRequired("errors");
            }
            components.addSchema(kind.schema(), OASFactory.createSchema()
                    .description("Problem detail (RFC 9457) answered with status " + status + ": " + kind.description())
                    .addAllOf(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                    .addAllOf(own));
        }
        return kind.schema();
    }

    private static Map<String, Object> example(String path, int status, Kind kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        String slug = kind != null ? kind.slug() : "error";
        body.put("type", ProblemMappers.TYPE_BASE + slug);
        body.put("title", kind != null ? kind.title() : "Error");
        body.put("status", status);
        body.put("detail", kind != null ? kind.detail() : "Error");
        body.put("instance", path);
        if (kind != null && kind.fieldErrors()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", "size");
            error.put("message", "must be at most 100");
            body.put("errors", List.of(error));
        }
        return body;
    }

    private static int parse(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
