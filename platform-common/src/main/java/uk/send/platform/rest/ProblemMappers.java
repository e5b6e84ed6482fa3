package uk.send.platform.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.send.platform.domain.BusinessRuleBroken;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.DomainException;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.NotAllowed;
import uk.send.platform.domain.NotFound;
import uk.send.platform.domain.StaleVersion;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The project's one set of exception mappers: every error leaves as {@code application/problem+json}
 * with no stack trace or class name. Deliberately no catch-all: an unexpected exception stays a 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static final String TYPE_BASE = "https://send-platform.uk/problems/";

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        Response response = respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
        return e.status() == 401 ? Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build() : response;
    }

    /** A broken domain rule: its kind decides the status, the rest of the body is the exception's own. */
    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.issues().stream().map(i -> new Problem.FieldError(i.field(), i.message())).toList();
        return respond(statusOf(e), e.problemType(), e.title(), e.getMessage(), uri, errors);
    }

    static int statusOf(DomainException e) {
        if (e instanceof InvalidInput) {
            return 400;
        } else if (e instanceof NotAllowed) {
            return 403;
        } else if (e instanceof NotFound) {
            return 404;
        } else if (e instanceof Conflict) {
            return 409;
        } else if (e instanceof BusinessRuleBroken) {
            return 422;
        } else if (e instanceof StaleVersion) {
            return 412;
        }
        // A new kind of domain exception must be given its status here.
        throw new IllegalStateException("No status for " + e.getClass().getSimpleName(), e);
    }

    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(v -> v.getExecutableReturnValue() != null
                && v.getPropertyPath().toString().contains("<return value>"))) {
            return respond(500, "internal", "Internal error", "The response could not be produced", uri, List.of());
        }
        return validation(e, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        String detail = errors.size() == 1 ? "1 field is not valid" : errors.size() + " fields are not valid";
        return respond(400, "validation", "Request is not valid", detail, uri, errors);
    }

    @ServerExceptionMapper({JsonParseException.class})
    public Response unreadableJson(JsonParseException e, UriInfo uri) {
        return respond(400, "malformed-json", "Body is not valid JSON", e.getOriginalMessage(), uri, List.of());
    }

    @ServerExceptionMapper({MismatchedInputException.class, JsonMappingException.class})
    public Response badJsonValue(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = "has a value of the wrong type or format";
        return respond(400, "validation", "Request is not valid", field.isEmpty() ? "Body does not match the expected structure" : field + " " + message,
                uri, field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(401, "unauthorized", "Authentication required",
                        "A valid bearer token issued for this platform is required", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Not allowed", "Your role does not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(409, "conflict", "Conflict", "The resource was changed by someone else at the same time; read it again and retry", uri, List.of());
    }

    /**
     * A multipart body that ends before its closing boundary, or has none, makes the parser throw an IOException
     * before any resource runs: the client's body is malformed, so 400, not a server error. Any other I/O failure
     * while answering is the server's: 500 problem+json, logged with the stack trace it would otherwise expose.
     */
    @ServerExceptionMapper
    public Response io(IOException e, UriInfo uri) {
        if (thrownBy(e, MULTIPART_PARSER)) {
            return respond(400, "malformed-multipart", "Body is not a readable multipart form",
                    "The multipart/form-data body could not be read: it needs a boundary in Content-Type and must end with it",
                    uri, List.of(new Problem.FieldError("body", "is not a complete multipart/form-data body")));
        }
        LOG.errorf(e, "I/O failure answering %s", uri == null ? "?" : uri.getPath());
        return respond(500, "internal-error", "Internal Server Error", "The request could not be completed", uri, List.of());
    }

    private static final String MULTIPART_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";

    private static boolean thrownBy(Throwable e, String packagePrefix) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith(packagePrefix);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = status == 404 ? "No resource at this address" : title;
        return respond(status, slugOf(title), title, detail, uri, List.of());
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem body = new Problem(TYPE_BASE + slug, title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String slugOf(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    /** A violation's path without the method and parameter names: {@code create.request.tasks[0].title} → {@code tasks[0].title}. */
    static String fieldName(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int start = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            start = 1;
            if (nodes.size() > 2 && nodes.get(1).getKind() == ElementKind.PARAMETER) {
                start = 2;
            }
        }
        StringBuilder field = new StringBuilder();
        for (int i = start; i < nodes.size(); i++) {
            Path.Node n = nodes.get(i);
            // Hibernate Validator puts a list index on the node that follows the list.
            if (n.isInIterable()) {
                field.append('[').append(n.getIndex() != null ? n.getIndex() : n.getKey()).append(']');
            }
            if (n.getName() == null || n.getName().startsWith("<")) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(n.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
