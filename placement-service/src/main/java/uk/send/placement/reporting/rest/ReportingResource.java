package uk.send.placement.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.platform.events.PlacementCounts;
import uk.send.placement.reporting.service.PlacementReminders;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.time.YearMonth;

@Path("/api/v1")
@Tag(name = "Placement reminders and counts", description = "Reminders of the place change request and capital milestones; the monthly counts KPIs take")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReportingResource {

    private final PlacementReminders reminders;
    private final CurrentUser user;

    public ReportingResource(PlacementReminders reminders, CurrentUser user) {
        this.reminders = reminders;
        this.user = user;
    }

    public record ScanResult(@Schema(example = "2") int remindersSent) {
    }

    public record CountsView(PlacementCounts counts, @Schema(description = "False when the month had been published before") boolean published) {
    }

    @POST
    @Path("/placement-deadlines/scan")
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "scanPlacementDeadlines", summary = "Send the reminders due today (place change request, capital milestones); it also runs daily at 06:15 London time")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScanResult.class), examples = @ExampleObject(name = "scan", value = "{\"remindersSent\": 2}")))
    public ScanResult scan() {
        return new ScanResult(reminders.scan(user.tenant()));
    }

    @POST
    @Path("/placement-counts/{month}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "publishPlacementCounts", summary = "Publish a month's placement counts for KPIs now (they are also published on the 1st of each month for the month before)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CountsView.class), examples = @ExampleObject(name = "counts", value =
            "{\"counts\": {\"month\": \"2026-11\", \"asOf\": \"2026-11-30\", \"placements\": 1630, \"independentPlacements\": 212, \"outOfAreaPlacements\": 148, "
                    + "\"independentAnnualSpend\": 11024000.00, \"outOfAreaAnnualSpend\": 7696000.00}, \"published\": true}")))
    @APIResponse(responseCode = "400", description = "Not a month", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CountsView counts(@PathParam("month") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month like 2026-11") String month) {
        PlacementReminders.CountsResult r = reminders.publishCounts(user.tenant(), YearMonth.parse(month));
        return new CountsView(r.counts(), r.published());
    }
}
