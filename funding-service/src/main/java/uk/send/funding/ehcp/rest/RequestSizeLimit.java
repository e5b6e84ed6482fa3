package uk.send.funding.ehcp.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.send.platform.rest.Problem;
import uk.send.platform.rest.ProblemMappers;

import java.util.List;

/**
 * funding-service raises the HTTP body limit ({@code quarkus.http.limits.max-body-size}) for one endpoint only:
 * the EHCP batch upload, which streams and caps itself. Every other request declaring a body over 1 MB is refused
 * here with 413 before it is read, so the raised limit does not let a JSON POST fill the heap.
 */
public class RequestSizeLimit {

    static final long MAX_JSON_BYTES = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response limit(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null || request.path().startsWith("/api/v1/ehcp-decisions/batches")) {
            return null;
        }
        try {
            if (Long.parseLong(length.trim()) <= MAX_JSON_BYTES) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return Response.status(413).type(Problem.MEDIA_TYPE).entity(new Problem(ProblemMappers.TYPE_BASE + "payload-too-large", "Request too large",
                413, "A request body may be at most 1 MB (batch uploads excepted)", request.path(), List.of())).build();
    }
}
