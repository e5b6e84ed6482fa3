package uk.send.plan.exports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.plan.exports.service.ExportService;
import uk.send.plan.imports.rest.ImportResource;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/programmes/{programmeId}/exports")
@Tag(name = "Exports", description = "A programme as the files LAs pass around: an Excel tracker that imports back unchanged, a Word board report")
@SecurityRequirement(name = "bearer")
public class ExportResource {

    private final ExportService exports;
    private final CurrentUser user;

    public ExportResource(ExportService exports, CurrentUser user) {
        this.exports = exports;
        this.user = user;
    }

    @GET
    @Path("/tracker.xlsx")
    @Produces(ImportResource.XLSX)
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "exportTracker", summary = "The programme as an Excel tracker: one row per action or criterion with its task, deliverable, "
            + "deadline, lead officer and RAG (coloured), and a Key sheet of lead officers. Importing it again changes nothing.")
    @APIResponse(responseCode = "200", description = "The tracker", content = @Content(mediaType = ImportResource.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "tracker", value = "(an .xlsx file)")))
    @APIResponse(responseCode = "404", description = "No such programme in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "More items than one tree holds", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportTracker(@PathParam("programmeId") UUID programmeId) {
        ExportService.Document doc = exports.tracker(user.tenant(), programmeId).orElseThrow(() -> ApiProblem.notFound("Programme", programmeId));
        return file(doc, "programme-tracker.xlsx");
    }

    @GET
    @Path("/board-report.docx")
    @Produces(ImportResource.DOCX)
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "exportBoardReport", summary = "The programme's board report as a Word document: overall RAG, each task's deliverables "
            + "with lead, deadline, status and RAG as coloured cells, and KPIs with their progress to target.")
    @APIResponse(responseCode = "200", description = "The board report", content = @Content(mediaType = ImportResource.DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "report", value = "(a .docx file)")))
    @APIResponse(responseCode = "404", description = "No such programme in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "More items than one tree holds", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportBoardReport(@PathParam("programmeId") UUID programmeId) {
        ExportService.Document doc = exports.boardReport(user.tenant(), programmeId).orElseThrow(() -> ApiProblem.notFound("Programme", programmeId));
        return file(doc, "board-report.docx");
    }

    private static Response file(ExportService.Document doc, String name) {
        StreamingOutput body = doc::writeTo;
        return Response.ok(body).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").build();
    }
}
