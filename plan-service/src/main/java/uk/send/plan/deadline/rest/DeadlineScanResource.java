package uk.send.plan.deadline.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.plan.deadline.domain.ScanOutcome;
import uk.send.plan.deadline.service.DeadlineScanService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;

@Path("/api/v1/deadline-scans")
@Tag(name = "Deadlines", description = "The deadline scan that announces approaching and missed deadlines")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineScanResource {

    private final DeadlineScanService scans;
    private final CurrentUser user;
    private final Clock clock;

    public DeadlineScanResource(DeadlineScanService scans, CurrentUser user, Clock clock) {
        this.scans = scans;
        this.user = user;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "runDeadlineScan", summary = "Run the deadline scan for your LA now (it also runs daily); each reminder still goes out only once",
            description = "Records a notice for every deadline that has reached a lead time or passed since it was last announced, "
                    + "and answers with how many. The deadline.approaching / deadline.missed events follow within seconds; "
                    + "a notice whose item is done, or whose deadline is met or moved, by then is dropped rather than announced.")
    public ScanResult scan(@Parameter(description = "Scan as if today were this date, to catch up after an outage: today "
            + "(the default, in London) or earlier, never later")
                           @QueryParam("asOf") LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isAfter(today)) {
            // A scan "as of" a later day would announce as missed what is not yet due, and, each notice going out
            // once, swallow the genuine reminder when that day comes.
            throw ApiProblem.badRequest("asOf", "must be today (" + today + ") or earlier");
        }
        ScanOutcome outcome = scans.scan(asOf == null ? today : asOf, user.tenant());
        return new ScanResult(outcome.asOf(), outcome.approaching(), outcome.missed());
    }
}
