package uk.send.plan.item.rest;

import uk.send.plan.item.domain.ItemFilter;
import uk.send.platform.openapi.PageSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import uk.send.plan.item.domain.ItemKind;
import uk.send.plan.item.domain.ItemStatus;
import uk.send.plan.item.domain.Rag;
import uk.send.plan.item.service.ItemDependencyService;
import uk.send.plan.item.service.ItemService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/programmes/{programmeId}/items")
@Tag(name = "Programme items", description = "Phases, tasks, deliverables, actions and success criteria, with deadlines, status, RAG and dependencies")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such programme or item in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ItemResource {

    private final ItemService items;
    private final ItemDependencyService dependencies;
    private final IdempotencyService idempotency;
    private final CurrentUser user;
    private final Clock clock;

    public ItemResource(ItemService items, ItemDependencyService dependencies, IdempotencyService idempotency, CurrentUser user, Clock clock) {
        this.items = items;
        this.dependencies = dependencies;
        this.idempotency = idempotency;
        this.user = user;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "createItem", summary = "Add an item; deadlines may be written as the LA writes them (\"SEPT 2022\", \"June – Nov 2000\", \"EVERY JANUARY\")")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or an unreadable deadline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The item cannot sit under that parent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("programmeId") UUID programmeId, @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull ItemRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        return idempotency.execute(tenant, idempotencyKey, "POST /api/v1/programmes/" + programmeId + "/items", request, () -> {
            ItemView view = items.create(tenant, programmeId, ItemApi.draft(request)).map(ItemApi::view).orElseThrow(() -> ApiProblem.notFound("Programme", programmeId));
            return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(view.version())).entity(view).build();
        });
    }

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "listItems", summary = "List items by next deadline, filtered by kind, status, RAG (rolled up), lead officer and due date")
    @APIResponse(responseCode = "200", description = "One page of items", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemPage.class)))
    public Page<ItemView> list(@PathParam("programmeId") UUID programmeId, @QueryParam("kind") ItemKind kind,
                               @QueryParam("status") ItemStatus status, @QueryParam("rag") Rag rag,
                               @Parameter(description = "Lead officer id") @QueryParam("lead") String lead,
                               @Parameter(description = "Next deadline strictly before this date") @QueryParam("dueBefore") LocalDate dueBefore,
                               @Parameter(description = "Next deadline strictly after this date") @QueryParam("dueAfter") LocalDate dueAfter,
                               @Valid @BeanParam PageParams page) {
        return items.list(user.tenant(), programmeId, new ItemFilter(kind, status, lead, dueBefore, dueAfter), rag, Paging.request(page))
                .map(found -> Paging.page(found, page, ItemApi::view))
                .orElseThrow(() -> ApiProblem.notFound("Programme", programmeId));
    }

    @GET
    @Path("/tree")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "getItemTree", summary = "The programme at a glance: every item as a tree, each with its own and its rolled-up RAG")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgrammeTree.class)))
    @APIResponse(responseCode = "422", description = "The programme has more items than one tree answers with "
            + "(plan.items.tree-max-items, 10,000 by default): page through the item list instead",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgrammeTree tree(@PathParam("programmeId") UUID programmeId,
                              @Parameter(description = "RAG as of this date (default today)") @QueryParam("asOf") LocalDate asOf) {
        return items.tree(user.tenant(), programmeId, asOf == null ? LocalDate.now(clock) : asOf).map(ItemApi::tree)
                .orElseThrow(() -> ApiProblem.notFound("Programme", programmeId));
    }

    @GET
    @Path("/{itemId}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "getItem", summary = "Read an item with its rolled-up RAG; the ETag is what an update sends in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ItemView.class)))
    public Response get(@PathParam("programmeId") UUID programmeId, @PathParam("itemId") UUID itemId) {
        ItemView view = items.find(user.tenant(), programmeId, itemId).map(ItemApi::view).orElseThrow(() -> ApiProblem.notFound("Item", itemId));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "updateItem", summary = "Replace an item (title, lead, deadlines, status); marking it done is refused while an item blocking it is open")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "412", description = "Changed since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Blocked by an open item, or kind/parent changed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("programmeId") UUID programmeId, @PathParam("itemId") UUID itemId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ItemRequest request) {
        ItemView view = items.update(user.tenant(), programmeId, itemId, Paging.ifMatch(ifMatch), ItemApi.draft(request)).map(ItemApi::view).orElseThrow(() -> ApiProblem.notFound("Item", itemId));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{itemId}/rag-override")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "setRagOverride", summary = "Set the item's RAG by hand, with the reason")
    @APIResponse(responseCode = "200", description = "The item with its RAG set by hand", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public ItemView overrideRag(@PathParam("programmeId") UUID programmeId, @PathParam("itemId") UUID itemId,
                                @Valid @NotNull RagOverrideRequest request) {
        return items.overrideRag(user.tenant(), programmeId, itemId, ItemApi.ragOverride(request)).map(ItemApi::view).orElseThrow(() -> ApiProblem.notFound("Item", itemId));
    }

    @DELETE
    @Path("/{itemId}/rag-override")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "clearRagOverride", summary = "Go back to the RAG the rule gives")
    @APIResponse(responseCode = "200", description = "The item with the RAG the rule gives", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public ItemView clearRag(@PathParam("programmeId") UUID programmeId, @PathParam("itemId") UUID itemId) {
        return items.overrideRag(user.tenant(), programmeId, itemId, null).map(ItemApi::view).orElseThrow(() -> ApiProblem.notFound("Item", itemId));
    }

    @POST
    @Path("/{itemId}/dependencies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "addDependency", summary = "Record that this item depends on another (BLOCKS or PRECEDES)")
    @APIResponse(responseCode = "200", description = "The item with its new dependency", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "422", description = "Would create a cycle", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ItemView addDependency(@PathParam("programmeId") UUID programmeId, @PathParam("itemId") UUID itemId,
                                  @Valid @NotNull DependencyRequest request) {
        return dependencies.add(user.tenant(), programmeId, itemId, request.blockerId(), ItemApi.kind(request.kind())).map(ItemApi::view)
                .orElseThrow(() -> ApiProblem.notFound("Item", itemId));
    }

    @DELETE
    @Path("/{itemId}/dependencies/{blockerId}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "removeDependency", summary = "Remove a dependency")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeDependency(@PathParam("programmeId") UUID programmeId, @PathParam("itemId") UUID itemId,
                                     @PathParam("blockerId") UUID blockerId) {
        if (!dependencies.remove(user.tenant(), programmeId, itemId, blockerId)) {
            throw ApiProblem.notFound("Dependency", blockerId);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{itemId}/deadlines/{deadlineId}/met")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "markDeadlineMet", summary = "Mark one deadline met; a recurring one (\"EVERY JANUARY\") rolls forward to its next occurrence")
    @APIResponse(responseCode = "200", description = "The item with the deadline met (a recurring one moves to its next date)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "409", description = "Already met", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ItemView meet(@PathParam("programmeId") UUID programmeId, @PathParam("itemId") UUID itemId, @PathParam("deadlineId") UUID deadlineId) {
        return items.meetDeadline(user.tenant(), programmeId, itemId, deadlineId).map(ItemApi::view).orElseThrow(() -> ApiProblem.notFound("Item", itemId));
    }

    @Schema(name = "ItemPage", description = "One page of items")
    static final class ItemPage extends PageSchema<ItemView> {
    }
}
