package uk.send.funding.banding.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import uk.send.funding.exports.service.ExportService;
import uk.send.platform.export.Downloads;
import uk.send.platform.export.TableWriter;
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
import uk.send.platform.rest.Paging;
import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.NeedsMatrix;
import uk.send.funding.banding.domain.NewScheme;
import uk.send.funding.banding.domain.SchemeDetails;
import uk.send.funding.banding.domain.SchemeStatus;
import uk.send.funding.banding.domain.Uplift;
import uk.send.funding.banding.service.BandingSchemeService;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.rest.FundingParams;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/banding-schemes")
@Tag(name = "Banding schemes", description = "Bands and their annual top-up values per financial year and setting category; drafts, forum approval, versions and uplifts")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BandingSchemeResource {

    static final String SCHEME_EXAMPLE = """
            {"financialYear": "2025-26", "category": "MAINSTREAM", "effectiveFrom": "2025-04-01",
             "bands": [{"code": "B1", "description": "Low", "annualValue": 1600.00}, {"code": "B2", "description": "Moderate", "annualValue": 3100.00},
                       {"code": "B3", "description": "High", "annualValue": 4500.00}],
             "matrix": {"version": 1, "areas": [{"code": "CI", "weight": 2}, {"code": "SEMH", "weight": 3}],
                        "thresholds": [{"minScore": 0, "bandCode": "B1"}, {"minScore": 8, "bandCode": "B2"}, {"minScore": 16, "bandCode": "B3"}]}}""";
    static final String PER_PLACE_EXAMPLE = """
            {"financialYear": "2025-26", "category": "SPECIAL", "effectiveFrom": "2025-04-01", "pricing": "PER_PLACE", "placeValue": 10000.00,
             "bands": [{"code": "P1", "description": "Cognition and learning place", "annualValue": 19500.00},
                       {"code": "P2", "description": "Complex needs place", "annualValue": 26000.00}]}""";
    static final String PER_PLACE_VIEW_EXAMPLE = """
            {"id": "5d0c2a9e-7f3b-4e61-8c1d-2b9e6a4f1c33", "financialYear": "2025-26", "category": "SPECIAL", "version": 1,
             "effectiveFrom": "2025-04-01", "status": "DRAFT", "pricing": "PER_PLACE", "placeValue": 10000.00,
             "bands": [{"code": "P1", "description": "Cognition and learning place", "annualValue": 19500.00, "topUp": 9500.00},
                       {"code": "P2", "description": "Complex needs place", "annualValue": 26000.00, "topUp": 16000.00}],
             "createdAt": "2025-02-01T09:00:00Z", "updatedAt": "2025-02-01T09:00:00Z", "rowVersion": 0}""";
    static final String VIEW_EXAMPLE = """
            {"id": "0b6f6c1e-3d2a-4c55-9a55-2f1f2f5f8a10", "financialYear": "2025-26", "category": "MAINSTREAM", "version": 1,
             "effectiveFrom": "2025-04-01", "status": "APPROVED", "pricing": "BANDED",
             "bands": [{"code": "B1", "description": "Low", "annualValue": 1600.00, "topUp": 1600.00}],
             "approvedBy": "finance@la.gov.uk", "approvedAt": "2025-03-12T10:00:00Z", "forumMinute": "SF-2025-03 item 4",
             "createdAt": "2025-02-01T09:00:00Z", "updatedAt": "2025-03-12T10:00:00Z", "rowVersion": 1}""";

    private final BandingSchemeService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;
    private final ExportService exports;

    public BandingSchemeResource(BandingSchemeService service, IdempotencyService idempotency, CurrentUser user, ExportService exports) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
        this.exports = exports;
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "createBandingScheme", summary = "Create a draft banding scheme (the next version of its year and category)")
    @RequestBody(content = @Content(schema = @Schema(implementation = SchemeRequest.class), examples = {
            @ExampleObject(name = "mainstream", value = SCHEME_EXAMPLE),
            @ExampleObject(name = "special per place", description = "Each band the whole price of a place: £10,000 place funding plus the top-up",
                    value = PER_PLACE_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Draft created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = SchemeView.class), examples = {
                    @ExampleObject(name = "scheme", value = VIEW_EXAMPLE),
                    @ExampleObject(name = "special per place", value = PER_PLACE_VIEW_EXAMPLE)}))
    @APIResponse(responseCode = "400", description = "Invalid scheme (field errors)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = "Makes a retried POST safe") @HeaderParam(IdempotencyService.HEADER) String key,
                           @Valid @NotNull SchemeRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        NewScheme draft = toDomain(request);
        return idempotency.execute(tenant, key, "POST /api/v1/banding-schemes", request, () -> {
            SchemeView created = SchemeView.of(service.createDraft(tenant, draft));
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(created.rowVersion())).entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER, Roles.SCHOOL})
    @Operation(operationId = "listBandingSchemes", summary = "List the LA's banding schemes, newest year first, filtered by year, category and status")
    @APIResponse(responseCode = "200", description = "A page of schemes",
            content = @Content(schema = @Schema(implementation = SchemeView.SchemePage.class), examples = @ExampleObject(name = "page",
                    value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<SchemeView> list(@Parameter(example = "2025-26") @QueryParam("financialYear") String financialYear,
                                 @QueryParam("category") FundingCategory category, @QueryParam("status") SchemeStatus status,
                                 @Valid @BeanParam PageParams page) {
        FinancialYear year = financialYear == null ? null : FundingParams.financialYear("financialYear", financialYear);
        return Paging.page(service.list(user.tenant(), year, category, status, Paging.request(page)), page, SchemeView::of);
    }

    @GET
    @Path("/{schemeId}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER, Roles.SCHOOL})
    @Operation(operationId = "getBandingScheme", summary = "Read a scheme version; its ETag is what an edit or approval sends in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SchemeView.class), examples = @ExampleObject(name = "scheme", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such scheme in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("schemeId") UUID id) {
        return ok(service.find(user.tenant(), id).orElseThrow(() -> ApiProblem.notFound("Banding scheme", id)));
    }

    @PUT
    @Path("/{schemeId}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "updateBandingScheme", summary = "Replace a draft's bands, matrix and effective date (an approved scheme is never edited: 409)")
    @RequestBody(content = @Content(schema = @Schema(implementation = SchemeRequest.class), examples = @ExampleObject(name = "mainstream", value = SCHEME_EXAMPLE)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SchemeView.class), examples = @ExampleObject(name = "scheme", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The scheme is approved", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("schemeId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SchemeRequest request) {
        return ok(service.updateDraft(user.tenant(), id, Paging.ifMatch(ifMatch), toDomain(request)).orElseThrow(() -> ApiProblem.notFound("Banding scheme", id)));
    }

    @POST
    @Path("/{schemeId}/approval")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "approveBandingScheme", summary = "Record the schools forum's approval of a draft: it takes effect from its date and reprices the year's schedule")
    @RequestBody(content = @Content(schema = @Schema(implementation = SchemeCommands.ApprovalRequest.class),
            examples = @ExampleObject(name = "approval", value = "{\"forumMinute\": \"SF-2025-03 item 4\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SchemeView.class), examples = @ExampleObject(name = "scheme", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Already approved", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not later than the approved version in force", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approve(@PathParam("schemeId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull SchemeCommands.ApprovalRequest request) {
        return ok(service.approve(user.tenant(), id, Paging.ifMatch(ifMatch), user.userId(), request.forumMinute())
                .orElseThrow(() -> ApiProblem.notFound("Banding scheme", id)));
    }

    @POST
    @Path("/{schemeId}/uplift")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "upliftBandingScheme", summary = "Derive next year's draft scheme: every band plus a percentage or a flat sum, rounded by the stated rule")
    @RequestBody(content = @Content(schema = @Schema(implementation = SchemeCommands.UpliftRequest.class),
            examples = @ExampleObject(name = "three percent", value = "{\"percentage\": 3.0, \"rounding\": \"NEAREST_PENNY\"}")))
    @APIResponse(responseCode = "201", description = "The next year's draft", content = @Content(schema = @Schema(implementation = SchemeView.class),
            examples = @ExampleObject(name = "scheme", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Neither or both of percentage and flatAmount", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response uplift(@PathParam("schemeId") UUID id, @HeaderParam(IdempotencyService.HEADER) String key,
                           @Valid @NotNull SchemeCommands.UpliftRequest request, @Context UriInfo uri) {
        if ((request.percentage() == null) == (request.flatAmount() == null)) {
            throw ApiProblem.badRequest("percentage", "give either a percentage or a flatAmount");
        }
        String tenant = user.tenant();
        Uplift uplift = new Uplift(request.percentage(), request.flatAmount(), request.rounding());
        return idempotency.execute(tenant, key, "POST /api/v1/banding-schemes/" + id + "/uplift", request, () -> {
            SchemeView created = SchemeView.of(service.uplift(tenant, id, uplift).orElseThrow(() -> ApiProblem.notFound("Banding scheme", id)));
            return Response.created(uri.getBaseUriBuilder().path("api/v1/banding-schemes").path(created.id().toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(created.rowVersion())).entity(created).build();
        });
    }

    private static Response ok(SchemeDetails d) {
        SchemeView view = SchemeView.of(d);
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.rowVersion())).build();
    }

    static NewScheme toDomain(SchemeRequest r) {
        FinancialYear year = FundingParams.financialYear("financialYear", r.financialYear());
        NeedsMatrix matrix = r.matrix() == null ? null : new NeedsMatrix(r.matrix().version(),
                r.matrix().areas().stream().map(a -> new NeedsMatrix.Area(a.code(), a.weight())).toList(),
                r.matrix().thresholds().stream().map(t -> new NeedsMatrix.Threshold(t.minScore(), t.bandCode())).toList());
        return new NewScheme(year, r.category(), r.effectiveFrom(),
                r.bands().stream().map(b -> new Band(b.code(), b.description(), b.annualValue())).toList(), matrix, r.pricing(), r.placeValue());
    }

    @GET
    @Path("/{schemeId}/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER, Roles.SCHOOL})
    @Operation(operationId = "exportBandingScheme", summary = "A scheme's bands as CSV or XLSX")
    @APIResponse(responseCode = "200", description = "The bands", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = "financial_year,category,version,effective_from,status,band_code,description,annual_value\r\n"
                    + "2025-26,MAINSTREAM,1,2025-04-01,APPROVED,B1,Low,1600.00\r\n")))
    @APIResponse(responseCode = "404", description = "No such scheme in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response bands(@PathParam("schemeId") UUID id, @Parameter(description = "csv or xlsx") @QueryParam("format") @DefaultValue("csv") String format) {
        TableWriter.Format f = Downloads.format(format);
        var scheme = service.find(user.tenant(), id).orElseThrow(() -> ApiProblem.notFound("Banding scheme", id));
        StreamingOutput body = out -> exports.bands(scheme, f, out);
        return Downloads.file(body, f, user.tenant() + "-bands-" + scheme.scheme().year().label() + "-" + scheme.scheme().category() + "-v" + scheme.scheme().version());
    }
}
