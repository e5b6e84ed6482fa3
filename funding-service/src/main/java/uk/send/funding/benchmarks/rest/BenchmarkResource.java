package uk.send.funding.benchmarks.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.benchmarks.domain.Aggregates;
import uk.send.funding.benchmarks.domain.BenchmarkMeasure;
import uk.send.funding.benchmarks.rest.BenchmarkRequests.PublishedFigureRequest;
import uk.send.funding.benchmarks.rest.BenchmarkRequests.SharingRequest;
import uk.send.funding.benchmarks.rest.BenchmarkViews.FigureView;
import uk.send.funding.benchmarks.rest.BenchmarkViews.OwnFiguresView;
import uk.send.funding.benchmarks.rest.BenchmarkViews.PublishedPage;
import uk.send.funding.benchmarks.rest.BenchmarkViews.PublishedView;
import uk.send.funding.benchmarks.rest.BenchmarkViews.SharingView;
import uk.send.funding.benchmarks.rest.BenchmarkViews.StandingView;
import uk.send.funding.benchmarks.service.BenchmarkService;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.rest.FundingParams;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/benchmarks")
@Tag(name = "Neighbour benchmarks", description = "Band values and average top-up per EHCP by setting type against neighbouring LAs: aggregates shared by LAs "
        + "that opt in on this deployment (never a child-level row) and figures entered from published tables; rank and percentile")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BenchmarkResource {

    static final String SHARING_EXAMPLE = """
            {"laCode": "E10000014", "laName": "Exampleshire", "optedIn": true, "figuresShared": 7, "changedBy": "finance@la.gov.uk",
             "changedAt": "2026-01-10T09:00:00Z", "rowVersion": 1}""";
    static final String PUBLISHED_REQUEST = """
            {"laCode": "E10000015", "laName": "Neighbourshire", "financialYear": "2025-26", "category": "MAINSTREAM",
             "measure": "AVERAGE_TOP_UP_PER_EHCP", "value": 7450.00, "source": "DfE high needs benchmarking tool 2025, table 3"}""";
    static final String PUBLISHED_EXAMPLE = """
            {"id": "0b8c3f2e-6a1d-4c55-9e0a-2f4d5b6c7d8e", "laCode": "E10000015", "laName": "Neighbourshire", "financialYear": "2025-26",
             "category": "MAINSTREAM", "measure": "AVERAGE_TOP_UP_PER_EHCP", "value": 7450.00,
             "source": "DfE high needs benchmarking tool 2025, table 3", "enteredBy": "finance@la.gov.uk", "enteredAt": "2026-01-10T09:00:00Z"}""";
    static final String STANDING_EXAMPLE = """
            {"financialYear": "2025-26", "category": "MAINSTREAM", "measure": "AVERAGE_TOP_UP_PER_EHCP", "own": 6800.00, "rank": 2, "of": 3,
             "percentile": 50.0, "neighbours": [
              {"laCode": "E10000015", "laName": "Neighbourshire", "value": 7450.00, "shared": false, "source": "DfE high needs benchmarking tool 2025, table 3", "asOf": "2026-01-10T09:00:00Z"},
              {"laCode": "E10000016", "laName": "Otherborough", "value": 5100.00, "shared": true, "source": "shared on this deployment", "asOf": "2026-01-09T17:00:00Z"}]}""";

    private final BenchmarkService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public BenchmarkResource(BenchmarkService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @GET
    @Path("/sharing")
    @Operation(operationId = "getBenchmarkSharing", summary = "Whether your LA shares its benchmark aggregates on this deployment, and how many figures")
    @APIResponse(responseCode = "200", description = "The LA's choice; ETag set (version 0 if it never chose)",
            content = @Content(schema = @Schema(implementation = SharingView.class), examples = @ExampleObject(name = "sharing", value = SHARING_EXAMPLE)))
    public Response sharing() {
        SharingView view = SharingView.of(service.sharing(user.tenant()));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.rowVersion())).build();
    }

    @PUT
    @Path("/sharing")
    @Operation(operationId = "setBenchmarkSharing", summary = "Opt in (share a year's aggregates with the other LAs on this deployment) or out (withdraw them all)")
    @RequestBody(content = @Content(schema = @Schema(implementation = SharingRequest.class), examples = @ExampleObject(name = "opt in",
            value = "{\"optedIn\": true, \"laName\": \"Exampleshire\", \"financialYear\": \"2025-26\"}")))
    @APIResponse(responseCode = "200", description = "The new choice; ETag set",
            content = @Content(schema = @Schema(implementation = SharingView.class), examples = @ExampleObject(name = "sharing", value = SHARING_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid choice (field errors)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response share(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SharingRequest request) {
        FinancialYear year = request.financialYear() == null ? null : FundingParams.financialYear("financialYear", request.financialYear());
        SharingView view = SharingView.of(service.share(user.tenant(), user.userId(), request.optedIn(), request.laName(), year,
                Paging.ifMatch(ifMatch)));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.rowVersion())).build();
    }

    @GET
    @Path("/own")
    @Operation(operationId = "getOwnBenchmarkFigures", summary = "Your LA's own figures for a year, per setting type: what it shares if it opts in")
    @APIResponse(responseCode = "200", description = "The figures; an average over too few EHCPs or settings is left out",
            content = @Content(schema = @Schema(implementation = OwnFiguresView.class), examples = @ExampleObject(name = "own", value = """
                    {"financialYear": "2025-26", "minEhcps": 5, "minSettings": 5, "figures": [
                     {"category": "MAINSTREAM", "measure": "AVERAGE_TOP_UP_PER_EHCP", "value": 6800.00},
                     {"category": "MAINSTREAM", "measure": "LOWEST_BAND_VALUE", "value": 1600.00}]}""")))
    @APIResponse(responseCode = "400", description = "Invalid year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OwnFiguresView own(@Parameter(example = "2025-26") @QueryParam("financialYear") String financialYear) {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        return new OwnFiguresView(year.label(), Aggregates.MIN_EHCPS, Aggregates.MIN_SETTINGS,
                service.own(user.tenant(), year).stream().map(FigureView::of).toList());
    }

    @GET
    @Path("/standing")
    @Operation(operationId = "getBenchmarkStanding", summary = "Where your LA sits for one measure and setting type among opted-in and entered neighbours (rank, percentile)")
    @APIResponse(responseCode = "200", description = "Your figure, rank (1 = highest), percentile and the neighbours' figures, highest first",
            content = @Content(schema = @Schema(implementation = StandingView.class), examples = @ExampleObject(name = "standing", value = STANDING_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid year, setting type or measure", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StandingView standing(@Parameter(example = "2025-26") @QueryParam("financialYear") String financialYear,
                                 @Parameter(example = "MAINSTREAM") @QueryParam("category") FundingCategory category,
                                 @Parameter(example = "AVERAGE_TOP_UP_PER_EHCP") @QueryParam("measure") BenchmarkMeasure measure) {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        if (category == null) {
            throw ApiProblem.badRequest("category", "is required, e.g. MAINSTREAM");
        }
        if (measure == null) {
            throw ApiProblem.badRequest("measure", "is required, e.g. AVERAGE_TOP_UP_PER_EHCP");
        }
        return StandingView.of(service.report(user.tenant(), year, category, measure));
    }

    @POST
    @Path("/published")
    @Operation(operationId = "enterPublishedBenchmark", summary = "Enter a neighbour's figure from a published table (seen by your LA only)")
    @RequestBody(content = @Content(schema = @Schema(implementation = PublishedFigureRequest.class), examples = @ExampleObject(name = "figure", value = PUBLISHED_REQUEST)))
    @APIResponse(responseCode = "201", description = "Entered; Location set",
            content = @Content(schema = @Schema(implementation = PublishedView.class), examples = @ExampleObject(name = "entered", value = PUBLISHED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid figure (field errors)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A figure for that LA, year, setting type and measure is already entered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response enter(@Parameter(description = "Makes a retried POST safe") @HeaderParam(IdempotencyService.HEADER) String key,
                          @Valid @NotNull PublishedFigureRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        var figure = request.toDomain();
        return idempotency.execute(tenant, key, "POST /api/v1/benchmarks/published", request, () -> {
            PublishedView view = PublishedView.of(service.enter(tenant, user.userId(), figure));
            return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
        });
    }

    @GET
    @Path("/published")
    @Operation(operationId = "listPublishedBenchmarks", summary = "The neighbours' figures your LA entered from published tables, newest first")
    @APIResponse(responseCode = "200", description = "A page of figures", content = @Content(schema = @Schema(implementation = PublishedPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + PUBLISHED_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<PublishedView> published(@Valid @BeanParam PageParams page) {
        return Paging.page(service.published(user.tenant(), Paging.request(page)), page, PublishedView::of);
    }

    @DELETE
    @Path("/published/{figureId}")
    @Operation(operationId = "deletePublishedBenchmark", summary = "Delete a figure your LA entered")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such figure in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("figureId") UUID id) {
        service.delete(user.tenant(), id);
    }
}
