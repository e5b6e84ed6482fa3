package uk.send.plan.governance.rest;

import uk.send.plan.governance.domain.GroupFilter;
import uk.send.platform.openapi.PageSchema;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.plan.governance.domain.GroupKind;
import uk.send.plan.governance.service.GovernanceService;
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

@Path("/api/v1/governance-groups")
@Tag(name = "Governance", description = "Steering, working and reference groups: remit, members and meetings")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class GovernanceResource {

    private final GovernanceService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public GovernanceResource(GovernanceService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "createGovernanceGroup", summary = "Create a governance group with its remit and members")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers set", content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown programme, or Idempotency-Key reused with a different body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = "Makes a retried POST safe: same key and body return the first response")
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull GroupRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        return idempotency.execute(tenant, idempotencyKey, "POST /api/v1/governance-groups", request, () -> {
            PageParams meetings = new PageParams(0, 20);
            GroupView created = GovernanceApi.view(service.create(tenant, GovernanceApi.draft(request), Paging.request(meetings)), meetings);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(created.version())).entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "listGovernanceGroups", summary = "List this LA's governance groups by name, filtered by programme and kind")
    @APIResponse(responseCode = "200", description = "One page of governance groups", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GovernanceGroupPage.class)))
    public Page<GroupSummary> list(@Parameter(description = "Only the groups of this programme") @QueryParam("programmeId") UUID programmeId,
                                   @QueryParam("kind") GroupKind kind, @Valid @BeanParam PageParams page) {
        return Paging.page(service.list(user.tenant(), new GroupFilter(programmeId, kind), Paging.request(page)), page, GovernanceApi::summary);
    }

    @GET
    @Path("/{groupId}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "getGovernanceGroup", summary = "Read a group with its remit, members and a page of its meetings (newest first); the ETag header is what an update must send in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "404", description = "No such group in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("groupId") UUID id, @Valid @BeanParam PageParams meetings) {
        GroupView view = service.find(user.tenant(), id, Paging.request(meetings)).map(g -> GovernanceApi.view(g, meetings)).orElseThrow(() -> ApiProblem.notFound("Governance group", id));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{groupId}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "updateGovernanceGroup", summary = "Replace a group: kind, name, dimension of need, remit, chair and members (meetings are added through their own resource)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "404", description = "No such group in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("groupId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull GroupRequest request) {
        PageParams meetings = new PageParams(0, 20);
        GroupView view = service.update(user.tenant(), id, Paging.ifMatch(ifMatch), GovernanceApi.draft(request), Paging.request(meetings))
                .map(g -> GovernanceApi.view(g, meetings))
                .orElseThrow(() -> ApiProblem.notFound("Governance group", id));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @POST
    @Path("/{groupId}/meetings")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "createMeeting", summary = "Record a meeting the group held")
    @APIResponse(responseCode = "201", description = "Recorded; Location set", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No such group in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addMeeting(@PathParam("groupId") UUID id, @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                               @Valid @NotNull MeetingRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        return idempotency.execute(tenant, idempotencyKey, "POST /api/v1/governance-groups/" + id + "/meetings", request, () -> {
            MeetingView meeting = service.addMeeting(tenant, id, GovernanceApi.draft(request)).map(GovernanceApi::view).orElseThrow(() -> ApiProblem.notFound("Governance group", id));
            return Response.created(uri.getAbsolutePathBuilder().path(meeting.id().toString()).build()).entity(meeting).build();
        });
    }

    @GET
    @Path("/{groupId}/meetings")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "listMeetings", summary = "List a group's meetings, newest first")
    @APIResponse(responseCode = "200", description = "One page of meetings", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingPage.class)))
    @APIResponse(responseCode = "404", description = "No such group in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<MeetingView> meetings(@PathParam("groupId") UUID id, @Valid @BeanParam PageParams page) {
        return service.meetings(user.tenant(), id, Paging.request(page)).map(found -> Paging.page(found, page, GovernanceApi::view)).orElseThrow(() -> ApiProblem.notFound("Governance group", id));
    }

    @GET
    @Path("/{groupId}/meetings/{meetingId}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "getMeeting", summary = "Read one meeting")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No such meeting", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeetingView meeting(@PathParam("groupId") UUID id, @PathParam("meetingId") UUID meetingId) {
        return service.findMeeting(user.tenant(), id, meetingId).map(GovernanceApi::view).orElseThrow(() -> ApiProblem.notFound("Meeting", meetingId));
    }

    @Schema(name = "GovernanceGroupPage", description = "One page of governance groups")
    static final class GovernanceGroupPage extends PageSchema<GroupSummary> {
    }

    @Schema(name = "MeetingPage", description = "One page of meetings")
    static final class MeetingPage extends PageSchema<MeetingView> {
    }
}
