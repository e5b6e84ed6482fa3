package uk.send.placement.placement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import uk.send.placement.placement.repository.PlacementRepository;
import uk.send.placement.placement.service.PlacementService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Responses;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/placements")
@Tag(name = "Placements", description = "Children's placements at providers: from EHCP decisions naming a setting, or entered by an officer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PlacementResource {

    static final String EXAMPLE_REQUEST = """
            {"providerId": "3f1c2d9e-8b7a-4c6d-9e0f-1a2b3c4d5e6f", "ehcpRef": "EHCP-2026-0042", "needType": "SEMH", "ncy": 8,
             "startDate": "2026-09-01", "annualCost": 61250.00}""";
    static final String EXAMPLE_RESPONSE = """
            {"id": "8d0b7a52-3c55-4c1e-b0f1-6a3f4b8e2d11", "ehcpRef": "EHCP-2026-0042", "providerId": "3f1c2d9e-8b7a-4c6d-9e0f-1a2b3c4d5e6f",
             "providerName": "Hillside Independent School", "urn": "145678", "settingGroup": "INDEPENDENT", "needType": "SEMH", "ncy": 8,
             "startDate": "2026-09-01", "annualCost": 61250.00, "outOfArea": true, "source": "OFFICER", "version": 0}""";

    private final PlacementService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public PlacementResource(PlacementService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    /** A school user sees only its own setting's placements. */
    private String schoolUrn() {
        if (user.hasRole(Roles.SCHOOL) && !user.hasRole(Roles.COMMISSIONER) && !user.hasRole(Roles.ADMIN)) {
            return user.settingUrn().orElseThrow(() -> ApiProblem.forbidden("A school token must name its setting (claim 'urn')"));
        }
        return null;
    }

    @POST
    @RolesAllowed({Roles.COMMISSIONER, Roles.SEN_OFFICER, Roles.ADMIN})
    @Operation(operationId = "createPlacement", summary = "Record a placement an officer knows of; its start (and end) is published")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "independent placement", value = EXAMPLE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = PlacementView.class), examples = @ExampleObject(name = "created", value = EXAMPLE_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = "Makes a retried POST safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull PlacementRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        return idempotency.execute(tenant, idempotencyKey, "POST /api/v1/placements", request, () -> {
            PlacementView created = PlacementView.of(service.create(tenant, request.toDetails()));
            return Responses.created(uri, created.id(), created.version(), created);
        });
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.SEN_OFFICER, Roles.FINANCE, Roles.PROGRAMME_LEAD, Roles.ADMIN, Roles.SCHOOL})
    @Operation(operationId = "listPlacements", summary = "List placements, newest start first; a school sees only its own")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlacementView.PlacementPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + EXAMPLE_RESPONSE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<PlacementView> list(@QueryParam("providerId") UUID providerId,
                                    @QueryParam("ehcpRef") @Size(max = 64) String ehcpRef,
                                    @Parameter(description = "Only placements running on this day") @QueryParam("activeOn") LocalDate activeOn,
                                    @Valid @BeanParam PageParams page) {
        return Paging.page(service.list(user.tenant(), new PlacementRepository.Filter(providerId, null, ehcpRef, activeOn), schoolUrn(), Paging.request(page)),
                page, PlacementView::of);
    }

    @GET
    @Path("/{placementId}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.SEN_OFFICER, Roles.FINANCE, Roles.PROGRAMME_LEAD, Roles.ADMIN, Roles.SCHOOL})
    @Operation(operationId = "getPlacement", summary = "Read a placement; its ETag is what an update sends in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlacementView.class), examples = @ExampleObject(name = "placement", value = EXAMPLE_RESPONSE)))
    @APIResponse(responseCode = "404", description = "No such placement in your LA (or your setting)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("placementId") UUID id) {
        PlacementView view = service.find(user.tenant(), id, schoolUrn()).map(PlacementView::of).orElseThrow(() -> ApiProblem.notFound("Placement", id));
        return Responses.tagged(view, view.version());
    }

    @PUT
    @Path("/{placementId}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.SEN_OFFICER, Roles.ADMIN})
    @Operation(operationId = "updatePlacement", summary = "Change a placement (end it, record its cost); a placement from decisions keeps its provider and start")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "ended", value = EXAMPLE_REQUEST)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlacementView.class), examples = @ExampleObject(name = "placement", value = EXAMPLE_RESPONSE)))
    @APIResponse(responseCode = "404", description = "No such placement in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("placementId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PlacementRequest request) {
        PlacementView view = service.update(user.tenant(), id, Paging.ifMatch(ifMatch), request.toDetails()).map(PlacementView::of)
                .orElseThrow(() -> ApiProblem.notFound("Placement", id));
        return Responses.tagged(view, view.version());
    }
}
