package uk.send.placement.valueformoney.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.placement.valueformoney.domain.CostOutliers;
import uk.send.placement.valueformoney.domain.CostSummary;
import uk.send.placement.valueformoney.domain.Review;
import uk.send.placement.valueformoney.domain.ReviewOutcome;
import uk.send.placement.valueformoney.domain.ValueForMoneyReport;
import uk.send.placement.valueformoney.service.ValueForMoneyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/value-for-money")
@Tag(name = "Value for money", description = "Desk review of independent placements: cost by need and provider type, outliers, visits, review outcomes")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ValueForMoneyResource {

    private static final String REPORT_EXAMPLE = """
            {"asOf": "2026-12-01", "costs": [{"needType": "SEMH", "providerType": "INDEPENDENT_SPECIAL", "placements": 12, "meanCost": 58250.00, "totalCost": 699000.00}],
             "fences": [{"needType": "SEMH", "placements": 12, "q1": 51000.00, "median": 56000.00, "q3": 61000.00, "low": 36000.00, "high": 76000.00}],
             "outliers": [{"placementId": "8d0b7a52-3c55-4c1e-b0f1-6a3f4b8e2d11", "ehcpRef": "EHCP-2026-0042", "providerId": "3f1c2d9e-8b7a-4c6d-9e0f-1a2b3c4d5e6f",
                           "providerName": "Hillside Independent", "needType": "SEMH", "annualCost": 98000.00, "flag": "HIGH"}],
             "visits": [{"providerId": "3f1c2d9e-8b7a-4c6d-9e0f-1a2b3c4d5e6f", "name": "Hillside Independent", "urn": "145678", "inspectionGrade": "REQUIRES_IMPROVEMENT",
                         "children": 4, "annualSpend": 236000.00, "urgent": true, "reason": "Inspection grade REQUIRES_IMPROVEMENT is below good"}]}""";

    private final ValueForMoneyService service;
    private final CurrentUser user;

    public ValueForMoneyResource(ValueForMoneyService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    public record OutlierView(UUID placementId, String ehcpRef, UUID providerId, String providerName, String needType, BigDecimal annualCost, CostOutliers.Flag flag) {
    }

    public record VisitView(UUID providerId, String name, String urn, String inspectionGrade, LocalDate inspectionDate, long children,
                            BigDecimal annualSpend, boolean urgent, String reason) {
    }

    public record ReportView(LocalDate asOf, List<CostSummary> costs, List<CostOutliers.Fences> fences,
                             List<OutlierView> outliers, List<VisitView> visits) {
        static ReportView of(ValueForMoneyReport r) {
            return new ReportView(r.asOf(), r.costs(), r.outliers().fences(),
                    r.outliers().outliers().stream().map(o -> new OutlierView(o.placement().placementId(), o.placement().ehcpRef(), o.placement().providerId(),
                            o.placement().providerName(), o.placement().needType(), o.placement().annualCost(), o.flag())).toList(),
                    r.visits().stream().map(v -> new VisitView(v.provider().providerId(), v.provider().name(), v.provider().urn(), v.provider().inspectionGrade(),
                            v.provider().inspectionDate(), v.provider().children(), v.provider().annualSpend(), v.urgent(), v.reason())).toList());
        }
    }

    public record ReviewRequest(@NotNull UUID placementId, @NotNull ReviewOutcome outcome, @Size(max = 2000) String note,
                                @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "9999999999.99", message = "is too large") BigDecimal newAnnualCost,
                                LocalDate reviewedOn) {
    }

    public record ReviewPage(List<Review> items, int page, int size, long totalItems, int totalPages) {
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getValueForMoneyReport", summary = "The desk review of independent placements running on a day: cost by need and provider type, "
            + "interquartile fences per need type and the placements outside them, providers to visit (urgent first)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportView.class), examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)))
    public ReportView report(@QueryParam("asOf") LocalDate asOf,
                             @QueryParam("minChildren") @DefaultValue("3") @Min(value = 1, message = "must be 1 to 100") @Max(value = 100, message = "must be 1 to 100") int minChildren) {
        return ReportView.of(service.report(user.tenant(), asOf, minChildren));
    }

    @Consumes(MediaType.WILDCARD)
    @POST
    @Path("/flags")
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "flagCostAnomalies", summary = "Run the desk review and publish each outlier not announced before at its current cost")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportView.class), examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)))
    public ReportView flag(@QueryParam("asOf") LocalDate asOf,
                           @QueryParam("minChildren") @DefaultValue("3") @Min(value = 1, message = "must be 1 to 100") @Max(value = 100, message = "must be 1 to 100") int minChildren) {
        return ReportView.of(service.flag(user.tenant(), asOf, minChildren));
    }

    @POST
    @Path("/reviews")
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "recordPlacementReview", summary = "Record a review's outcome (cost renegotiated, placement changed, no action); a renegotiated cost becomes the placement's")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "renegotiated", value = "{\"placementId\": \"8d0b7a52-3c55-4c1e-b0f1-6a3f4b8e2d11\", \"outcome\": \"COST_RENEGOTIATED\", \"newAnnualCost\": 71000, \"note\": \"Agreed at the visit\"}")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Review.class),
            examples = @ExampleObject(name = "review", value = "{\"id\": \"1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d\", \"placementId\": \"8d0b7a52-3c55-4c1e-b0f1-6a3f4b8e2d11\", \"outcome\": \"COST_RENEGOTIATED\", \"note\": \"Agreed at the visit\", \"newAnnualCost\": 71000.00, \"reviewedOn\": \"2026-12-01\", \"reviewedBy\": \"commissioner@demo.gov.uk\"}")))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response review(@Valid @NotNull ReviewRequest r) {
        return Response.status(201).entity(service.review(user.tenant(), user.userId(), r.placementId(), r.outcome(), r.note(), r.newAnnualCost(), r.reviewedOn())).build();
    }

    @GET
    @Path("/reviews")
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listPlacementReviews", summary = "Reviews recorded, newest first, optionally of one placement")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [], \"page\": 0, \"size\": 20, \"totalItems\": 0, \"totalPages\": 0}")))
    public Page<Review> reviews(@QueryParam("placementId") UUID placementId, @Valid @BeanParam PageParams page) {
        return Paging.page(service.reviews(user.tenant(), placementId, Paging.request(page)), page, review -> review);
    }
}
