package uk.send.notification.webhook.rest;

import uk.send.platform.openapi.PageSchema;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Responses;
import jakarta.ws.rs.BeanParam;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.notification.webhook.domain.WebhookCaller;
import uk.send.notification.webhook.service.WebhookService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Signed CloudEvent deliveries to partner systems (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CASE_MANAGEMENT})
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WebhookResource {

    private final WebhookService webhooks;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public WebhookResource(WebhookService webhooks, IdempotencyService idempotency, CurrentUser user) {
        this.webhooks = webhooks;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register an HTTPS endpoint; the response carries its signing secret, shown once")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid URL, private or loopback address, or event types", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@HeaderParam(IdempotencyService.HEADER) String idempotencyKey, @Valid @NotNull WebhookRequest request,
                             @Context UriInfo uri) {
        String tenant = user.tenant();
        return idempotency.execute(tenant, idempotencyKey, "POST /api/v1/webhooks", request, () -> {
            WebhookView view = WebhookView.of(webhooks.register(caller(), request.url(), request.eventTypes()));
            return Responses.created(uri, view.id(), view.version(), view);
        });
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Your client's webhooks, or all of the LA's for an admin (secrets are never shown again)")
    @APIResponse(responseCode = "200", description = "One page of webhooks", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookPage.class)))
    public Page<WebhookView> list(@Valid @BeanParam PageParams page) {
        return Paging.page(webhooks.list(caller(), Paging.request(page)), page, WebhookView::of);
    }

    @GET
    @Path("/{webhookId}")
    @Operation(operationId = "getWebhook", summary = "One webhook")
    @APIResponse(responseCode = "200", description = "The webhook; ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public Response get(@PathParam("webhookId") UUID id) {
        WebhookView view = webhooks.find(caller(), id).map(WebhookView::of).orElseThrow(() -> ApiProblem.notFound("Webhook", id));
        return Responses.tagged(view, view.version());
    }

    @POST
    @Path("/{webhookId}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Issue a new secret; the old one stays valid for 24 hours and deliveries are signed with both meanwhile")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response rotate(@PathParam("webhookId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WebhookView view = webhooks.rotate(caller(), id, Paging.ifMatch(ifMatch)).map(WebhookView::of).orElseThrow(() -> ApiProblem.notFound("Webhook", id));
        return Responses.tagged(view, view.version());
    }

    @DELETE
    @Path("/{webhookId}")
    @Operation(operationId = "deleteWebhook", summary = "Stop deliveries to this webhook")
    @APIResponse(responseCode = "204", description = "Deactivated")
    public Response delete(@PathParam("webhookId") UUID id) {
        if (!webhooks.deactivate(caller(), id)) {
            throw ApiProblem.notFound("Webhook", id);
        }
        return Response.noContent().build();
    }

    /** A partner manages the webhooks its client registered; an LA admin manages all of the LA's. */
    private WebhookCaller caller() {
        return new WebhookCaller(user.tenant(), user.clientId(), user.hasRole(Roles.ADMIN));
    }

    @Schema(name = "WebhookPage", description = "One page of webhooks")
    static final class WebhookPage extends PageSchema<WebhookView> {
    }
}
