package uk.send.notification.inbox.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import uk.send.notification.inbox.service.InboxService;
import uk.send.notification.inbox.service.InboxStream;
import uk.send.notification.preferences.service.RecipientService;
import uk.send.platform.openapi.PageSchema;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The caller's own inbox: any authenticated person, only their own notifications within their LA. */
@Path("/api/v1/inbox")
@Tag(name = "Inbox", description = "Your notifications")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InboxResource {

    private final InboxService inbox;
    private final InboxStream stream;
    private final int maxStreamsPerPerson;
    private final RecipientService recipients;
    private final CurrentUser user;

    public InboxResource(InboxService inbox, InboxStream stream, RecipientService recipients, CurrentUser user,
                         @ConfigProperty(name = "notification.inbox.max-streams-per-person", defaultValue = "5") int maxStreamsPerPerson) {
        this.maxStreamsPerPerson = maxStreamsPerPerson;
        this.inbox = inbox;
        this.stream = stream;
        this.recipients = recipients;
        this.user = user;
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamInbox", summary = "Live: each new notification of yours as a Server-Sent Event, as soon as it is stored")
    @APIResponse(responseCode = "429", description = "Too many of your streams open already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A stream of Server-Sent Events, one notification (JSON) each, ending when your token expires", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = NotificationView.class)))
    public Multi<NotificationView> live() {
        String tenant = user.tenant();
        String person = user.userId();
        Instant until = user.expiresAt().orElse(Instant.now());
        return stream.open(tenant, person, until, maxStreamsPerPerson).orElseThrow(() -> new ApiProblem(429, "too-many-streams",
                        "Too many live streams", "You have " + maxStreamsPerPerson + " live inbox streams open already; close one first", null))
                .onItem().transformToUniAndConcatenate(s -> Uni.createFrom().item(() -> inbox.find(tenant, person, s.notificationId()))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .filter(java.util.Optional::isPresent).map(found -> NotificationView.of(found.get()));
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "Your notifications, newest first")
    @APIResponse(responseCode = "200", description = "One page of your notifications", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationPage.class)))
    public Page<NotificationView> list(@Parameter(description = "true: only unread; false: only read") @QueryParam("unread") Boolean unread,
                                       @Parameter(description = "Only this event type") @QueryParam("type") String type,
                                       @Parameter(description = "Received on or after this day (London)") @QueryParam("from") LocalDate from,
                                       @Parameter(description = "Received on or before this day (London)") @QueryParam("to") LocalDate to,
                                       @Valid @BeanParam PageParams page) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.badRequest("to", "must not be before from");
        }
        recipients.refresh(user);
        return Paging.page(inbox.inbox(user.tenant(), user.userId(), unread, type, from, to, Paging.request(page)), page, NotificationView::of);
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of your notifications are unread")
    @APIResponse(responseCode = "200", description = "How many are unread", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnreadCount.class)))
    public UnreadCount unreadCount() {
        return new UnreadCount(inbox.unreadCount(user.tenant(), user.userId()));
    }

    @POST
    @Path("/{notificationId}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark a notification read")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "Not in your inbox", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationView read(@PathParam("notificationId") UUID id) {
        return inbox.mark(user.tenant(), user.userId(), id, true).map(NotificationView::of).orElseThrow(() -> ApiProblem.notFound("Notification", id));
    }

    @POST
    @Path("/{notificationId}/unread")
    @Operation(operationId = "markNotificationUnread", summary = "Mark a notification unread again")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "Not in your inbox", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationView unread(@PathParam("notificationId") UUID id) {
        return inbox.mark(user.tenant(), user.userId(), id, false).map(NotificationView::of).orElseThrow(() -> ApiProblem.notFound("Notification", id));
    }

    @Schema(name = "NotificationPage", description = "One page of your notifications")
    static final class NotificationPage extends PageSchema<NotificationView> {
    }
}
