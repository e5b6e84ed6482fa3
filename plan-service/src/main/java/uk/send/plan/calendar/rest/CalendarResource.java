package uk.send.plan.calendar.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.plan.calendar.service.CalendarService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.Map;
import java.util.UUID;

@Path("/api/v1/calendars")
@Tag(name = "Calendars", description = "iCalendar feeds of deadlines that Outlook and Google Calendar subscribe to")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    public static final String TEXT_CALENDAR = "text/calendar";

    private final CalendarService calendars;
    private final CurrentUser user;

    public CalendarResource(CalendarService calendars, CurrentUser user) {
        this.calendars = calendars;
        this.user = user;
    }

    @GET
    @Path("/programmes/{programmeId}/link")
    @SecurityRequirement(name = "bearer")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "getProgrammeCalendarLink", summary = "The subscription link of a programme's deadline calendar (keep it private: it works without a token)")
    @APIResponse(responseCode = "200", description = "The link to subscribe to", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarLink.class)))
    public Map<String, String> programmeLink(@PathParam("programmeId") UUID programmeId) {
        String url = calendars.programmeFeedUrl(user.tenant(), programmeId).orElseThrow(() -> ApiProblem.notFound("Programme", programmeId));
        return Map.of("url", url);
    }

    @GET
    @Path("/me/link")
    @SecurityRequirement(name = "bearer")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "getMyCalendarLink", summary = "The subscription link of your own deadlines as lead officer, across programmes")
    @APIResponse(responseCode = "200", description = "The link to subscribe to", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarLink.class)))
    public Map<String, String> myLink() {
        return Map.of("url", calendars.leadFeedUrl(user.tenant(), user.userId()));
    }

    @GET
    @Path("/{tenant}/programmes/{programmeId}.ics")
    @PermitAll
    @SecurityRequirement(name = "calendarLink")
    @Produces(TEXT_CALENDAR)
    @Operation(operationId = "getProgrammeCalendarFeed", summary = "A programme's deadlines as iCalendar; the link's token is its authorisation")
    @APIResponse(responseCode = "200", description = "The feed as iCalendar (RFC 5545)", content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response programmeFeed(@PathParam("tenant") String tenant, @PathParam("programmeId") UUID programmeId, @QueryParam("token") String token) {
        return calendars.programmeFeed(tenant, programmeId, token)
                .map(ics -> Response.ok(ics, TEXT_CALENDAR + "; charset=UTF-8").build())
                .orElseThrow(() -> ApiProblem.notFound("Calendar", programmeId));
    }

    @GET
    @Path("/{tenant}/leads/{leadId}.ics")
    @PermitAll
    @SecurityRequirement(name = "calendarLink")
    @Produces(TEXT_CALENDAR)
    @Operation(operationId = "getLeadCalendarFeed", summary = "A lead officer's deadlines as iCalendar; the link's token is its authorisation")
    @APIResponse(responseCode = "200", description = "The feed as iCalendar (RFC 5545)", content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response leadFeed(@PathParam("tenant") String tenant, @PathParam("leadId") String leadId, @QueryParam("token") String token) {
        return calendars.leadFeed(tenant, leadId, token)
                .map(ics -> Response.ok(ics, TEXT_CALENDAR + "; charset=UTF-8").build())
                .orElseThrow(() -> ApiProblem.notFound("Calendar", leadId));
    }

    /** The body of the link operations, {@code {"url": "..."}}, named for the contract. */
    @Schema(name = "CalendarLink", description = "A calendar subscription link; whoever has it can read the feed")
    static final class CalendarLink {
        @Schema(required = true, description = "The feed's address, with its signed token",
                examples = "http://localhost:8081/api/v1/calendars/E2E/programmes/3fa85f64-5717-4562-b3fc-2c963f66afa6.ics?token=abc")
        public String url;
    }
}
