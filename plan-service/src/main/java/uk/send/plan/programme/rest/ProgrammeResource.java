package uk.send.plan.programme.rest;

import uk.send.plan.item.domain.ItemFilter;
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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.plan.item.domain.ItemKind;
import uk.send.plan.item.domain.ItemStatus;
import uk.send.plan.programme.service.ProgrammeService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/programmes")
@Tag(name = "Programmes", description = "Strategies, recovery plans and work programmes, and their tasks")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ProgrammeResource {


    private final ProgrammeService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public ProgrammeResource(ProgrammeService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "createProgramme", summary = "Create a programme, optionally with its tasks")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers set",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = "Makes a retried POST safe: same key and body return the first response")
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull ProgrammeRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        return idempotency.execute(tenant, idempotencyKey, "POST /api/v1/programmes", request, () -> {
            ProgrammeView created = ProgrammeApi.view(service.create(tenant, ProgrammeApi.draft(request)));
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(created.version())).entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "listProgrammes", summary = "List this LA's programmes, newest first")
    @APIResponse(responseCode = "200", description = "One page of programmes", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammePage.class)))
    public Page<ProgrammeView> list(@Valid @BeanParam PageParams page) {
        return Paging.page(service.list(user.tenant(), Paging.request(page)), page, ProgrammeApi::view);
    }

    @GET
    @Path("/{programmeId}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "getProgramme", summary = "Read a programme; the ETag header is what an update must send in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "404", description = "No such programme in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("programmeId") UUID id) {
        ProgrammeView view = service.find(user.tenant(), id).map(ProgrammeApi::view).orElseThrow(() -> ApiProblem.notFound("Programme", id));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{programmeId}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "updateProgramme", summary = "Replace a programme's title, kind and description (tasks are changed through their own resource)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("programmeId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ProgrammeRequest request) {
        if (request.tasks() != null && !request.tasks().isEmpty()) {
            throw ApiProblem.badRequest("tasks", "tasks are added with POST /api/v1/programmes/{id}/tasks, not by PUT");
        }
        ProgrammeView view = service.update(user.tenant(), id, Paging.ifMatch(ifMatch), ProgrammeApi.draft(request)).map(ProgrammeApi::view).orElseThrow(() -> ApiProblem.notFound("Programme", id));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @POST
    @Path("/{programmeId}/tasks")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "createTask", summary = "Add a task to a programme")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response addTask(@PathParam("programmeId") UUID id, @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                            @Valid @NotNull TaskRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        return idempotency.execute(tenant, idempotencyKey, "POST /api/v1/programmes/" + id + "/tasks", request, () -> {
            TaskView task = service.addTask(tenant, id, ProgrammeApi.draft(request)).map(ProgrammeApi::view).orElseThrow(() -> ApiProblem.notFound("Programme", id));
            return Response.created(uri.getAbsolutePathBuilder().path(task.id().toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(task.version())).entity(task).build();
        });
    }

    @GET
    @Path("/{programmeId}/tasks")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "listTasks", summary = "List a programme's tasks by due date, filtered by status, lead officer and due date")
    @APIResponse(responseCode = "200", description = "One page of tasks", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskPage.class)))
    public Page<TaskView> tasks(@PathParam("programmeId") UUID id,
                                @QueryParam("status") ItemStatus status,
                                @Parameter(description = "Lead officer id") @QueryParam("lead") String lead,
                                @Parameter(description = "Due strictly before this date") @QueryParam("dueBefore") LocalDate dueBefore,
                                @Parameter(description = "Due strictly after this date") @QueryParam("dueAfter") LocalDate dueAfter,
                                @Valid @BeanParam PageParams page) {
        return service.listTasks(user.tenant(), id, new ItemFilter(ItemKind.TASK, status, lead, dueBefore, dueAfter), Paging.request(page))
                .map(found -> Paging.page(found, page, ProgrammeApi::view))
                .orElseThrow(() -> ApiProblem.notFound("Programme", id));
    }

    @GET
    @Path("/{programmeId}/tasks/{taskId}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "getTask", summary = "Read a task")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response task(@PathParam("programmeId") UUID id, @PathParam("taskId") UUID taskId) {
        TaskView view = service.findTask(user.tenant(), id, taskId).map(ProgrammeApi::view).orElseThrow(() -> ApiProblem.notFound("Task", taskId));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{programmeId}/tasks/{taskId}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "updateTask", summary = "Replace a task (title, lead officer, due date, status); a status change is published")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateTask(@PathParam("programmeId") UUID id, @PathParam("taskId") UUID taskId,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TaskRequest request) {
        TaskView view = service.updateTask(user.tenant(), id, taskId, Paging.ifMatch(ifMatch), ProgrammeApi.draft(request)).map(ProgrammeApi::view).orElseThrow(() -> ApiProblem.notFound("Task", taskId));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @Schema(name = "ProgrammePage", description = "One page of programmes")
    static final class ProgrammePage extends PageSchema<ProgrammeView> {
    }

    @Schema(name = "TaskPage", description = "One page of tasks")
    static final class TaskPage extends PageSchema<TaskView> {
    }
}
