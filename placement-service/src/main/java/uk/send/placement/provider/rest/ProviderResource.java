package uk.send.placement.provider.rest;

import uk.send.platform.openapi.PageSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.ProviderType;
import uk.send.placement.provider.repository.ProviderRepository;
import uk.send.placement.provider.service.ProviderService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Responses;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/providers")
@Tag(name = "Providers", description = "The register of providers of specialist places and the need types each serves")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ProviderResource {

    private final ProviderService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public ProviderResource(ProviderService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "createProvider", summary = "Register a provider")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers set",
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A provider with this URN is already registered in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Parameter(description = "Makes a retried POST safe: same key and body return the first response")
                             @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                             @Valid @NotNull ProviderRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        return idempotency.execute(tenant, idempotencyKey, "POST /api/v1/providers", request, () -> {
            ProviderView created = ProviderView.of(service.register(tenant, request.toDetails()));
            return Responses.created(uri, created.id(), created.version(), created);
        });
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.SEN_OFFICER, Roles.FINANCE, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "listProviders", summary = "List this LA's providers by name, filtered by type, need type, part of the name and whether active")
    @APIResponse(responseCode = "200", description = "One page of providers", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProviderPage.class)))
    public Page<ProviderView> list(@QueryParam("type") ProviderType type,
                                   @Parameter(description = "Only providers that serve this need type") @QueryParam("needType") NeedType needType,
                                   @Parameter(description = "Part of the name, in any case") @QueryParam("q") @Size(max = 300) String q,
                                   @QueryParam("active") Boolean active,
                                   @Valid @BeanParam PageParams page) {
        return Paging.page(service.list(user.tenant(), new ProviderRepository.Filter(type, needType, q, active), Paging.request(page)), page, ProviderView::of);
    }

    @GET
    @Path("/{providerId}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.SEN_OFFICER, Roles.FINANCE, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "getProvider", summary = "Read a provider; the ETag header is what an update must send in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "404", description = "No such provider in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("providerId") UUID id) {
        ProviderView view = service.find(user.tenant(), id).map(ProviderView::of).orElseThrow(() -> ApiProblem.notFound("Provider", id));
        return Responses.tagged(view, view.version());
    }

    @PUT
    @Path("/{providerId}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "updateProvider", summary = "Replace a provider's details and need types; the change is published")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "404", description = "No such provider in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another provider with this URN is already registered in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("providerId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ProviderRequest request) {
        ProviderView view = service.update(user.tenant(), id, Paging.ifMatch(ifMatch), request.toDetails()).map(ProviderView::of)
                .orElseThrow(() -> ApiProblem.notFound("Provider", id));
        return Responses.tagged(view, view.version());
    }

    @Schema(name = "ProviderPage", description = "One page of providers")
    static final class ProviderPage extends PageSchema<ProviderView> {
    }
}
