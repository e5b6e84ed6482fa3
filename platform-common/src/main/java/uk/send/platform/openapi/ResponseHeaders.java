package uk.send.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;

/**
 * The success responses' headers, from the platform's rules rather than per-operation annotations:
 * <ul>
 *   <li>every 201 carries {@code Location};</li>
 *   <li>{@code ETag} where the resource is versioned: the 2xx of an operation taking {@code If-Match}, a
 *       single-resource GET at or above a path taking {@code If-Match}, and a 201 creating such a resource;</li>
 *   <li>{@code Idempotent-Replayed} on the 2xx of an operation taking {@code Idempotency-Key}.</li>
 * </ul>
 * A header an operation declares itself by annotation is left as it is.
 */
final class ResponseHeaders {

    private final Map<String, PathItem> paths;

    ResponseHeaders(Map<String, PathItem> paths) {
        this.paths = paths;
    }

    void declare(String path, PathItem.HttpMethod method, Operation op) {
        boolean etag = ContractFilter.hasHeader(op, "If-Match")
                || (method == PathItem.HttpMethod.GET && versionedAtOrBelow(path) && !returnsPage(op))
                || (method == PathItem.HttpMethod.POST && createsVersioned(path));
        boolean idempotent = ContractFilter.hasHeader(op, "Idempotency-Key");
        for (Map.Entry<String, APIResponse> e : ContractFilter.responses(op).entrySet()) {
            if (!e.getKey().startsWith("2")) {
                continue;
            }
            APIResponse response = e.getValue();
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(switch (e.getKey()) {
                    case "201" -> "Created";
                    case "204" -> "Done; no body";
                    default -> "OK";
                });
            }
            if (e.getKey().equals("201")) {
                add(response, "Location", "The address of what was created", "uri",
                        "https://localhost/api/v1/programmes/3fa85f64-5717-4562-b3fc-2c963f66afa6");
            }
            if (etag && !e.getKey().equals("204")) {
                add(response, "ETag", "The resource's version: send it back in If-Match to change it", null, "\"3\"");
            }
            if (idempotent) {
                add(response, "Idempotent-Replayed", "true when this is the stored response of an earlier request with the same Idempotency-Key",
                        null, "true");
            }
        }
    }

    private static void add(APIResponse response, String name, String description, String format, String example) {
        if (response.getHeaders() != null && response.getHeaders().keySet().stream().anyMatch(name::equalsIgnoreCase)) {
            return;
        }
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        if (format != null) {
            schema.format(format);
        }
        Header header = OASFactory.createHeader().description(description).schema(schema).example(example);
        response.addHeader(name, header);
    }

    /** Some operation at this path or under it takes If-Match: the resource read here has a version. */
    private boolean versionedAtOrBelow(String path) {
        return paths.entrySet().stream()
                .filter(e -> e.getKey().equals(path) || e.getKey().startsWith(path + "/"))
                .anyMatch(e -> takesIfMatch(e.getValue()));
    }

    /** A POST to a collection whose members ({@code path/{x}}) are versioned. */
    private boolean createsVersioned(String path) {
        return paths.entrySet().stream()
                .filter(e -> e.getKey().startsWith(path + "/{") && e.getKey().indexOf('/', path.length() + 1) < 0)
                .anyMatch(e -> versionedAtOrBelow(e.getKey()));
    }

    private static boolean takesIfMatch(PathItem item) {
        return item.getOperations() != null && item.getOperations().values().stream()
                .anyMatch(op -> ContractFilter.hasHeader(op, "If-Match"));
    }

    private static boolean returnsPage(Operation op) {
        APIResponse ok = ContractFilter.responses(op).get("200");
        if (ok == null) {
            return false;
        }
        var media = ContractFilter.json(ok.getContent());
        return media != null && media.getSchema() != null && media.getSchema().getRef() != null
                && media.getSchema().getRef().endsWith("Page");
    }
}
