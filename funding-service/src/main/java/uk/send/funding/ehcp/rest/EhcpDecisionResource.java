package uk.send.funding.ehcp.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.funding.ehcp.domain.IntakeOutcome;
import uk.send.funding.ehcp.domain.LoggedDecision;
import uk.send.funding.ehcp.repository.EhcpDecisionRepository;
import uk.send.funding.ehcp.service.DecisionParser;
import uk.send.funding.ehcp.service.EhcpIntakeService;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/ehcp-decisions")
@Tag(name = "EHCP decisions", description = "The case management system's front door: every decision about an EHC plan, logged once and published")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EhcpDecisionResource {

    static final String[] READERS = {Roles.CASE_MANAGEMENT, Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN};
    public static final String CSV = "text/csv";

    private final EhcpIntakeService intake;
    private final DecisionCsvExport export;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public EhcpDecisionResource(EhcpIntakeService intake, DecisionCsvExport export, IdempotencyService idempotency, CurrentUser user) {
        this.intake = intake;
        this.export = export;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASE_MANAGEMENT, Roles.SEN_OFFICER})
    @Operation(operationId = "recordEhcpDecision", summary = "Record one EHCP decision from the case management system (or entered by an SEN officer)",
            description = "Validated per kind; logged, published as uk.send.funding.ehcp.decision-recorded.v1 (key = ehcpRef) and announced to the "
                    + "other funding features in one transaction. The sourceId makes the POST idempotent without an Idempotency-Key: the same "
                    + "sourceId with the same content answers 200 with the decision first recorded; with different content, 409 listing what differs.\n\n"
                    + IntakeDocs.KIND_FIELDS + "\n" + IntakeDocs.READING)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EhcpDecisionRequest.class), examples = {
            @ExampleObject(name = "ASSESSMENT_REQUESTED", value = Examples.ASSESSMENT_REQUESTED),
            @ExampleObject(name = "DECIDED_TO_ASSESS", value = Examples.DECIDED_TO_ASSESS),
            @ExampleObject(name = "REFUSED_TO_ASSESS", value = Examples.REFUSED_TO_ASSESS),
            @ExampleObject(name = "DECIDED_NOT_TO_ISSUE", value = Examples.DECIDED_NOT_TO_ISSUE),
            @ExampleObject(name = "DRAFT_PLAN_ISSUED", value = Examples.DRAFT_PLAN_ISSUED),
            @ExampleObject(name = "FINAL_PLAN_ISSUED", value = Examples.FINAL_PLAN_ISSUED),
            @ExampleObject(name = "ANNUAL_REVIEW_HELD", value = Examples.ANNUAL_REVIEW_HELD),
            @ExampleObject(name = "REVIEW_DECISION", value = Examples.REVIEW_DECISION),
            @ExampleObject(name = "AMENDMENT_NOTICE_ISSUED", value = Examples.AMENDMENT_NOTICE_ISSUED),
            @ExampleObject(name = "AMENDED_PLAN_ISSUED", value = Examples.AMENDED_PLAN_ISSUED),
            @ExampleObject(name = "EXCEPTION_APPLIED", value = Examples.EXCEPTION_APPLIED),
            @ExampleObject(name = "EXCEPTION_ENDED", value = Examples.EXCEPTION_ENDED),
            @ExampleObject(name = "MEDIATION_CERTIFICATE_ISSUED", value = Examples.MEDIATION_CERTIFICATE_ISSUED),
            @ExampleObject(name = "APPEAL_REGISTERED", value = Examples.APPEAL_REGISTERED),
            @ExampleObject(name = "TRIBUNAL_ORDER", value = Examples.TRIBUNAL_ORDER),
            @ExampleObject(name = "TRANSFER_IN", value = Examples.TRANSFER_IN),
            @ExampleObject(name = "CORRECTION", value = Examples.CORRECTION)}))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EhcpDecisionView.class), examples = @ExampleObject(name = "recorded", value = Examples.VIEW)))
    @APIResponse(responseCode = "200", description = "Already recorded under this sourceId with the same content: the original, nothing new",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EhcpDecisionView.class), examples = @ExampleObject(name = "resent", value = Examples.VIEW)))
    @APIResponse(responseCode = "400", description = "Not a valid decision of its kind (every failing field listed; unknown and personal-data properties refused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(responseCode = "409", description = "This sourceId was used for a different decision: errors list what differs",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "conflict", value = Examples.CONFLICT)))
    @APIResponse(responseCode = "415", description = "A Content-Type other than application/json (a body sent with none is read as JSON): the problem says so",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A correction names no decision of the same EHCP, or one already corrected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@Parameter(description = "Optional, as on every POST: a retry with the same key and body replays the first "
                                   + "response (header Idempotent-Replayed); the same key with another body is 422. The sourceId alone "
                                   + "already makes the POST idempotent.") @HeaderParam(IdempotencyService.HEADER) String key,
                           JsonNode body, @Context UriInfo uri) {
        DecisionParser.Parsed parsed = DecisionParser.parse(body);
        if (!parsed.ok()) {
            throw IntakeProblems.invalid(parsed.violations());
        }
        String tenant = user.tenant();
        if (key == null) {
            // The sourceId is the idempotency: written together with other requests' decisions arriving meanwhile.
            return response(intake.recordPosted(tenant, parsed.draft()), uri);
        }
        return idempotency.execute(tenant, key, "POST /api/v1/ehcp-decisions", body, () -> response(intake.record(tenant, parsed.draft()), uri));
    }

    private static Response response(IntakeOutcome outcome, UriInfo uri) {
        if (outcome instanceof IntakeOutcome.Accepted a) {
            return Response.created(location(uri, a.decision())).entity(EhcpDecisionView.of(a.decision())).build();
        }
        if (outcome instanceof IntakeOutcome.Duplicate d) {
            return Response.ok(EhcpDecisionView.of(d.decision())).header(HttpHeaders.LOCATION, location(uri, d.decision())).build();
        }
        throw IntakeProblems.of((IntakeOutcome.Refused) outcome);
    }

    /** Any other body (or none named): refused with 415 naming application/json, rather than the framework's bare 415. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CASE_MANAGEMENT, Roles.SEN_OFFICER})
    @Operation(hidden = true)
    public Response recordUnsupported(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        throw IntakeProblems.unsupportedMediaType(contentType, List.of(MediaType.APPLICATION_JSON));
    }

    @GET
    @Path("/{decisionId}")
    @RolesAllowed({Roles.CASE_MANAGEMENT, Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getEhcpDecision", summary = "Read one decision of your LA's log")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EhcpDecisionView.class),
            examples = @ExampleObject(name = "decision", value = Examples.VIEW)))
    @APIResponse(responseCode = "404", description = "No such decision in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EhcpDecisionView get(@PathParam("decisionId") UUID id) {
        return intake.find(user.tenant(), id).map(EhcpDecisionView::of).orElseThrow(() -> ApiProblem.notFound("EHCP decision", id));
    }

    @GET
    @RolesAllowed({Roles.CASE_MANAGEMENT, Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listEhcpDecisions", summary = "Your LA's decision log by decision date, filtered by kind, date range and EHCP; corrected decisions left out unless asked for")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EhcpDecisionPage.class),
            examples = @ExampleObject(name = "page", value = Examples.PAGE)))
    @APIResponse(responseCode = "400", description = "Bad filter or paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EhcpDecisionPage list(@Parameter(description = "The kind as it applies (a correction counts as the kind it corrects)") @QueryParam("kind") EhcpDecisionKind kind,
                                 @Parameter(description = "Decision date on or after", example = "2025-01-01") @QueryParam("from") LocalDate from,
                                 @Parameter(description = "Decision date on or before", example = "2025-12-31") @QueryParam("to") LocalDate to,
                                 @Parameter(description = "One EHCP's decisions") @QueryParam("ehcpRef") @Size(max = 64) String ehcpRef,
                                 @Parameter(description = "Also decisions a correction replaced") @QueryParam("includeSuperseded") @DefaultValue("false") boolean includeSuperseded,
                                 @Valid @BeanParam PageParams page) {
        var filter = filter(kind, from, to, ehcpRef, includeSuperseded);
        return page(intake.list(user.tenant(), filter, page.page, page.size), page);
    }

    @GET
    @Path("/export")
    @Produces(CSV)
    @RolesAllowed({Roles.CASE_MANAGEMENT, Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "exportEhcpDecisions", summary = "The decision log as CSV (same filters as the list, every matching decision, streamed): "
            + "decisionId, recordedAt, supersededBy, then the columns of a batch upload, lists separated by ';'")
    @APIResponse(responseCode = "200", content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = "decisionId,recordedAt,supersededBy,sourceId,ehcpRef,kind,decisionDate,ncy,...\n"
                    + "0b8f0f4e-6c9a-4d0e-9a43-2f1e3c9b7d11,2025-05-19T10:15:30.123456Z,,CAP1-DEC-000106,EHCP-2025-00042,FINAL_PLAN_ISSUED,2025-05-19,4,...\n")))
    @APIResponse(responseCode = "400", description = "Bad filter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportCsv(@QueryParam("kind") EhcpDecisionKind kind, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                              @QueryParam("ehcpRef") @Size(max = 64) String ehcpRef,
                              @QueryParam("includeSuperseded") @DefaultValue("false") boolean includeSuperseded) {
        String tenant = user.tenant();
        var filter = filter(kind, from, to, ehcpRef, includeSuperseded);
        StreamingOutput body = out -> export.write(tenant, filter, out);
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ehcp-decisions.csv\"").build();
    }

    static EhcpDecisionRepository.Filter filter(EhcpDecisionKind kind, LocalDate from, LocalDate to, String ehcpRef, boolean includeSuperseded) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.badRequest("to", "must not be before from");
        }
        return new EhcpDecisionRepository.Filter(ehcpRef == null || ehcpRef.isBlank() ? null : ehcpRef.trim(), kind, from, to, includeSuperseded);
    }

    static EhcpDecisionPage page(EhcpIntakeService.PageOf found, PageParams params) {
        int pages = (int) ((found.total() + params.size - 1) / params.size);
        return new EhcpDecisionPage(found.items().stream().map(EhcpDecisionView::of).toList(), params.page, params.size, found.total(), pages);
    }

    private static URI location(UriInfo uri, LoggedDecision d) {
        return uri.getBaseUriBuilder().path("api/v1/ehcp-decisions").path(d.decision().decisionId().toString()).build();
    }
}
