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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.funding.clusters.rest.ClusterViews.AllocationView;
import uk.send.funding.clusters.rest.ClusterViews.FormulaHeader;
import uk.send.funding.clusters.rest.ClusterViews.FormulaPage;
import uk.send.funding.clusters.rest.ClusterViews.FormulaRequest;
import uk.send.funding.clusters.rest.ClusterViews.FormulaView;
import uk.send.funding.clusters.rest.ClusterViews.SchoolPage;
import uk.send.funding.clusters.rest.ClusterViews.SchoolRow;
import uk.send.funding.clusters.service.FormulaService;
import uk.send.platform.export.TableWriter;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.rest.FundingParams;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/cluster-formulas")
@Tag(name = "Cluster delegation")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ClusterFormulaResource {

    static final String REQUEST_EXAMPLE = """
            {"financialYear": "2026-27", "name": "Pupils 60 / SEN support 30 / deprivation 10", "senBudget": 1000000.00,
             "totalSenBudget": 1200000.00, "targetPercent": 85.00, "fixedSumPerSchool": 5000.00, "contingencyPercent": 2.00,
             "weights": {"pupilsOnRoll": 60, "senSupport": 30, "deprivation": 10}}""";
    static final String ALLOCATION_EXAMPLE = """
            {"senBudget": 1000000.00, "totalSenBudget": 1200000.00, "delegated": 980000.00, "contingency": 20000.00,
             "delegationRatePercent": 81.67, "targetPercent": 85.00, "meetsTarget": false, "neededForTarget": 1020000.00, "shortfall": 40000.00,
             "schools": 3, "schoolsWithoutFactors": 0,
             "clusters": [{"clusterId": "7b0e3c1a-5d2f-4e8b-9a61-2c4d6e8f0a12", "name": "North Norfolk", "hostUrn": "121001", "schools": 3, "allocation": 980000.00}]}""";
    static final String HEADER_EXAMPLE = """
            {"id": "2f6d8a10-3c4b-4e5f-8a9b-0c1d2e3f4a5b", "financialYear": "2026-27", "name": "Pupils 60 / SEN support 30 / deprivation 10",
             "status": "DRAFT", "createdBy": "finance@la.gov.uk", "createdAt": "2026-02-01T09:00:00Z", "version": 0,
             "formula": {"senBudget": 1000000.00, "totalSenBudget": 1200000.00, "targetPercent": 85.00, "fixedSumPerSchool": 5000.00,
                         "contingencyPercent": 2.00, "weights": {"pupilsOnRoll": 60, "senSupport": 30, "deprivation": 10}}}""";
    static final String VIEW_EXAMPLE = "{\"formula\": " + HEADER_EXAMPLE + ", \"allocation\": " + ALLOCATION_EXAMPLE + "}";
    static final String ROW_EXAMPLE = """
            {"urn": "121001", "clusterId": "7b0e3c1a-5d2f-4e8b-9a61-2c4d6e8f0a12", "clusterName": "North Norfolk", "hostUrn": "121001",
             "pupilsOnRoll": 210, "senSupport": 32, "deprivation": 0.2150, "hasFactors": true, "allocation": 326666.67}""";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FormulaService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public ClusterFormulaResource(FormulaService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "createClusterFormula", summary = "Save a named delegation formula (a draft) and work it out over the year's clusters and factors")
    @RequestBody(content = @Content(schema = @Schema(implementation = FormulaRequest.class), examples = @ExampleObject(name = "formula", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Saved and worked out; Location and ETag set", content = @Content(schema = @Schema(implementation = FormulaView.class),
            examples = @ExampleObject(name = "formula", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid formula (field errors)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The fixed sums exceed the budget", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = "Makes a retried POST safe") @HeaderParam(IdempotencyService.HEADER) String key,
                           @Valid @NotNull FormulaRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        FinancialYear year = FundingParams.financialYear("financialYear", request.financialYear());
        if (request.name() == null || request.name().isBlank()) {
            throw new InvalidInput("name", "a saved formula needs a name");
        }
        return idempotency.execute(tenant, key, "POST /api/v1/cluster-formulas", request, () -> {
            FormulaView view = FormulaView.of(service.create(tenant, user.userId(), year, request.name().trim(), request.toDomain()));
            return Response.created(uri.getAbsolutePathBuilder().path(view.formula().id().toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(view.formula().version())).entity(view).build();
        });
    }

    @POST
    @Path("/what-if")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER})
    @Operation(operationId = "tryClusterFormula", summary = "What-if: work out a formula with other weights over the year's clusters without saving anything")
    @RequestBody(content = @Content(schema = @Schema(implementation = FormulaRequest.class), examples = @ExampleObject(name = "formula", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The allocation it would give", content = @Content(schema = @Schema(implementation = AllocationView.class),
            examples = @ExampleObject(name = "allocation", value = ALLOCATION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid formula (field errors)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The fixed sums exceed the budget", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AllocationView whatIf(@Valid @NotNull FormulaRequest request) {
        FinancialYear year = FundingParams.financialYear("financialYear", request.financialYear());
        return AllocationView.of(service.whatIf(user.tenant(), year, request.toDomain()));
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER})
    @Operation(operationId = "listClusterFormulas", summary = "The LA's formulas for a financial year, newest first")
    @APIResponse(responseCode = "200", description = "A page of formulas", content = @Content(schema = @Schema(implementation = FormulaPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + HEADER_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<FormulaHeader> list(@Parameter(description = "e.g. 2026-27", required = true) @QueryParam("financialYear") String financialYear,
                                    @Valid @BeanParam PageParams page) {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        return Paging.page(service.list(user.tenant(), year, Paging.request(page)), page, FormulaHeader::of);
    }

    @GET
    @Path("/{formulaId}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER})
    @Operation(operationId = "getClusterFormula", summary = "A formula with its allocation: delegated, contingency, delegation rate against the target, each cluster's total")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FormulaView.class), examples = @ExampleObject(name = "formula", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such formula in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("formulaId") UUID id) {
        FormulaView view = FormulaView.of(service.find(user.tenant(), id));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.formula().version())).build();
    }

    @GET
    @Path("/{formulaId}/allocations")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER})
    @Operation(operationId = "listClusterFormulaAllocations", summary = "Each school's allocation under the formula, by cluster then URN")
    @APIResponse(responseCode = "200", description = "A page of schools", content = @Content(schema = @Schema(implementation = SchoolPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + ROW_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "404", description = "No such formula in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SchoolRow> allocations(@PathParam("formulaId") UUID id, @Valid @BeanParam PageParams page) {
        List<SchoolRow> rows = rows(id);
        int from = Math.min(rows.size(), page.offset());
        return Page.of(rows.subList(from, Math.min(rows.size(), from + page.size)), page, rows.size());
    }

    @GET
    @Path("/{formulaId}/allocations.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER})
    @Operation(operationId = "exportClusterFormulaAllocationsCsv", summary = "Every school's allocation as CSV")
    @APIResponse(responseCode = "200", description = "CSV with a header row", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = "urn,cluster,host_urn,pupils_on_roll,sen_support,deprivation,has_factors,allocation\n121001,North Norfolk,121001,210,32,0.2150,yes,326666.67\n")))
    @APIResponse(responseCode = "404", description = "No such formula in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response csv(@PathParam("formulaId") UUID id) {
        return export(id, TableWriter.Format.CSV);
    }

    @GET
    @Path("/{formulaId}/allocations.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER})
    @Operation(operationId = "exportClusterFormulaAllocationsXlsx", summary = "Every school's allocation as an XLSX workbook")
    @APIResponse(responseCode = "200", description = "An XLSX workbook, sheet Allocations", content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "workbook", value = "(binary XLSX: sheet Allocations)")))
    @APIResponse(responseCode = "404", description = "No such formula in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response xlsx(@PathParam("formulaId") UUID id) {
        return export(id, TableWriter.Format.XLSX);
    }

    @POST
    @Path("/{formulaId}/adoption")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "adoptClusterFormula", summary = "Adopt a draft formula: its allocations are frozen, the year's earlier adoption superseded, the adoption published")
    @APIResponse(responseCode = "200", description = "Adopted", content = @Content(schema = @Schema(implementation = FormulaView.class), examples = @ExampleObject(name = "adopted", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such formula in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a draft", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response adopt(@PathParam("formulaId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        FormulaView view = FormulaView.of(service.adopt(user.tenant(), id, Paging.ifMatch(ifMatch), user.userId()));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.formula().version())).build();
    }

    private List<SchoolRow> rows(UUID id) {
        return service.find(user.tenant(), id).allocation().schools().stream().map(SchoolRow::of).toList();
    }

    private Response export(UUID id, TableWriter.Format format) {
        List<SchoolRow> rows = rows(id);
        StreamingOutput body = out -> {
            try (TableWriter w = TableWriter.open(format, out, "Allocations", SchoolRow.HEADER)) {
                rows.forEach(r -> w.row(r.cells()));
            }
        };
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"cluster-formula-" + id + "-allocations." + format.extension + "\"").build();
    }
}
