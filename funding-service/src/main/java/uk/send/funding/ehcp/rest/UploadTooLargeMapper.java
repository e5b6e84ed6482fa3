package uk.send.funding.ehcp.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.send.funding.ehcp.domain.UploadTooLarge;
import uk.send.platform.rest.Problem;
import uk.send.platform.rest.ProblemMappers;

import java.util.List;

/** An upload past the intake's limits as problem+json: 413 {@code upload-too-large}. */
public class UploadTooLargeMapper {

    @ServerExceptionMapper
    public Response tooLarge(UploadTooLarge e, UriInfo uri) {
        Problem body = new Problem(ProblemMappers.TYPE_BASE + "upload-too-large", "Upload too large", 413, e.getMessage(),
                uri == null ? null : uri.getPath(), List.of());
        return Response.status(413).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
