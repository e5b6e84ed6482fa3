package uk.send.funding.forum.rest;

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
import uk.send.funding.forum.rest.ForumRequests.BlockTransferRequest;
import uk.send.funding.forum.rest.ForumRequests.DisapplicationRequest;
import uk.send.funding.forum.rest.ForumRequests.ForumVoteRequest;
import uk.send.funding.forum.rest.ForumViews.BlockTransferPage;
import uk.send.funding.forum.rest.ForumViews.BlockTransferView;
import uk.send.funding.forum.rest.ForumViews.BlockTransferVotedView;
import uk.send.funding.forum.rest.ForumViews.VotePage;
import uk.send.funding.forum.rest.ForumViews.VoteView;
import uk.send.funding.forum.service.BlockTransferService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/block-transfers")
@Tag(name = "Block transfers", description = "Move money from the schools block to the high needs block for one year: up to 0.5% with the forum's agreement, beyond it the Secretary of State's disapplication")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
public class BlockTransferResource {

    private final BlockTransferService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public BlockTransferResource(BlockTransferService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @Operation(operationId = "proposeBlockTransfer", summary = "Propose a transfer for one financial year; over 0.5% of the schools block it is flagged as needing the Secretary of State's disapplication")
    @RequestBody(content = @Content(schema = @Schema(implementation = BlockTransferRequest.class), examples = @ExampleObject(name = "transfer", value = ForumExamples.TRANSFER_REQUEST)))
    @APIResponse(responseCode = "201", description = "Proposed; Location and ETag set", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BlockTransferView.class), examples = @ExampleObject(name = "flagged", value = ForumExamples.TRANSFER)))
    @APIResponse(responseCode = "409", description = "The LA already has a live transfer for that year")
    public Response propose(@Parameter(description = "Makes a retried POST safe") @HeaderParam(IdempotencyService.HEADER) String key,
                            @Valid @NotNull BlockTransferRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        return idempotency.execute(tenant, key, "POST /api/v1/block-transfers", request, () -> {
            BlockTransferView v = BlockTransferView.of(service.propose(tenant, user.userId(), request.toDomain()));
            return Response.created(uri.getAbsolutePathBuilder().path(v.id().toString()).build()).header(HttpHeaders.ETAG, ETags.of(v.version()))
                    .entity(v).build();
        });
    }

    @GET
    @Operation(operationId = "listBlockTransfers", summary = "The LA's block transfers, latest year first")
    @APIResponse(responseCode = "200", description = "One page of transfers", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BlockTransferPage.class), examples = @ExampleObject(name = "page", value = "{\"items\": [" + ForumExamples.TRANSFER + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<BlockTransferView> list(@Valid @BeanParam PageParams page) {
        return Paging.page(service.list(user.tenant(), Paging.request(page)), page, BlockTransferView::of);
    }

    @GET
    @Path("/{transferId}")
    @Operation(operationId = "getBlockTransfer", summary = "Read a block transfer; the ETag is what a change must send in If-Match")
    @APIResponse(responseCode = "200", description = "The transfer", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BlockTransferView.class), examples = @ExampleObject(name = "transfer", value = ForumExamples.TRANSFER)))
    public Response get(@PathParam("transferId") UUID id) {
        return withETag(BlockTransferView.of(service.find(user.tenant(), id).orElseThrow(() -> ApiProblem.notFound("Block transfer", id))));
    }

    @POST
    @Path("/{transferId}/forum-vote")
    @Operation(operationId = "recordBlockTransferVote", summary = "Record the schools forum's vote under the LA's BLOCK_TRANSFER rule: within 0.5% it agrees (published) or rejects; above, it awaits the disapplication")
    @RequestBody(content = @Content(schema = @Schema(implementation = ForumVoteRequest.class), examples = @ExampleObject(name = "vote", value = ForumExamples.VOTE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BlockTransferVotedView.class), examples = @ExampleObject(name = "recorded", value = "{\"transfer\": " + ForumExamples.TRANSFER + ", \"votes\": " + ForumExamples.VOTES + "}")))
    @APIResponse(responseCode = "409", description = "The forum has already voted on it")
    public Response vote(@PathParam("transferId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ForumVoteRequest request) {
        BlockTransferService.Voted v = service.vote(user.tenant(), id, Paging.ifMatch(ifMatch), request.toDomain())
                .orElseThrow(() -> ApiProblem.notFound("Block transfer", id));
        BlockTransferView view = BlockTransferView.of(v.transfer());
        return Response.ok(new BlockTransferVotedView(view, v.votes().stream().map(VoteView::of).toList())).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @GET
    @Path("/{transferId}/votes")
    @Operation(operationId = "listBlockTransferVotes", summary = "The votes recorded on a block transfer, by member reference")
    @APIResponse(responseCode = "200", description = "One page of votes", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VotePage.class), examples = @ExampleObject(name = "page", value = "{\"items\": " + ForumExamples.VOTES + ", \"page\": 0, \"size\": 20, \"totalItems\": 3, \"totalPages\": 1}")))
    public Page<VoteView> votes(@PathParam("transferId") UUID id, @Valid @BeanParam PageParams page) {
        return ForumPaging.page(service.votes(user.tenant(), id).stream().map(VoteView::of).toList(), page);
    }

    @POST
    @Path("/{transferId}/disapplication")
    @Operation(operationId = "recordBlockTransferDisapplication", summary = "Record the request to the Secretary of State to disapply the limit and its outcome; APPROVED agrees the transfer (published)")
    @RequestBody(content = @Content(schema = @Schema(implementation = DisapplicationRequest.class), examples = @ExampleObject(name = "approved", value = ForumExamples.DISAPPLICATION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BlockTransferView.class), examples = @ExampleObject(name = "transfer", value = ForumExamples.TRANSFER)))
    @APIResponse(responseCode = "409", description = "Not awaiting a disapplication (within 0.5% and agreed by the forum, or already decided)")
    public Response disapplication(@PathParam("transferId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull DisapplicationRequest request) {
        return withETag(BlockTransferView.of(service.disapplication(user.tenant(), id, Paging.ifMatch(ifMatch), request.toDomain())
                .orElseThrow(() -> ApiProblem.notFound("Block transfer", id))));
    }

    private static Response withETag(BlockTransferView v) {
        return Response.ok(v).header(HttpHeaders.ETAG, ETags.of(v.version())).build();
    }
}
