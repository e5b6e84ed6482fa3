package uk.send.funding.forum.rest;

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
import uk.send.platform.export.TableWriter;
import uk.send.funding.forum.domain.Deduction;
import uk.send.funding.forum.rest.ForumRequests.ForumVoteRequest;
import uk.send.funding.forum.rest.ForumRequests.TopSliceRequest;
import uk.send.funding.forum.rest.ForumRequests.TradedRequest;
import uk.send.funding.forum.rest.ForumViews.DeductionPage;
import uk.send.funding.forum.rest.ForumViews.DeductionView;
import uk.send.funding.forum.rest.ForumViews.TopSlicePage;
import uk.send.funding.forum.rest.ForumViews.TopSliceView;
import uk.send.funding.forum.rest.ForumViews.TopSliceVotedView;
import uk.send.funding.forum.rest.ForumViews.VotePage;
import uk.send.funding.forum.rest.ForumViews.VoteView;
import uk.send.funding.forum.service.TopSliceService;
import uk.send.funding.money.rest.FundingParams;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/top-slices")
@Tag(name = "Top-slices", description = "Fund a central service from mainstream schools' budgets: each school's deduction to the penny, the schools forum's vote under the LA's rule, a traded model if it fails")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
public class TopSliceResource {

    private final TopSliceService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public TopSliceResource(TopSliceService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @Operation(operationId = "proposeTopSlice", summary = "Propose a top-slice: each school's deduction is computed from the register's budgets for the year")
    @RequestBody(content = @Content(schema = @Schema(implementation = TopSliceRequest.class), examples = @ExampleObject(name = "proposal", value = ForumExamples.TOP_SLICE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Proposed; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopSliceView.class), examples = @ExampleObject(name = "proposed", value = ForumExamples.TOP_SLICE)))
    @APIResponse(responseCode = "422", description = "No setting in scope has a base for the year, or Idempotency-Key reused with another body")
    public Response propose(@Parameter(description = "Makes a retried POST safe") @HeaderParam(IdempotencyService.HEADER) String key,
                            @Valid @NotNull TopSliceRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        return idempotency.execute(tenant, key, "POST /api/v1/top-slices", request, () -> {
            TopSliceView v = TopSliceView.of(service.propose(tenant, user.userId(), request.toDomain()));
            return Response.created(uri.getAbsolutePathBuilder().path(v.id().toString()).build()).header(HttpHeaders.ETAG, ETags.of(v.version()))
                    .entity(v).build();
        });
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SCHOOL})
    @Operation(operationId = "listTopSlices", summary = "List the LA's top-slice proposals, newest first")
    @APIResponse(responseCode = "200", description = "One page of proposals", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TopSlicePage.class), examples = @ExampleObject(name = "page", value = "{\"items\": [" + ForumExamples.TOP_SLICE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<TopSliceView> list(@Valid @BeanParam PageParams page) {
        return Paging.page(service.list(user.tenant(), Paging.request(page)), page, TopSliceView::of);
    }

    @GET
    @Path("/{topSliceId}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SCHOOL})
    @Operation(operationId = "getTopSlice", summary = "Read a top-slice proposal and, once voted, the forum's count; the ETag is what a change must send in If-Match")
    @APIResponse(responseCode = "200", description = "The proposal", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TopSliceView.class), examples = @ExampleObject(name = "decided", value = ForumExamples.DECIDED)))
    public Response get(@PathParam("topSliceId") UUID id) {
        return withETag(TopSliceView.of(service.find(user.tenant(), id).orElseThrow(() -> ApiProblem.notFound("Top-slice", id))));
    }

    @PUT
    @Path("/{topSliceId}")
    @Operation(operationId = "reviseTopSlice", summary = "Replace a proposal the forum has not voted on; deductions are computed again")
    @RequestBody(content = @Content(schema = @Schema(implementation = TopSliceRequest.class), examples = @ExampleObject(name = "proposal", value = ForumExamples.TOP_SLICE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Revised", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TopSliceView.class), examples = @ExampleObject(name = "revised", value = ForumExamples.TOP_SLICE)))
    @APIResponse(responseCode = "409", description = "The forum has already voted on it")
    public Response revise(@PathParam("topSliceId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TopSliceRequest request) {
        return withETag(TopSliceView.of(service.revise(user.tenant(), id, Paging.ifMatch(ifMatch), request.toDomain())
                .orElseThrow(() -> ApiProblem.notFound("Top-slice", id))));
    }

    @GET
    @Path("/{topSliceId}/deductions")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SCHOOL})
    @Operation(operationId = "listTopSliceDeductions", summary = "Each school's deduction in £ and as % of its budget, largest first (a school user sees only its own)")
    @APIResponse(responseCode = "200", description = "One page of deductions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeductionPage.class), examples = @ExampleObject(name = "page", value = "{\"items\": [" + ForumExamples.DEDUCTION + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<DeductionView> deductions(@PathParam("topSliceId") UUID id, @Valid @BeanParam PageParams page) {
        String onlyUrn = FundingParams.schoolUrn(user).orElse(null);
        return Paging.page(service.deductions(user.tenant(), id, onlyUrn, Paging.request(page)), page, DeductionView::of);
    }

    @GET
    @Path("/{topSliceId}/deductions.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SCHOOL})
    @Operation(operationId = "exportTopSliceDeductionsCsv", summary = "Every deduction as CSV, the same figures as the list")
    @APIResponse(responseCode = "200", description = "CSV with a header row", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = ForumExamples.DEDUCTIONS_CSV)))
    public Response csv(@PathParam("topSliceId") UUID id) {
        return export(id, TableWriter.Format.CSV);
    }

    @GET
    @Path("/{topSliceId}/deductions.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SCHOOL})
    @Operation(operationId = "exportTopSliceDeductionsXlsx", summary = "Every deduction as an XLSX workbook, the same figures as the list")
    @APIResponse(responseCode = "200", description = "An XLSX workbook (sheet Deductions)", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "workbook", value = "(binary XLSX: sheet Deductions)")))
    public Response xlsx(@PathParam("topSliceId") UUID id) {
        return export(id, TableWriter.Format.XLSX);
    }

    private Response export(UUID id, TableWriter.Format format) {
        List<Deduction> rows = service.allDeductions(user.tenant(), id, FundingParams.schoolUrn(user).orElse(null));
        StreamingOutput body = out -> {
            try (TableWriter w = TableWriter.open(format, out, "Deductions", DeductionView.HEADER)) {
                rows.forEach(d -> w.row(DeductionView.of(d).cells()));
            }
        };
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"top-slice-" + id + "-deductions." + format.extension + "\"").build();
    }

    @POST
    @Path("/{topSliceId}/forum-vote")
    @Operation(operationId = "recordTopSliceVote", summary = "Record the schools forum's vote, member by member with their category; the LA's rule decides CARRIED or FAILED, and the decision is published")
    @RequestBody(content = @Content(schema = @Schema(implementation = ForumVoteRequest.class), examples = @ExampleObject(name = "vote", value = ForumExamples.VOTE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TopSliceVotedView.class), examples = @ExampleObject(name = "failed", value = "{\"topSlice\": " + ForumExamples.DECIDED + ", \"votes\": " + ForumExamples.VOTES + "}")))
    @APIResponse(responseCode = "409", description = "The forum has already voted on it")
    public Response vote(@PathParam("topSliceId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ForumVoteRequest request) {
        TopSliceService.Voted v = service.vote(user.tenant(), id, Paging.ifMatch(ifMatch), request.toDomain())
                .orElseThrow(() -> ApiProblem.notFound("Top-slice", id));
        TopSliceView view = TopSliceView.of(v.topSlice());
        return Response.ok(new TopSliceVotedView(view, v.votes().stream().map(VoteView::of).toList())).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @GET
    @Path("/{topSliceId}/votes")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SCHOOL})
    @Operation(operationId = "listTopSliceVotes", summary = "The votes recorded on a proposal, by member reference (forum meetings are public)")
    @APIResponse(responseCode = "200", description = "One page of votes", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VotePage.class), examples = @ExampleObject(name = "page", value = "{\"items\": " + ForumExamples.VOTES + ", \"page\": 0, \"size\": 20, \"totalItems\": 3, \"totalPages\": 1}")))
    public Page<VoteView> votes(@PathParam("topSliceId") UUID id, @Valid @BeanParam PageParams page) {
        return ForumPaging.page(service.votes(user.tenant(), id).stream().map(VoteView::of).toList(), page);
    }

    @POST
    @Path("/{topSliceId}/traded")
    @Operation(operationId = "switchTopSliceToTraded", summary = "Offer a proposal the forum turned down as a traded or insurance service at a price per school; published")
    @RequestBody(content = @Content(schema = @Schema(implementation = TradedRequest.class), examples = @ExampleObject(name = "traded", value = "{\"model\": \"TRADED\", \"pricePerSchool\": 1500.00}")))
    @APIResponse(responseCode = "200", description = "Switched", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TopSliceView.class), examples = @ExampleObject(name = "traded", value = ForumExamples.TOP_SLICE)))
    @APIResponse(responseCode = "409", description = "Only a proposal the forum turned down (FAILED) can be switched")
    public Response traded(@PathParam("topSliceId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TradedRequest request) {
        return withETag(TopSliceView.of(service.switchToTraded(user.tenant(), id, Paging.ifMatch(ifMatch), request.model(), request.pricePerSchool())
                .orElseThrow(() -> ApiProblem.notFound("Top-slice", id))));
    }

    private static Response withETag(TopSliceView v) {
        return Response.ok(v).header(HttpHeaders.ETAG, ETags.of(v.version())).build();
    }
}
