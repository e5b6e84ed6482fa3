package uk.send.funding.exceptional.rest;

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
import uk.send.funding.exceptional.domain.Application;
import uk.send.funding.exceptional.repository.ApplicationRepository;
import uk.send.funding.exceptional.rest.ExceptionalViews.ApplicationPage;
import uk.send.funding.exceptional.rest.ExceptionalViews.ApplicationRequest;
import uk.send.funding.exceptional.rest.ExceptionalViews.ApplicationView;
import uk.send.funding.exceptional.rest.ExceptionalViews.BudgetView;
import uk.send.funding.exceptional.rest.ExceptionalViews.DecidedView;
import uk.send.funding.exceptional.rest.ExceptionalViews.TopUpDecisionRequest;
import uk.send.funding.exceptional.service.ExceptionalTopUpService;
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

@Path("/api/v1/exceptional-top-ups")
@Tag(name = "Exceptional top-ups", description = "High-needs top-up without an EHCP in exceptional cases (e.g. trauma): a school applies, the panel decides, spend counts against the year's budget")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ExceptionalTopUpResource {

    static final String REQUEST_EXAMPLE = """
            {"pupilRef": "PUP-2026-0193", "criterionCode": "TRAUMA", "evidence": "Sudden bereavement in January; daily 1:1 support since",
             "evidenceFile": "sharepoint://send/evidence/PUP-2026-0193/ep-report.pdf", "amount": 4500.00, "periodFrom": "2026-04-01", "periodTo": "2026-07-31"}""";
    static final String VIEW_EXAMPLE = """
            {"id": "0c7e2d4a-9b1f-4a3e-8d6c-5f2a1b3c4d5e", "settingUrn": "121001", "pupilRef": "PUP-2026-0193", "criterionCode": "TRAUMA",
             "evidence": "Sudden bereavement in January; daily 1:1 support since", "evidenceFile": "sharepoint://send/evidence/PUP-2026-0193/ep-report.pdf",
             "amountRequested": 4500.00, "periodFrom": "2026-04-01", "periodTo": "2026-07-31", "financialYear": "2026-27", "status": "APPLIED",
             "appliedBy": "head@school.sch.uk", "appliedAt": "2026-03-20T10:00:00Z", "version": 0}""";
    static final String DECISION_EXAMPLE = """
            {"outcome": "APPROVED", "amount": 3000.00, "reasons": "Meets the trauma criterion; approved for the summer term only"}""";
    static final String DECIDED_EXAMPLE = """
            {"application": {"id": "0c7e2d4a-9b1f-4a3e-8d6c-5f2a1b3c4d5e", "settingUrn": "121001", "pupilRef": "PUP-2026-0193", "criterionCode": "TRAUMA",
             "evidence": "Sudden bereavement in January; daily 1:1 support since", "amountRequested": 4500.00, "periodFrom": "2026-04-01",
             "periodTo": "2026-07-31", "financialYear": "2026-27", "status": "APPROVED", "amountApproved": 3000.00,
             "decisionReasons": "Meets the trauma criterion; approved for the summer term only", "decidedBy": "officer@la.gov.uk",
             "decidedAt": "2026-04-02T15:00:00Z", "appliedBy": "head@school.sch.uk", "appliedAt": "2026-03-20T10:00:00Z", "version": 1},
             "budget": {"financialYear": "2026-27", "budget": 50000.00, "committed": 3000.00, "remaining": 47000.00, "approvals": 1, "overspent": false, "budgetSet": true}}""";

    private final ExceptionalTopUpService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public ExceptionalTopUpResource(ExceptionalTopUpService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @RolesAllowed(Roles.SCHOOL)
    @Operation(operationId = "applyForExceptionalTopUp", summary = "A school applies for an exceptional top-up for a pupil without an EHCP (its own setting, from the token's urn claim)")
    @RequestBody(content = @Content(schema = @Schema(implementation = ApplicationRequest.class), examples = @ExampleObject(name = "application", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Applied; Location and ETag set", content = @Content(schema = @Schema(implementation = ApplicationView.class),
            examples = @ExampleObject(name = "applied", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid body: a name as pupil reference, an unknown criterion, a period across years...", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response apply(@Parameter(description = "Makes a retried POST safe") @HeaderParam(IdempotencyService.HEADER) String key,
                          @Valid @NotNull ApplicationRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        String urn = FundingParams.schoolUrn(user).orElseThrow(() -> ApiProblem.forbidden("Only a school applies, for its own setting"));
        return idempotency.execute(tenant, key, "POST /api/v1/exceptional-top-ups", request, () -> {
            ApplicationView view = ApplicationView.of(service.apply(tenant, urn, user.userId(), request.toDomain()));
            return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(view.version())).entity(view).build();
        });
    }

    @GET
    @RolesAllowed({Roles.SCHOOL, Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.COMMISSIONER})
    @Operation(operationId = "listExceptionalTopUps", summary = "Applications, newest first, filtered by status, setting and year (a school sees only its own)")
    @APIResponse(responseCode = "200", description = "A page of applications", content = @Content(schema = @Schema(implementation = ApplicationPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<ApplicationView> list(@Parameter(description = "APPLIED, APPROVED or REFUSED") @QueryParam("status")
                                      @jakarta.validation.constraints.Pattern(regexp = "APPLIED|APPROVED|REFUSED", message = "must be APPLIED, APPROVED or REFUSED") String status,
                                      @Parameter(description = "Only this setting's (LA staff)") @QueryParam("settingUrn") String settingUrn,
                                      @Parameter(description = "e.g. 2026-27") @QueryParam("financialYear") String financialYear,
                                      @Valid @BeanParam PageParams page) {
        String urn = FundingParams.schoolUrn(user).orElse(settingUrn == null || settingUrn.isBlank() ? null : settingUrn.trim());
        var year = financialYear == null || financialYear.isBlank() ? null : FundingParams.financialYear("financialYear", financialYear);
        var filter = new ApplicationRepository.Filter(urn, status == null ? null : Application.Status.valueOf(status), year);
        return Paging.page(service.list(user.tenant(), filter, Paging.request(page)), page, ApplicationView::of);
    }

    @GET
    @Path("/{applicationId}")
    @RolesAllowed({Roles.SCHOOL, Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.COMMISSIONER})
    @Operation(operationId = "getExceptionalTopUp", summary = "An application and its decision; the ETag is what a decision sends in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApplicationView.class), examples = @ExampleObject(name = "application", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such application in your LA (or, for a school, not its own)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("applicationId") UUID id) {
        ApplicationView view = ApplicationView.of(service.find(user.tenant(), id, FundingParams.schoolUrn(user).orElse(null)));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @POST
    @Path("/{applicationId}/decision")
    @RolesAllowed({Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "decideExceptionalTopUp", summary = "The panel approves (possibly another sum, with reasons) or refuses (always with reasons); answers where the year's budget stands")
    @RequestBody(content = @Content(schema = @Schema(implementation = TopUpDecisionRequest.class), examples = @ExampleObject(name = "decision", value = DECISION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Decided; budget.overspent flags approved spend over the year's budget", content = @Content(schema = @Schema(implementation = DecidedView.class),
            examples = @ExampleObject(name = "decided", value = DECIDED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A refusal without reasons, or another sum without reasons", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decide(@PathParam("applicationId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull TopUpDecisionRequest request) {
        ExceptionalTopUpService.Decided d = service.decide(user.tenant(), id, Paging.ifMatch(ifMatch), user.userId(), request.toDomain());
        DecidedView view = new DecidedView(ApplicationView.of(d.application()), BudgetView.of(d.budget()));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.application().version())).build();
    }
}
