package uk.send.funding.forum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.funding.forum.domain.ForumDecision;
import uk.send.funding.forum.rest.ForumRequests.VotingRuleRequest;
import uk.send.funding.forum.rest.ForumViews.VotingRuleView;
import uk.send.funding.forum.service.ForumRuleService;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.Paging;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

@Path("/api/v1/forum-rules/{decision}")
@Tag(name = "Schools forum rules", description = "How the LA's schools forum decides a top-slice or a block transfer: who votes, the threshold, the quorum")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
public class ForumRuleResource {

    private final ForumRuleService service;
    private final CurrentUser user;

    public ForumRuleResource(ForumRuleService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @Operation(operationId = "getForumRule", summary = "The LA's voting rule for TOP_SLICE or BLOCK_TRANSFER (the default, version 0, until it saves its own)")
    @APIResponse(responseCode = "200", description = "The rule; ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VotingRuleView.class), examples = @ExampleObject(name = "rule", value = ForumExamples.RULE)))
    public Response get(@PathParam("decision") ForumDecision decision) {
        VotingRuleView v = VotingRuleView.of(service.rule(user.tenant(), decision));
        return Response.ok(v).header(HttpHeaders.ETAG, ETags.of(v.version())).build();
    }

    @PUT
    @Operation(operationId = "updateForumRule", summary = "Set the LA's voting rule for TOP_SLICE or BLOCK_TRANSFER (If-Match \"0\" replaces the default)")
    @RequestBody(content = @Content(schema = @Schema(implementation = VotingRuleRequest.class), examples = @ExampleObject(name = "rule", value = ForumExamples.RULE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VotingRuleView.class), examples = @ExampleObject(name = "rule", value = ForumExamples.RULE)))
    public Response update(@PathParam("decision") ForumDecision decision, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull VotingRuleRequest request) {
        VotingRuleView v = VotingRuleView.of(service.update(user.tenant(), decision, Paging.ifMatch(ifMatch), request.toDomain(decision), user.userId()));
        return Response.ok(v).header(HttpHeaders.ETAG, ETags.of(v.version())).build();
    }
}
