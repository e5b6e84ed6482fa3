package uk.send.funding.clusters.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.funding.clusters.domain.NewCluster;
import uk.send.funding.clusters.rest.ClusterViews.ClusterPage;
import uk.send.funding.clusters.rest.ClusterViews.ClusterRequest;
import uk.send.funding.clusters.rest.ClusterViews.ClusterView;
import uk.send.funding.clusters.service.ClusterService;
import uk.send.funding.money.rest.FundingParams;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/clusters")
@Tag(name = "Cluster delegation", description = "School clusters with a host school, the formula factors per school and year, formulas that delegate the SEN budget to clusters")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ClusterResource {

    static final String REQUEST_EXAMPLE = """
            {"financialYear": "2026-27", "name": "North Norfolk", "hostUrn": "121001", "memberUrns": ["121002", "121003"]}""";
    static final String VIEW_EXAMPLE = """
            {"id": "7b0e3c1a-5d2f-4e8b-9a61-2c4d6e8f0a12", "financialYear": "2026-27", "name": "North Norfolk", "hostUrn": "121001",
             "memberUrns": ["121001", "121002", "121003"], "createdBy": "finance@la.gov.uk", "createdAt": "2026-02-01T09:00:00Z", "version": 0}""";

    private final ClusterService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public ClusterResource(ClusterService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "createCluster", summary = "Create a cluster of settings for a financial year with its host school (a setting is in at most one cluster a year)")
    @RequestBody(content = @Content(schema = @Schema(implementation = ClusterRequest.class), examples = @ExampleObject(name = "cluster", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = ClusterView.class),
            examples = @ExampleObject(name = "cluster", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a URN not in your LA's register", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A school is already in a cluster that year, or the name is taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = "Makes a retried POST safe") @HeaderParam(IdempotencyService.HEADER) String key,
                           @Valid @NotNull ClusterRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        NewCluster cluster = new NewCluster(FundingParams.financialYear("financialYear", request.financialYear()), request.name().trim(),
                request.hostUrn(), request.memberUrns());
        return idempotency.execute(tenant, key, "POST /api/v1/clusters", request, () -> {
            ClusterView view = ClusterView.of(service.create(tenant, user.userId(), cluster));
            return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(view.version())).entity(view).build();
        });
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER})
    @Operation(operationId = "listClusters", summary = "The LA's clusters for a financial year, by name")
    @APIResponse(responseCode = "200", description = "A page of clusters", content = @Content(schema = @Schema(implementation = ClusterPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Missing or malformed financial year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ClusterView> list(@Parameter(description = "e.g. 2026-27", required = true) @QueryParam("financialYear") String financialYear,
                                  @Valid @BeanParam PageParams page) {
        var year = FundingParams.financialYear("financialYear", financialYear);
        return Paging.page(service.list(user.tenant(), year, Paging.request(page)), page, ClusterView::of);
    }

    @GET
    @Path("/{clusterId}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER})
    @Operation(operationId = "getCluster", summary = "A cluster with its host and members")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClusterView.class), examples = @ExampleObject(name = "cluster", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such cluster in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("clusterId") UUID id) {
        ClusterView view = ClusterView.of(service.find(user.tenant(), id));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }
}
