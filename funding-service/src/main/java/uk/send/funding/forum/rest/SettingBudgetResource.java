package uk.send.funding.forum.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import uk.send.funding.forum.domain.BudgetLine;
import uk.send.funding.forum.rest.ForumRequests.BudgetUpload;
import uk.send.funding.forum.rest.ForumViews.BudgetUploadView;
import uk.send.funding.forum.rest.ForumViews.SettingBudgetPage;
import uk.send.funding.forum.rest.ForumViews.SettingBudgetView;
import uk.send.funding.forum.service.SettingBudgetService;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.rest.FundingParams;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.List;

@Path("/api/v1/setting-budgets/{financialYear}")
@Tag(name = "Setting budgets", description = "Each setting's budget share and pupil numbers by financial year: the base of a top-slice")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class SettingBudgetResource {

    static final String CSV = "text/csv";

    private final SettingBudgetService service;
    private final IdempotencyService idempotency;
    private final ObjectMapper mapper;
    private final CurrentUser user;

    public SettingBudgetResource(SettingBudgetService service, IdempotencyService idempotency, ObjectMapper mapper, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.mapper = mapper;
        this.user = user;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "uploadSettingBudgets", summary = "Set settings' budget shares and pupil numbers for the year, as JSON or as CSV (urn,budget_share,pupils); all or nothing")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetUpload.class), examples = @ExampleObject(name = "json", value = ForumExamples.BUDGETS_JSON)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = ForumExamples.BUDGETS_CSV))})
    @APIResponse(responseCode = "200", description = "Written", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BudgetUploadView.class), examples = @ExampleObject(name = "written", value = "{\"financialYear\": \"2026-27\", \"settingsWritten\": 2}")))
    @APIResponse(responseCode = "400", description = "A line is invalid or names a URN not in the register: every problem is listed and nothing is written")
    public Response upload(@Parameter(description = "e.g. 2026-27", example = "2026-27") @PathParam("financialYear") String financialYear,
                                   @Parameter(description = "Makes a retried POST safe") @HeaderParam(IdempotencyService.HEADER) String key,
                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        List<BudgetLine> lines = contentType != null && contentType.toLowerCase().startsWith(CSV) ? BudgetCsv.parse(body) : json(body);
        String tenant = user.tenant();
        return idempotency.execute(tenant, key, "POST /api/v1/setting-budgets/" + year.label(), body, () ->
                Response.ok(new BudgetUploadView(year.label(), service.upload(tenant, user.userId(), year, lines))).build());
    }

    private List<BudgetLine> json(String body) {
        try {
            BudgetUpload upload = body == null || body.isBlank() ? null : mapper.readValue(body, BudgetUpload.class);
            if (upload == null || upload.lines() == null) {
                throw ApiProblem.badRequest("lines", "must be a list of {urn, budgetShare, pupils}");
            }
            int missing = upload.lines().indexOf(null);
            if (missing >= 0) {
                throw ApiProblem.badRequest("lines[" + missing + "]", "must be {urn, budgetShare, pupils}, not null");
            }
            return upload.toDomain();
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("body", "is not a budget upload: " + e.getOriginalMessage());
        }
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SCHOOL})
    @Operation(operationId = "listSettingBudgets", summary = "The year's budget shares and pupil numbers by URN (a school user sees only its own)")
    @APIResponse(responseCode = "200", description = "One page of budgets", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SettingBudgetPage.class), examples = @ExampleObject(name = "page", value = "{\"items\": [{\"urn\": \"118234\", "
            + "\"name\": \"Oak Acre Primary School\", \"settingType\": \"MAINSTREAM_PRIMARY\", \"active\": true, \"budgetShare\": 1250000.00, \"pupils\": 420, "
            + "\"updatedBy\": \"finance@demo.gov.uk\", \"updatedAt\": \"2026-01-12T09:30:00Z\"}], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<SettingBudgetView> list(@Parameter(description = "e.g. 2026-27", example = "2026-27") @PathParam("financialYear") String financialYear,
                                        @Valid @BeanParam PageParams page) {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        return Paging.page(service.page(user.tenant(), year, FundingParams.schoolUrn(user).orElse(null), Paging.request(page)), page, SettingBudgetView::of);
    }
}
