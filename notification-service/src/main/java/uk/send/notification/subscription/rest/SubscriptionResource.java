package uk.send.notification.subscription.rest;

import uk.send.platform.openapi.PageSchema;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.IdempotencyService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.notification.subscription.service.SubscriptionService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/subscriptions")
@Tag(name = "Subscriptions", description = "Who in the LA hears about which events, beyond the built-in rules")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_LEAD})
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SubscriptionResource {

    private final SubscriptionService subscriptions;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public SubscriptionResource(SubscriptionService subscriptions, IdempotencyService idempotency, CurrentUser user) {
        this.subscriptions = subscriptions;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Add a subscription rule")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid rule", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@HeaderParam(IdempotencyService.HEADER) String idempotencyKey, @Valid @NotNull SubscriptionRequest request,
                           @Context UriInfo uri) {
        String tenant = user.tenant();
        // A retried or replayed POST with the same key answers the first response and creates nothing (OWASP API6).
        return idempotency.execute(tenant, idempotencyKey, "POST /api/v1/subscriptions", request, () -> {
            SubscriptionView view = SubscriptionView.of(subscriptions.create(tenant, user.userId(), request.toDomain()));
            return Responses.created(uri, view.id(), view);
        });
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "The LA's subscription rules")
    @APIResponse(responseCode = "200", description = "One page of subscription rules", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionPage.class)))
    public Page<SubscriptionView> list(@Valid @BeanParam PageParams page) {
        return Paging.page(subscriptions.list(user.tenant(), Paging.request(page)), page, SubscriptionView::of);
    }

    @DELETE
    @Path("/{subscriptionId}")
    @Operation(operationId = "deleteSubscription", summary = "Remove a subscription rule")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("subscriptionId") UUID id) {
        if (!subscriptions.delete(user.tenant(), id)) {
            throw ApiProblem.notFound("Subscription", id);
        }
        return Response.noContent().build();
    }

    @Schema(name = "SubscriptionPage", description = "One page of subscription rules")
    static final class SubscriptionPage extends PageSchema<SubscriptionView> {
    }
}
