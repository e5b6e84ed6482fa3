package uk.send.plan.kpi.rest;

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
import uk.send.plan.kpi.service.KpiService;
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

@Path("/api/v1/programmes/{programmeId}")
@Tag(name = "KPIs", description = "Success criteria as measures: baseline, target, measurements and progress against targets")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class KpiResource {

    private final KpiService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public KpiResource(KpiService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @GET
    @Path("/kpis")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "listKpis", summary = "The programme's progress against its targets: every measure with its latest value, progress, course and trend")
    @APIResponse(responseCode = "200", description = "One page of the programme's KPIs", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiPage.class)))
    @APIResponse(responseCode = "404", description = "No such programme in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<KpiView> kpis(@PathParam("programmeId") UUID programmeId, @Valid @BeanParam PageParams page) {
        return service.list(user.tenant(), programmeId, Paging.request(page)).map(found -> Paging.page(found, page, KpiApi::view)).orElseThrow(() -> ApiProblem.notFound("Programme", programmeId));
    }

    @PUT
    @Path("/items/{itemId}/measure")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "putMeasure", summary = "Create or replace a success criterion's measure (its measurements are kept); replacing requires If-Match")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers set", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a target that lies the wrong way from the baseline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item in this programme of your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag (or was sent for a measure that does not exist yet)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The item is not a success criterion", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing when replacing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putMeasure(@PathParam("programmeId") UUID programmeId, @PathParam("itemId") UUID itemId,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull MeasureRequest request,
                               @Context UriInfo uri) {
        PageParams measurements = new PageParams(0, 20);
        boolean versionNamed = ifMatch != null && !ifMatch.isBlank();
        KpiService.Saved saved = service.put(user.tenant(), programmeId, itemId, Paging.ifMatch(ifMatch), versionNamed, KpiApi.draft(request),
                        Paging.request(measurements))
                .orElseThrow(() -> ApiProblem.notFound("Item", itemId));
        Response.ResponseBuilder response = saved.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.header(HttpHeaders.ETAG, ETags.of(saved.measure().version())).entity(KpiApi.view(saved.measure(), measurements)).build();
    }

    @GET
    @Path("/items/{itemId}/measure")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "getMeasure", summary = "Read a criterion's measure with its latest value, progress, course, trend and a page of its measurements, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "404", description = "No such criterion in this programme of your LA, or it has no measure", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response measure(@PathParam("programmeId") UUID programmeId, @PathParam("itemId") UUID itemId, @Valid @BeanParam PageParams page) {
        MeasureView view = service.find(user.tenant(), programmeId, itemId, Paging.request(page)).map(m -> KpiApi.view(m, page)).orElseThrow(() -> ApiProblem.notFound("Measure of item", itemId));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @POST
    @Path("/items/{itemId}/measure/measurements")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "createMeasurement", summary = "Record a value of a measure (one per day and source); published as uk.send.plan.kpi.measured.v1")
    @APIResponse(responseCode = "201", description = "Recorded; Location set", content = @Content(schema = @Schema(implementation = MeasurementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such measure in this programme of your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A measurement for that day and source is already recorded", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("programmeId") UUID programmeId, @PathParam("itemId") UUID itemId,
                           @Parameter(description = "Makes a retried POST safe: same key and body return the first response")
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull MeasurementRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        String operation = "POST /api/v1/programmes/" + programmeId + "/items/" + itemId + "/measure/measurements";
        return idempotency.execute(tenant, idempotencyKey, operation, request, () -> {
            MeasurementView recorded = service.record(tenant, programmeId, itemId, KpiApi.draft(request)).map(KpiApi::view)
                    .orElseThrow(() -> ApiProblem.notFound("Measure of item", itemId));
            return Response.created(uri.getAbsolutePathBuilder().path(recorded.id().toString()).build()).entity(recorded).build();
        });
    }

    @GET
    @Path("/items/{itemId}/measure/measurements/{measurementId}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "getMeasurement", summary = "Read one measurement")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MeasurementView.class)))
    @APIResponse(responseCode = "404", description = "No such measurement", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeasurementView measurement(@PathParam("programmeId") UUID programmeId, @PathParam("itemId") UUID itemId,
                                       @PathParam("measurementId") UUID measurementId) {
        return service.findMeasurement(user.tenant(), programmeId, itemId, measurementId).map(KpiApi::view)
                .orElseThrow(() -> ApiProblem.notFound("Measurement", measurementId));
    }

    @Schema(name = "KpiPage", description = "One page of the programme's KPIs")
    static final class KpiPage extends PageSchema<KpiView> {
    }
}
