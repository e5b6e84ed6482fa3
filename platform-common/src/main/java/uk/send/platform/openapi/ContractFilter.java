package uk.send.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes every service's OpenAPI document a contract a partner can generate a client from, in one place
 * instead of an annotation copied onto every operation. For every operation it
 * <ul>
 *   <li>declares the problem responses the platform's rules make possible ({@link ProblemResponses}):
 *       400 when there is anything to validate, 401/403 behind a bearer token, 404 under a path parameter,
 *       409/412/428 with {@code If-Match}, 409/422 with {@code Idempotency-Key}, each status with its own
 *       schema and example (an annotated description is kept);</li>
 *   <li>marks {@code If-Match} required and describes {@code Idempotency-Key};</li>
 *   <li>declares the {@code Location}, {@code ETag} and {@code Idempotent-Replayed} response headers
 *       ({@link ResponseHeaders});</li>
 *   <li>adds a request and a response example built from the schemas' own examples wherever the
 *       operation has none ({@link Examples});</li>
 * </ul>
 * and at document level sets the bearer scheme, the calendar feeds' signed-link scheme and the default
 * security requirement. It never adds an operationId or a success response: those come from each
 * resource's annotations, and contract-checks fails the build when one is missing.
 */
public class ContractFilter implements OASFilter {

    public static final String BEARER = "bearer";
    /** The calendar feeds' own scheme: the signed {@code token} query parameter of a subscription link. */
    public static final String CALENDAR_LINK = "calendarLink";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            api.setComponents(components);
        }
        securitySchemes(api, components);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> paths = api.getPaths().getPathItems();
        Examples examples = new Examples(components);
        ProblemResponses problems = new ProblemResponses(components);
        ResponseHeaders headers = new ResponseHeaders(paths);
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : operations.entrySet()) {
                Operation op = entry.getValue();
                if (op.getDescription() == null && op.getSummary() != null) {
                    op.setDescription(op.getSummary());
                }
                requestHeaders(op);
                typedDefaults(op);
                boolean bearer = usesBearer(api, op);
                headers.declare(path.getKey(), entry.getKey(), op);
                problems.declare(path.getKey(), op, bearer);
                examples.declare(op);
            }
        }
    }

    private static void securitySchemes(OpenAPI api, Components components) {
        SecurityScheme bearer = components.getSecuritySchemes() == null ? null : components.getSecuritySchemes().get(BEARER);
        if (bearer == null) {
            bearer = OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer");
            components.addSecurityScheme(BEARER, bearer);
        }
        bearer.bearerFormat("JWT").description("A JWT issued for this platform: the `la` claim is your LA (tenant), "
                + "`groups` your roles, `urn` a school user's setting");
        components.addSecurityScheme(CALENDAR_LINK, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.QUERY).name("token")
                .description("The signed token of a calendar subscription link (from the calendar link operations): "
                        + "it authorises that one feed, without a bearer token"));
        if (api.getSecurity() == null || api.getSecurity().isEmpty()) {
            api.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER))));
        }
    }

    private static boolean usesBearer(OpenAPI api, Operation op) {
        List<SecurityRequirement> security = op.getSecurity() != null ? op.getSecurity() : api.getSecurity();
        if (security == null) {
            return false;
        }
        return security.stream().anyMatch(r -> r.getSchemes() != null && r.getSchemes().containsKey(BEARER));
    }

    private static void requestHeaders(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            if (p.getIn() != Parameter.In.HEADER || p.getName() == null) {
                continue;
            }
            if (p.getName().equalsIgnoreCase("If-Match")) {
                p.setRequired(true);
                if (p.getDescription() == null) {
                    p.setDescription("The ETag you last read; missing answers 428, stale answers 412");
                }
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                p.setExample("\"3\"");
            } else if (p.getName().equalsIgnoreCase("Idempotency-Key")) {
                p.setRequired(false);
                if (p.getDescription() == null) {
                    p.setDescription("Makes a retried POST safe: the same key and body return the first response "
                            + "(with Idempotent-Replayed: true); the same key with another body answers 422");
                }
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(200));
                p.setExample("0b9f6c1e-5d2a-4c8e-9f1b-7a3d2e4c5b6a");
            }
        }
    }

    /**
     * A query parameter's {@code @DefaultValue} reaches the document as the annotation's string ("0.5"); a client
     * generator reads the default with the parameter's own type, so a number or boolean default is written as one.
     */
    private static void typedDefaults(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            Schema schema = p.getSchema();
            if (schema == null || !(schema.getDefaultValue() instanceof String text) || schema.getType() == null) {
                continue;
            }
            try {
                if (schema.getType().contains(Schema.SchemaType.INTEGER)) {
                    schema.setDefaultValue(new BigInteger(text.trim()));
                } else if (schema.getType().contains(Schema.SchemaType.NUMBER)) {
                    schema.setDefaultValue(new BigDecimal(text.trim()));
                } else if (schema.getType().contains(Schema.SchemaType.BOOLEAN)) {
                    schema.setDefaultValue(Boolean.parseBoolean(text.trim()));
                }
            } catch (NumberFormatException notANumber) {
                // left as written: contract-checks' lint reports a default that does not match its type
            }
        }
    }

    static boolean hasHeader(Operation op, String name) {
        return op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    static boolean hasInputBesidesPath(Operation op) {
        return op.getParameters() != null && op.getParameters().stream().anyMatch(p -> p.getIn() != Parameter.In.PATH);
    }

    static Map<String, APIResponse> responses(Operation op) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        if (responses.getAPIResponses() == null) {
            return new LinkedHashMap<>();
        }
        return responses.getAPIResponses();
    }

    static MediaType json(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return null;
        }
        return content.getMediaTypes().entrySet().stream()
                .filter(e -> e.getKey().contains("json"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
