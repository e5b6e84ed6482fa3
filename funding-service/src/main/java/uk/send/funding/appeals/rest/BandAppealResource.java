package uk.send.funding.appeals.rest;

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
import jakarta.ws.rs.QueryParam;
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
import uk.send.platform.rest.Paging;
import uk.send.funding.appeals.domain.AppealStatus;
import uk.send.funding.appeals.domain.BandAppeal;
import uk.send.funding.appeals.service.BandAppealService;
import uk.send.funding.money.rest.FundingParams;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/band-appeals")
@Tag(name = "Band appeals", description = "Appeals against an agreed band, heard by the SEN panel")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BandAppealResource {

    static final String VIEW_EXAMPLE = """
            {"id": "7d3b6f0e-2c4a-4e1b-9a57-3c2d8e4f1a90", "ehcpRef": "EHCP-2025-0042", "settingUrn": "100001", "currentBand": "B2", "requestedBand": "B3",
             "reasons": "The agreed band does not fund the 1:1 support named in section F", "lodgedBy": "head@oak.sch.uk",
             "lodgedAt": "2025-07-01T09:00:00Z", "hearBy": "2025-07-29", "status": "UPHELD", "hearingDate": "2025-07-20",
             "outcomeBand": "B3", "backdateFrom": "2025-04-01", "decidedBy": "officer@la.gov.uk", "decidedAt": "2025-07-20T16:00:00Z", "version": 1}""";

    private final BandAppealService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public BandAppealResource(BandAppealService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.SCHOOL, Roles.SEN_OFFICER, Roles.ADMIN})
    @Operation(operationId = "lodgeBandAppeal", summary = "Lodge an appeal against an EHCP's agreed band (a school: for a child placed with it)")
    @RequestBody(content = @Content(schema = @Schema(implementation = AppealViews.LodgeRequest.class), examples = @ExampleObject(name = "appeal",
            value = "{\"ehcpRef\": \"EHCP-2025-0042\", \"requestedBand\": \"B3\", \"reasons\": \"The agreed band does not fund the 1:1 support named in section F\"}")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AppealViews.AppealView.class), examples = @ExampleObject(name = "lodged", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such EHCP placed at your setting (or in your LA)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response lodge(@HeaderParam(IdempotencyService.HEADER) String key, @Valid @NotNull AppealViews.LodgeRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        String schoolUrn = FundingParams.schoolUrn(user).orElse(null);
        return idempotency.execute(tenant, key, "POST /api/v1/band-appeals", request, () -> {
            BandAppeal a = service.lodge(tenant, user.userId(), schoolUrn,
                    new BandAppealService.Lodge(request.ehcpRef(), request.requestedBand().trim(), request.reasons(), request.hearBy()));
            return Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build()).header(HttpHeaders.ETAG, ETags.of(a.version()))
                    .entity(AppealViews.AppealView.of(a)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.SCHOOL, Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listBandAppeals", summary = "List band appeals by hear-by date (a school user: its own setting's)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AppealViews.AppealPage.class), examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<AppealViews.AppealView> list(@QueryParam("status") AppealStatus status, @QueryParam("ehcpRef") String ehcpRef,
                                             @Valid @BeanParam PageParams page) {
        return Paging.page(service.list(user.tenant(), status, FundingParams.schoolUrn(user).orElse(null), ehcpRef, Paging.request(page)), page,
                AppealViews.AppealView::of);
    }

    @GET
    @Path("/{appealId}")
    @RolesAllowed({Roles.SCHOOL, Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getBandAppeal", summary = "Read a band appeal; its ETag is what a decision sends in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AppealViews.AppealView.class), examples = @ExampleObject(name = "appeal", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such appeal in your LA (or of your setting)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("appealId") UUID id) {
        Optional<String> own = FundingParams.schoolUrn(user);
        BandAppeal a = service.find(user.tenant(), id).filter(x -> own.map(x.settingUrn()::equals).orElse(true))
                .orElseThrow(() -> ApiProblem.notFound("Band appeal", id));
        return Response.ok(AppealViews.AppealView.of(a)).header(HttpHeaders.ETAG, ETags.of(a.version())).build();
    }

    @POST
    @Path("/{appealId}/decision")
    @RolesAllowed({Roles.SEN_OFFICER, Roles.ADMIN})
    @Operation(operationId = "decideBandAppeal", summary = "Record the panel's decision: upheld (new band from a backdate, paid months adjusted) or dismissed (with the reason)")
    @RequestBody(content = @Content(schema = @Schema(implementation = AppealViews.DecisionRequest.class), examples = @ExampleObject(name = "upheld",
            value = "{\"outcome\": \"UPHELD\", \"hearingDate\": \"2025-07-20\", \"bandCode\": \"B3\", \"backdateFrom\": \"2025-04-01\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AppealViews.AppealView.class), examples = @ExampleObject(name = "decided", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Upheld without band or backdate, dismissed without reason", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decide(@PathParam("appealId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AppealViews.DecisionRequest request) {
        BandAppeal a = service.decide(user.tenant(), id, Paging.ifMatch(ifMatch), user.userId(), new BandAppealService.Decide(request.outcome(), request.hearingDate(),
                request.bandCode(), request.backdateFrom(), request.reason())).orElseThrow(() -> ApiProblem.notFound("Band appeal", id));
        return Response.ok(AppealViews.AppealView.of(a)).header(HttpHeaders.ETAG, ETags.of(a.version())).build();
    }
}
