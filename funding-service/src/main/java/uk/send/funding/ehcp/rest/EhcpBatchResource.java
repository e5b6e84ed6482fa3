package uk.send.funding.ehcp.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.funding.ehcp.domain.Batch;
import uk.send.funding.ehcp.domain.BatchFormat;
import uk.send.funding.ehcp.domain.LineOutcome;
import uk.send.funding.ehcp.service.EhcpBatchService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/ehcp-decisions/batches")
@Tag(name = "EHCP decisions")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EhcpBatchResource {

    public static final String NDJSON = "application/x-ndjson";
    /** JSON Lines under the names clients use for it; read exactly as NDJSON. */
    static final String JSONL = "application/jsonl";
    static final String JSON_LINES = "application/json-lines";
    static final String X_JSONLINES = "application/x-jsonlines";
    static final List<String> ACCEPTED = List.of(NDJSON, JSONL, JSON_LINES, X_JSONLINES, EhcpDecisionResource.CSV);

    private final EhcpBatchService batches;
    private final CurrentUser user;

    public EhcpBatchResource(EhcpBatchService batches, CurrentUser user) {
        this.batches = batches;
        this.user = user;
    }

    @POST
    @Consumes({NDJSON, JSONL, JSON_LINES, X_JSONLINES, EhcpDecisionResource.CSV})
    @RolesAllowed({Roles.CASE_MANAGEMENT, Roles.SEN_OFFICER})
    @Operation(operationId = "uploadEhcpDecisionBatch", summary = "Upload an LA's decision history: NDJSON (one decision a line) or CSV (a header naming the JSON "
            + "properties, lists separated by ';', '|' or ','). The upload is stored as it streams in and answered with 202 and the batch; its lines are then "
            + "judged in order, each as a POST would be: accepted, duplicate (same sourceId, same content) or refused with reasons. A bad line never stops the rest.",
            description = IntakeDocs.BATCH + "\n\nEach line: " + IntakeDocs.READING + "\n\n" + IntakeDocs.KIND_FIELDS)
    @RequestBody(required = true, content = {
            @Content(mediaType = NDJSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "ndjson", value = Examples.NDJSON)),
            @Content(mediaType = EhcpDecisionResource.CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = Examples.CSV))})
    @APIResponse(responseCode = "202", description = "Stored; Location names the batch, whose status and line report follow its processing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EhcpBatchView.class), examples = @ExampleObject(name = "batch", value = Examples.BATCH)))
    @APIResponse(responseCode = "400", description = "A CSV header naming unknown columns or missing required ones, or unreadable CSV; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Over the size or line limit; nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "No Content-Type or another one: the problem names what is accepted; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body, @Context UriInfo uri) {
        if (contentType == null || contentType.isBlank()) {
            throw IntakeProblems.unsupportedMediaType(contentType, ACCEPTED);
        }
        BatchFormat format = contentType.toLowerCase(Locale.ROOT).startsWith(EhcpDecisionResource.CSV) ? BatchFormat.CSV : BatchFormat.NDJSON;
        Batch batch = batches.receive(user.tenant(), user.userId(), format, body);
        URI location = uri.getAbsolutePathBuilder().path(batch.id().toString()).build();
        return Response.accepted(EhcpBatchView.of(batch)).location(location).build();
    }

    /** Any other body (or none named): refused with 415 naming what is accepted, rather than the framework's bare 415. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CASE_MANAGEMENT, Roles.SEN_OFFICER})
    @Operation(hidden = true)
    public Response uploadUnsupported(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        throw IntakeProblems.unsupportedMediaType(contentType, ACCEPTED);
    }

    @GET
    @Path("/{batchId}")
    @RolesAllowed({Roles.CASE_MANAGEMENT, Roles.SEN_OFFICER, Roles.ADMIN})
    @Operation(operationId = "getEhcpDecisionBatch", summary = "A batch's status and counts: lines stored, judged, accepted, duplicate, refused")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EhcpBatchView.class),
            examples = @ExampleObject(name = "batch", value = Examples.BATCH)))
    @APIResponse(responseCode = "404", description = "No such batch in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EhcpBatchView get(@PathParam("batchId") UUID id) {
        return batches.find(user.tenant(), id).map(EhcpBatchView::of).orElseThrow(() -> ApiProblem.notFound("Batch", id));
    }

    @GET
    @Path("/{batchId}/lines")
    @RolesAllowed({Roles.CASE_MANAGEMENT, Roles.SEN_OFFICER, Roles.ADMIN})
    @Operation(operationId = "listEhcpDecisionBatchLines", summary = "A batch's per-line report in line order, e.g. ?outcome=REFUSED for what to fix and send again")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EhcpBatchLinePage.class),
            examples = @ExampleObject(name = "refused lines", value = Examples.LINES)))
    @APIResponse(responseCode = "400", description = "Bad outcome or paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such batch in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EhcpBatchLinePage lines(@PathParam("batchId") UUID id, @QueryParam("outcome") LineOutcome outcome, @Valid @BeanParam PageParams page) {
        EhcpBatchService.LinesPage found = batches.lines(user.tenant(), id, outcome, page.page, page.size)
                .orElseThrow(() -> ApiProblem.notFound("Batch", id));
        int pages = (int) ((found.total() + page.size - 1) / page.size);
        return new EhcpBatchLinePage(found.items().stream().map(EhcpBatchLineView::of).toList(), page.page, page.size, found.total(), pages);
    }
}
