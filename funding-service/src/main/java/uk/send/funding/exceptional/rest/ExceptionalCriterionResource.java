package uk.send.funding.exceptional.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.funding.exceptional.rest.ExceptionalViews.CriterionPage;
import uk.send.funding.exceptional.rest.ExceptionalViews.CriterionRequest;
import uk.send.funding.exceptional.rest.ExceptionalViews.CriterionUpdate;
import uk.send.funding.exceptional.rest.ExceptionalViews.CriterionView;
import uk.send.funding.exceptional.service.CriterionService;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/exceptional-criteria")
@Tag(name = "Exceptional top-ups")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ExceptionalCriterionResource {

    static final String REQUEST_EXAMPLE = "{\"code\": \"TRAUMA\", \"description\": \"Recent trauma or bereavement with a sudden, severe effect on learning\"}";
    static final String VIEW_EXAMPLE = """
            {"id": "4a2b6c8d-1e3f-4a5b-9c7d-8e0f1a2b3c4d", "code": "TRAUMA", "description": "Recent trauma or bereavement with a sudden, severe effect on learning",
             "active": true, "createdAt": "2026-01-15T09:00:00Z", "version": 0}""";

    private final CriterionService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public ExceptionalCriterionResource(CriterionService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "createExceptionalCriterion", summary = "Add a criterion to the LA's list of reasons for an exceptional top-up")
    @RequestBody(content = @Content(schema = @Schema(implementation = CriterionRequest.class), examples = @ExampleObject(name = "criterion", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added; Location and ETag set", content = @Content(schema = @Schema(implementation = CriterionView.class),
            examples = @ExampleObject(name = "criterion", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code exists", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = "Makes a retried POST safe") @HeaderParam(IdempotencyService.HEADER) String key,
                           @Valid @NotNull CriterionRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        return idempotency.execute(tenant, key, "POST /api/v1/exceptional-criteria", request, () -> {
            CriterionView view = CriterionView.of(service.create(tenant, request.code(), request.description().trim()));
            return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(view.version())).entity(view).build();
        });
    }

    @GET
    @RolesAllowed({Roles.SCHOOL, Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.COMMISSIONER})
    @Operation(operationId = "listExceptionalCriteria", summary = "The LA's criteria by code (a school reads them to apply)")
    @APIResponse(responseCode = "200", description = "A page of criteria", content = @Content(schema = @Schema(implementation = CriterionPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<CriterionView> list(@Parameter(description = "Only current (true) or withdrawn (false) ones") @QueryParam("active") Boolean active,
                                    @Valid @BeanParam PageParams page) {
        return Paging.page(service.list(user.tenant(), active, Paging.request(page)), page, CriterionView::of);
    }

    @GET
    @Path("/{criterionId}")
    @RolesAllowed({Roles.SCHOOL, Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.COMMISSIONER})
    @Operation(operationId = "getExceptionalCriterion", summary = "A criterion; the ETag is what an update sends in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CriterionView.class), examples = @ExampleObject(name = "criterion", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such criterion in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("criterionId") UUID id) {
        CriterionView view = CriterionView.of(service.find(user.tenant(), id));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{criterionId}")
    @RolesAllowed({Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "updateExceptionalCriterion", summary = "Change a criterion's description or withdraw it (past applications keep it)")
    @RequestBody(content = @Content(schema = @Schema(implementation = CriterionUpdate.class),
            examples = @ExampleObject(name = "withdraw", value = "{\"description\": \"Recent trauma or bereavement\", \"active\": false}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CriterionView.class), examples = @ExampleObject(name = "criterion", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such criterion in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("criterionId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CriterionUpdate request) {
        CriterionView view = CriterionView.of(service.update(user.tenant(), id, Paging.ifMatch(ifMatch), request.description().trim(), request.active()));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }
}
