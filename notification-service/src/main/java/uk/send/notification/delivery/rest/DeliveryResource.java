package uk.send.notification.delivery.rest;

import uk.send.platform.openapi.PageSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.domain.DeliveryStatus;
import uk.send.notification.delivery.service.DeliveryLog;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/deliveries")
@Tag(name = "Delivery log", description = "Every email and webhook, every attempt, and dead letters to replay")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Admins only", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DeliveryResource {

    private final DeliveryLog log;
    private final CurrentUser user;

    public DeliveryResource(DeliveryLog log, CurrentUser user) {
        this.log = log;
        this.user = user;
    }

    @GET
    @Operation(operationId = "listDeliveries", summary = "Deliveries, newest first; filter by event id (the status of one event's messages), status or channel")
    @APIResponse(responseCode = "200", description = "One page of deliveries", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)))
    public Page<DeliveryView> list(@Parameter(description = "CloudEvent id") @QueryParam("eventId") String eventId,
                                   @QueryParam("status") DeliveryStatus status, @QueryParam("channel") Channel channel,
                                   @Valid @BeanParam PageParams page) {
        return Paging.page(log.list(user.tenant(), eventId, status, channel, Paging.request(page)), page, DeliveryView::of);
    }

    @GET
    @Path("/{deliveryId}")
    @Operation(operationId = "getDelivery", summary = "One delivery with every attempt")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView get(@PathParam("deliveryId") UUID id) {
        return log.find(user.tenant(), id).map(DeliveryView::of).orElseThrow(() -> ApiProblem.notFound("Delivery", id));
    }

    @POST
    @Path("/{deliveryId}/replay")
    @Operation(operationId = "replayDelivery", summary = "Send a dead letter again")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "409", description = "Not a dead letter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeliveryView replay(@PathParam("deliveryId") UUID id) {
        return log.replay(user.tenant(), id).map(DeliveryView::of).orElseThrow(() -> ApiProblem.notFound("Delivery", id));
    }

    @Schema(name = "DeliveryPage", description = "One page of deliveries")
    static final class DeliveryPage extends PageSchema<DeliveryView> {
    }
}
