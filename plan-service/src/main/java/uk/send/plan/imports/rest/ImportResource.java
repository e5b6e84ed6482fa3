package uk.send.plan.imports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.plan.imports.service.ImportService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/programmes/{programmeId}/imports")
@Tag(name = "Imports", description = "Action plans as LAs keep them (Word tables, PDFs) imported as tab-separated or CSV text")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    public static final String TSV = "text/tab-separated-values";
    public static final String CSV = "text/csv";

    private final ImportService imports;
    private final CurrentUser user;

    public ImportResource(ImportService imports, CurrentUser user) {
        this.imports = imports;
        this.user = user;
    }

    @POST
    @Consumes({TSV, CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Import an action plan: a recovery-plan task table (Task N lines; General deliverable, Specific actions, "
            + "Success criteria, deadline, Lead officer; an optional key of lead officers), a phased work programme, or a dated action list. "
            + "Importing the same plan again updates and never duplicates.")
    @RequestBody(content = @Content(mediaType = TSV, examples = @ExampleObject(name = "recovery plan", value =
            "Task 4: EHCP banding system\nGeneral deliverable\tSpecific actions\tSuccess criteria\tDeadline\tLead officer\n"
                    + "Price each band\t• Sample EHCPs in each setting\tBand values agreed\tMar 2022\tBB\n\nKey\nBB\tBob Brown\tHead of SEN\n")))
    @APIResponse(responseCode = "200", description = "The import report", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Empty body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such programme in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Send text/tab-separated-values or text/csv", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importPlan(@PathParam("programmeId") UUID programmeId, @jakarta.ws.rs.HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                   String body) {
        char delimiter = contentType != null && contentType.toLowerCase().startsWith(CSV) ? ',' : '\t';
        return imports.importPlan(user.tenant(), programmeId, body, delimiter, user.userId()).map(ImportApi::report)
                .orElseThrow(() -> ApiProblem.notFound("Programme", programmeId));
    }
}
