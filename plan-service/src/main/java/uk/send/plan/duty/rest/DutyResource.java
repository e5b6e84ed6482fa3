package uk.send.plan.duty.rest;

import uk.send.plan.duty.domain.DutyFilter;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.plan.duty.domain.DutyLevel;
import uk.send.plan.duty.domain.DutyStatus;
import uk.send.plan.duty.service.DutyService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/duties")
@Tag(name = "Statutory duties", description = "The LA's statutory duties (SEND reforms 2014): must versus should, status and evidence")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DutyResource {

    private final DutyService service;
    private final CurrentUser user;

    public DutyResource(DutyService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @POST
    @Path("/catalogue")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "loadDutyCatalogue", summary = "Load the SEND reforms 2014 catalogue of duties into your LA, all NOT_MET; loading again adds nothing and changes nothing")
    @APIResponse(responseCode = "200", description = "How many duties were added", content = @Content(schema = @Schema(implementation = CatalogueLoad.class)))
    public CatalogueLoad loadCatalogue() {
        return DutyApi.load(service.loadCatalogue(user.tenant(), user.userId()));
    }

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "listDuties", summary = "List this LA's duties, MUST first, filtered by level and status")
    @APIResponse(responseCode = "200", description = "One page of duties", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DutyPage.class)))
    public Page<DutyView> list(@QueryParam("level") DutyLevel level, @QueryParam("status") DutyStatus status, @Valid @BeanParam PageParams page) {
        return Paging.page(service.list(user.tenant(), new DutyFilter(level, status), Paging.request(page)), page, DutyApi::view);
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "getDutySummary", summary = "At a glance: counts by level and status, and the MUST duties not yet met")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DutySummary.class)))
    public DutySummary summary() {
        return DutyApi.summary(service.summary(user.tenant()));
    }

    @GET
    @Path("/{dutyId}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "getDuty", summary = "Read a duty; the ETag header is what an update must send in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DutyView.class)))
    @APIResponse(responseCode = "404", description = "No such duty in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("dutyId") UUID id) {
        DutyView view = service.find(user.tenant(), id).map(DutyApi::view).orElseThrow(() -> ApiProblem.notFound("Duty", id));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{dutyId}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "updateDuty", summary = "Set a duty's status and evidence; a status change is published as uk.send.plan.duty.status-changed.v1")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DutyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (e.g. evidenceUrl not http or https)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such duty in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("dutyId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull DutyRequest request) {
        DutyView view = service.update(user.tenant(), id, Paging.ifMatch(ifMatch), DutyApi.update(request), user.userId()).map(DutyApi::view).orElseThrow(() -> ApiProblem.notFound("Duty", id));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @Schema(name = "DutyPage", description = "One page of duties")
    static final class DutyPage extends PageSchema<DutyView> {
    }
}
