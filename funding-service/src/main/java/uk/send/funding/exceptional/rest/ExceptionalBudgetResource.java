package uk.send.funding.exceptional.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.funding.exceptional.rest.ExceptionalViews.BudgetRequest;
import uk.send.funding.exceptional.rest.ExceptionalViews.BudgetView;
import uk.send.funding.exceptional.rest.ExceptionalViews.SpendView;
import uk.send.funding.exceptional.service.CriterionService;
import uk.send.funding.exceptional.service.SpendPublisher;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.rest.FundingParams;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.time.YearMonth;

@Path("/api/v1")
@Tag(name = "Exceptional top-ups")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ExceptionalBudgetResource {

    static final String BUDGET_EXAMPLE = """
            {"financialYear": "2026-27", "budget": 50000.00, "committed": 3000.00, "remaining": 47000.00, "approvals": 1, "overspent": false, "budgetSet": true}""";
    static final String SPEND_EXAMPLE = "{\"month\": \"2026-05\", \"total\": 3000.00, \"approvals\": 1, \"published\": true}";

    private final CriterionService criteria;
    private final SpendPublisher spend;
    private final CurrentUser user;

    public ExceptionalBudgetResource(CriterionService criteria, SpendPublisher spend, CurrentUser user) {
        this.criteria = criteria;
        this.spend = spend;
        this.user = user;
    }

    @GET
    @Path("/exceptional-budgets/{financialYear}")
    @RolesAllowed({Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.COMMISSIONER})
    @Operation(operationId = "getExceptionalBudget", summary = "The year's budget for exceptional top-ups: committed (approved) against it, remaining, overspent; the ETag (once set) is what a change sends in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BudgetView.class), examples = @ExampleObject(name = "budget", value = BUDGET_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed financial year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response budget(@Parameter(description = "e.g. 2026-27", example = "2026-27") @PathParam("financialYear") String financialYear) {
        var position = criteria.position(user.tenant(), FundingParams.financialYear("financialYear", financialYear));
        Response.ResponseBuilder ok = Response.ok(BudgetView.of(position));
        return (position.budgetSet() ? ok.header(HttpHeaders.ETAG, ETags.of(position.version())) : ok).build();
    }

    @PUT
    @Path("/exceptional-budgets/{financialYear}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "putExceptionalBudget", summary = "Set the year's budget for exceptional top-ups (changing a set one needs If-Match: its ETag)")
    @RequestBody(content = @Content(schema = @Schema(implementation = BudgetRequest.class), examples = @ExampleObject(name = "budget", value = "{\"amount\": 50000.00}")))
    @APIResponse(responseCode = "200", description = "Set; the ETag is its version", content = @Content(schema = @Schema(implementation = BudgetView.class),
            examples = @ExampleObject(name = "budget", value = BUDGET_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid amount or year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing when changing a set budget", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putBudget(@Parameter(description = "e.g. 2026-27", example = "2026-27") @PathParam("financialYear") String financialYear,
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull BudgetRequest request) {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        var position = criteria.putBudget(user.tenant(), year, request.amount(), Paging.ifMatch(ifMatch), user.userId());
        return Response.ok(BudgetView.of(position)).header(HttpHeaders.ETAG, ETags.of(position.version())).build();
    }

    @GET
    @Path("/exceptional-spend/{month}")
    @RolesAllowed({Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.COMMISSIONER, Roles.PROGRAMME_LEAD})
    @Operation(operationId = "getExceptionalSpend", summary = "The month's approved exceptional top-up spend so far (by decision day, Europe/London)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SpendView.class),
            examples = @ExampleObject(name = "spend", value = "{\"month\": \"2026-05\", \"total\": 3000.00, \"approvals\": 1, \"published\": false}")))
    @APIResponse(responseCode = "400", description = "Not a month (yyyy-MM)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpendView monthSpend(@Parameter(description = "yyyy-MM", example = "2026-05") @PathParam("month") String month) {
        YearMonth m = FundingParams.month("month", month);
        return SpendView.of(spend.spend(user.tenant(), m), false);
    }

    @POST
    @Path("/exceptional-spend/{month}/publication")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "publishExceptionalSpend", summary = "Publish an ended month's approved spend for KPIs now (it is also published on the 1st of each month for the month before); once per month")
    @APIResponse(responseCode = "200", description = "The figures; published is false when the month had been published before", content = @Content(schema = @Schema(implementation = SpendView.class),
            examples = @ExampleObject(name = "published", value = SPEND_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not a month, or a month not yet ended", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpendView publish(@Parameter(description = "yyyy-MM", example = "2026-05") @PathParam("month") String month) {
        SpendPublisher.Published p = spend.publish(user.tenant(), FundingParams.month("month", month));
        return SpendView.of(p.spend(), p.published());
    }
}
