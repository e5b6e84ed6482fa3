package uk.send.platform.rest.input;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;

import java.util.List;

/**
 * Turns input that breaks {@link JsonInputRules} into 400 problem+json, and refuses a NUL character
 * anywhere in a request's path or query (percent-encoded as {@code %00}) before any resource sees it.
 */
public class InputProblemMappers {

    @ServerExceptionMapper
    public Response refusedValue(RefusedJsonValue e, UriInfo uri) {
        String field = fieldOf(e);
        String rule = e.getOriginalMessage();
        return problem(field.isEmpty() ? rule : field + " " + rule, List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, rule)), uri);
    }

    @ServerExceptionMapper
    public Response tooLarge(StreamConstraintsException e, UriInfo uri) {
        return problem("The body breaks a limit on JSON input (numbers up to " + JsonInputRules.MAX_NUMBER_LENGTH
                + " characters, nesting up to " + JsonInputRules.MAX_NESTING_DEPTH + " levels)", List.of(), uri);
    }

    /** The request line's target as sent (path and query, still percent-encoded): no URI is built for every request to look. */
    @ServerRequestFilter(preMatching = true)
    public void refuseNulInAddress(HttpServerRequest request) {
        if (request.uri().contains("%00")) {
            throw ApiProblem.badRequest("The address must not contain a NUL character (%00)",
                    List.of(new Problem.FieldError("uri", "must not contain a NUL character")));
        }
    }

    private static Response problem(String detail, List<Problem.FieldError> errors, UriInfo uri) {
        Problem body = new Problem(uk.send.platform.rest.ProblemMappers.TYPE_BASE + "validation", "Request is not valid", 400, detail,
                uri == null ? null : uri.getPath(), errors);
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
