package uk.send.placement.capital.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.placement.capital.domain.CapitalProject;
import uk.send.placement.capital.domain.PlannedMilestone;
import uk.send.placement.capital.domain.ProjectWithMilestones;
import uk.send.placement.capital.service.CapitalService;
import uk.send.placement.provider.domain.NeedType;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Responses;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/capital-projects")
@Tag(name = "Capital programme", description = "Projects that add specialist places: milestones reminded as deadlines, delivered places entered in the ledger")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CapitalResource {

    private static final String PROJECT_EXAMPLE = """
            {"id": "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f", "name": "Oakwood SEMH extension", "providerId": "3f1c2d9e-8b7a-4c6d-9e0f-1a2b3c4d5e6f",
             "needType": "SEMH", "places": 32, "deliveryAcademicYear": 2027, "version": 0,
             "milestones": [{"id": "9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b", "name": "Planning permission", "dueDate": "2027-01-29"}]}""";

    private final CapitalService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public CapitalResource(CapitalService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    public record MilestoneRequest(@NotBlank @Size(max = 300) String name, @NotNull LocalDate dueDate) {
    }

    public record ProjectRequest(@NotBlank @Size(max = 300) @Schema(example = "Oakwood SEMH extension") String name, @NotNull UUID providerId,
                                 @NotNull NeedType needType, @NotNull @Min(value = 1, message = "must be 1 to 1000") @Max(value = 1000, message = "must be 1 to 1000") Integer places,
                                 @NotNull @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier")
                                 @Schema(description = "Academic year (its starting year) the places open", example = "2027") Integer deliveryAcademicYear,
                                 @Size(max = 50) List<@Valid @NotNull MilestoneRequest> milestones) {
    }

    public record MilestoneView(UUID id, String name, LocalDate dueDate, LocalDate doneOn) {
    }

    public record ProjectView(UUID id, String name, UUID providerId, NeedType needType, int places, int deliveryAcademicYear, LocalDate deliveredOn,
                              long version, List<MilestoneView> milestones) {
        static ProjectView of(ProjectWithMilestones p) {
            CapitalProject r = p.project();
            return new ProjectView(r.id(), r.name(), r.providerId(), NeedType.valueOf(r.needType()), r.places(), r.deliveryAcademicYear(), r.deliveredOn(),
                    r.version(), p.milestones().stream().map(m -> new MilestoneView(m.id(), m.name(), m.dueDate(), m.doneOn())).toList());
        }
    }

    public record ProjectPage(List<ProjectView> items, int page, int size, long totalItems, int totalPages) {
    }

    @POST
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "createCapitalProject", summary = "Record a capital project that adds places, with its milestones")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "project", value = "{\"name\": \"Oakwood SEMH extension\", \"providerId\": \"3f1c2d9e-8b7a-4c6d-9e0f-1a2b3c4d5e6f\", "
            + "\"needType\": \"SEMH\", \"places\": 32, \"deliveryAcademicYear\": 2027, \"milestones\": [{\"name\": \"Planning permission\", \"dueDate\": \"2027-01-29\"}]}")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProjectView.class), examples = @ExampleObject(name = "project", value = PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@HeaderParam(IdempotencyService.HEADER) String idempotencyKey, @Valid @NotNull ProjectRequest r, @Context UriInfo uri) {
        String tenant = user.tenant();
        return idempotency.execute(tenant, idempotencyKey, "POST /api/v1/capital-projects", r, () -> {
            ProjectView v = ProjectView.of(service.create(tenant, r.name(), r.providerId(), r.needType(), r.places(), r.deliveryAcademicYear(),
                    r.milestones() == null ? List.of() : r.milestones().stream().map(m -> new PlannedMilestone(m.name(), m.dueDate())).toList()));
            return Responses.created(uri, v.id(), v.version(), v);
        });
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "listCapitalProjects", summary = "The capital programme, by name")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProjectPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + PROJECT_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<ProjectView> list(@Valid @BeanParam PageParams page) {
        return Paging.page(service.list(user.tenant(), Paging.request(page)), page, ProjectView::of);
    }

    @GET
    @Path("/{projectId}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "getCapitalProject", summary = "A capital project and its milestones; the ETag is what delivery sends in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProjectView.class), examples = @ExampleObject(name = "project", value = PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such project in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("projectId") UUID id) {
        ProjectView v = service.find(user.tenant(), id).map(ProjectView::of).orElseThrow(() -> ApiProblem.notFound("Capital project", id));
        return Responses.tagged(v, v.version());
    }

    @Consumes(MediaType.WILDCARD)
    @POST
    @Path("/{projectId}/delivery")
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "deliverCapitalProject", summary = "The project's places are delivered: they enter the ledger for its delivery year (If-Match)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProjectView.class), examples = @ExampleObject(name = "project", value = PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such project in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already delivered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deliver(@PathParam("projectId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ProjectView v = service.deliver(user.tenant(), id, Paging.ifMatch(ifMatch)).map(ProjectView::of).orElseThrow(() -> ApiProblem.notFound("Capital project", id));
        return Responses.tagged(v, v.version());
    }

    public record MilestoneDone(LocalDate doneOn) {
    }

    @Consumes(MediaType.WILDCARD)
    @POST
    @Path("/{projectId}/milestones/{milestoneId}/done")
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "completeCapitalMilestone", summary = "Mark a milestone done: no more reminders for it")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MilestoneDone.class),
            examples = @ExampleObject(name = "done", value = "{\"doneOn\": \"2027-01-20\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProjectView.class), examples = @ExampleObject(name = "project", value = PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such project or milestone in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectView done(@PathParam("projectId") UUID id, @PathParam("milestoneId") UUID milestoneId, MilestoneDone body) {
        if (!service.completeMilestone(user.tenant(), id, milestoneId, body == null ? null : body.doneOn())) {
            throw ApiProblem.notFound("Milestone", milestoneId);
        }
        return service.find(user.tenant(), id).map(ProjectView::of).orElseThrow(() -> ApiProblem.notFound("Capital project", id));
    }
}
