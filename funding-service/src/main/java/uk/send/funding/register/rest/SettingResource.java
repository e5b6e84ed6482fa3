package uk.send.funding.register.rest;

import uk.send.platform.rest.Paging;
import uk.send.platform.openapi.PageSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.funding.register.entity.SettingType;
import uk.send.funding.register.repository.SettingRepository;
import uk.send.funding.register.service.SettingService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Problem;
import uk.send.platform.rest.Responses;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/settings")
@Tag(name = "Settings", description = "The register of settings (schools and other provision) the LA funds")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SettingResource {

    /** Roles that read the whole register of their LA; a school user reads only its own setting. */
    private static final List<String> LA_READERS = List.of(Roles.FINANCE, Roles.SEN_OFFICER, Roles.COMMISSIONER, Roles.PROGRAMME_LEAD, Roles.ADMIN);

    private final SettingService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public SettingResource(SettingService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "createSetting", summary = "Register a setting in your LA's register")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag headers set",
            content = @Content(schema = @Schema(implementation = SettingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A setting with this URN is already registered in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Parameter(description = "Makes a retried POST safe: same key and body return the first response")
                             @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                             @Valid @NotNull SettingRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        return idempotency.execute(tenant, idempotencyKey, "POST /api/v1/settings", request, () -> {
            SettingView created = SettingView.of(service.register(tenant, request.toDomain()));
            return Responses.created(uri, created.id(), created.version(), created);
        });
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.SEN_OFFICER, Roles.COMMISSIONER, Roles.PROGRAMME_LEAD, Roles.ADMIN, Roles.SCHOOL})
    @Operation(operationId = "listSettings", summary = "List this LA's settings by name, filtered by type, cluster, name and whether active (a school user sees only its own)")
    @APIResponse(responseCode = "200", description = "One page of settings", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingPage.class)))
    public Page<SettingView> list(@QueryParam("type") SettingType type,
                                  @Parameter(description = "Cluster name, exactly") @QueryParam("cluster") String cluster,
                                  @Parameter(description = "Part of the name, in any case") @QueryParam("q") @Size(max = 300) String q,
                                  @Parameter(description = "Only active (true) or inactive (false) settings") @QueryParam("active") Boolean active,
                                  @Valid @BeanParam PageParams page) {
        String onlyUrn = schoolUrn().orElse(null);
        var filter = new SettingRepository.Filter(type, blankToNull(cluster), blankToNull(q), active, onlyUrn);
        return Paging.page(service.list(user.tenant(), filter, Paging.request(page)), page, SettingView::of);
    }

    @GET
    @Path("/{settingId}")
    @RolesAllowed({Roles.FINANCE, Roles.SEN_OFFICER, Roles.COMMISSIONER, Roles.PROGRAMME_LEAD, Roles.ADMIN, Roles.SCHOOL})
    @Operation(operationId = "getSetting", summary = "Read a setting; the ETag header is what an update must send in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SettingView.class)))
    @APIResponse(responseCode = "404", description = "No such setting in your LA (or, for a school user, not its own)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("settingId") UUID id) {
        Optional<String> onlyUrn = schoolUrn();
        SettingView view = service.find(user.tenant(), id).map(SettingView::of).filter(v -> onlyUrn.map(v.urn()::equals).orElse(true))
                .orElseThrow(() -> ApiProblem.notFound("Setting", id));
        return Responses.tagged(view, view.version());
    }

    @GET
    @Path("/by-urn/{urn}")
    @RolesAllowed({Roles.FINANCE, Roles.SEN_OFFICER, Roles.COMMISSIONER, Roles.PROGRAMME_LEAD, Roles.ADMIN, Roles.SCHOOL})
    @Operation(operationId = "getSettingByUrn", summary = "Find a setting by its URN, as partner systems know it")
    @APIResponse(responseCode = "200", description = "The setting; ETag is its version", content = @Content(schema = @Schema(implementation = SettingView.class)),
            headers = @Header(name = "ETag", description = "The setting's version: send it back in If-Match to change it", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Not a 6-digit URN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No setting with this URN in your LA (or, for a school user, not its own)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response byUrn(@Parameter(description = "6-digit Unique Reference Number", example = "118234")
                          @PathParam("urn") @Pattern(regexp = "\\d{6}", message = "must be a 6-digit URN") String urn) {
        Optional<String> onlyUrn = schoolUrn();
        SettingView view = service.findByUrn(user.tenant(), urn).map(SettingView::of).filter(v -> onlyUrn.map(v.urn()::equals).orElse(true))
                .orElseThrow(() -> ApiProblem.notFound("Setting with URN", urn));
        return Responses.tagged(view, view.version());
    }

    @PUT
    @Path("/{settingId}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "updateSetting", summary = "Replace a setting (URN, name, type, cluster, active); the change is published")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SettingView.class)))
    @APIResponse(responseCode = "404", description = "No such setting in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another setting of your LA has this URN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("settingId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull SettingRequest request) {
        SettingView view = service.update(user.tenant(), id, Paging.ifMatch(ifMatch), request.toDomain()).map(SettingView::of).orElseThrow(() -> ApiProblem.notFound("Setting", id));
        return Responses.tagged(view, view.version());
    }

    /**
     * The URN a school user is limited to; empty for LA staff, who read the whole register. A school
     * token without a {@code urn} claim names no setting and may read none.
     */
    private Optional<String> schoolUrn() {
        if (LA_READERS.stream().anyMatch(user::hasRole)) {
            return Optional.empty();
        }
        String urn = user.settingUrn().filter(u -> !u.isBlank())
                .orElseThrow(() -> ApiProblem.forbidden("The token names no setting (claim '" + CurrentUser.URN_CLAIM + "')"));
        return Optional.of(urn);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Schema(name = "SettingPage", description = "One page of settings")
    static final class SettingPage extends PageSchema<SettingView> {
    }
}
