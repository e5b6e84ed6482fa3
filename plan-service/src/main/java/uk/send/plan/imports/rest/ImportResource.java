package uk.send.plan.imports.rest;

import org.jboss.logging.Logger;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import uk.send.plan.imports.domain.ReadDocument;
import uk.send.plan.imports.service.ImportService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.io.InputStream;
import java.util.UUID;
import java.util.function.Supplier;

@Path("/api/v1/programmes/{programmeId}/imports")
@Tag(name = "Imports", description = "Action plans as LAs keep them (Word documents, Excel trackers, PDFs, or their text pasted as "
        + "tab-separated or CSV) imported into a programme; a dry run previews without writing")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private static final Logger LOG = Logger.getLogger(ImportResource.class);

    public static final String TSV = "text/tab-separated-values";
    public static final String CSV = "text/csv";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private static final String REPORT_EXAMPLE = "{\"importId\":\"0b6f4c1e-8d1a-4c55-9a43-3e0e2b7d9f10\",\"format\":\"RECOVERY_PLAN_TABLE\",\"source\":\"DOCX\","
            + "\"dryRun\":false,\"created\":{\"phases\":0,\"tasks\":1,\"deliverables\":1,\"actions\":1,\"criteria\":1,\"deadlines\":1,\"people\":1},"
            + "\"updated\":{\"phases\":0,\"tasks\":0,\"deliverables\":0,\"actions\":0,\"criteria\":0,\"deadlines\":0,\"people\":0},\"unchanged\":0,"
            + "\"problems\":[],\"items\":[{\"change\":\"CREATE\",\"kind\":\"DELIVERABLE\",\"title\":\"Price each band\",\"leadOfficer\":\"BB\","
            + "\"deadlines\":[\"Mar 2022\"],\"line\":3,\"source\":\"table 1, row 2\"}]}";

    private final ImportService imports;
    private final ImportUploads uploads;
    private final CurrentUser user;

    public ImportResource(ImportService imports, ImportUploads uploads, CurrentUser user) {
        this.imports = imports;
        this.uploads = uploads;
        this.user = user;
    }

    @POST
    @Consumes({TSV, CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "importPlanText", summary = "Import an action plan pasted as text: a recovery-plan task table (task headings; General deliverable, "
            + "Specific actions, Success criteria, deadline, Lead officer; a key of lead officers anywhere), a phased work programme, or a dated action "
            + "list. Page footers, running titles and repeated headers of PDF text are recognised and skipped. Importing the same plan again "
            + "updates and never duplicates; ?dryRun=true reports without writing.")
    @RequestBody(content = @Content(mediaType = TSV, examples = @ExampleObject(name = "recovery plan", value =
            "Task 4: EHCP banding system\nGeneral deliverable\tSpecific actions\tSuccess criteria\tDeadline\tLead officer\n"
                    + "Price each band\t• Sample EHCPs in each setting\tBand values agreed\tMar 2022\tBB\n\nKey\nBB\tBob Brown\tHead of SEN\n")))
    @APIResponse(responseCode = "200", description = "The import report", content = @Content(schema = @Schema(implementation = ImportReport.class),
            examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Empty, or in no known plan layout", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such programme in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Send text, a .docx, .xlsx or .pdf, or multipart/form-data", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importPlan(@PathParam("programmeId") UUID programmeId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                   @Parameter(description = "Report what would be created and updated, and write nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                   String body) {
        char delimiter = contentType != null && contentType.toLowerCase().startsWith(CSV) ? ',' : '\t';
        return run(programmeId, dryRun, () -> uploads.readText(body, delimiter));
    }

    @POST
    @Consumes({DOCX, XLSX, PDF, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "importPlanFile", summary = "Import an action plan file sent as the request body with its own media type: a Word document "
            + "(.docx: the plan's tables, merged cells and bullets), an Excel tracker (.xlsx: a header row naming Task, Deliverable, Action, Success "
            + "criteria, Deadline, Lead officer or their synonyms), or a text-based PDF. The kind is read from the bytes. ?dryRun=true reports without writing.")
    @RequestBody(content = @Content(mediaType = DOCX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "Word document", value = "(the bytes of recovery-plan.docx)")))
    @APIResponse(responseCode = "200", description = "The import report", content = @Content(schema = @Schema(implementation = ImportReport.class),
            examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Readable, but no action plan in it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such programme in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Over the upload size, row or page limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a .docx, .xlsx, .pdf or text file (old .doc/.xls included)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Damaged, or protected by a password", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importPlanFile(@PathParam("programmeId") UUID programmeId,
                                       @Parameter(description = "Report what would be created and updated, and write nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                       InputStream body) {
        return run(programmeId, dryRun, () -> uploads.readBody(body));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "importPlanUpload", summary = "Import an action plan uploaded as a form's \"file\" field (.docx, .xlsx, .pdf, .tsv, .csv or .txt), "
            + "as a browser or curl -F sends it. Same reading and report as the other imports. ?dryRun=true reports without writing.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, examples = @ExampleObject(name = "upload",
            description = "The form as `curl -F file=@recovery-plan.docx` sends it: one file field holding the document's bytes",
            value = "{\"file\": \"(the bytes of recovery-plan.docx)\"}")))
    @APIResponse(responseCode = "200", description = "The import report", content = @Content(schema = @Schema(implementation = ImportReport.class),
            examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No file field, or no action plan in it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such programme in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Over the upload size, row or page limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a .docx, .xlsx, .pdf or text file", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Damaged, or protected by a password", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importPlanUpload(@PathParam("programmeId") UUID programmeId,
                                         @Parameter(description = "Report what would be created and updated, and write nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                         @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiProblem.badRequest("file", "send the plan as the form field \"file\"");
        }
        return run(programmeId, dryRun, () -> uploads.readFile(file.uploadedFile()));
    }

    private ImportReport run(UUID programmeId, boolean dryRun, Supplier<ReadDocument> read) {
        if (!imports.exists(user.tenant(), programmeId)) {
            throw ApiProblem.notFound("Programme", programmeId);
        }
        long started = System.nanoTime();
        ReadDocument document = read.get();
        LOG.infof("Import into programme %s: %s read as %s in %d ms", programmeId, document.kind(), document.plan().format(),
                (System.nanoTime() - started) / 1_000_000);
        return imports.importPlan(user.tenant(), programmeId, document, dryRun, user.userId()).map(ImportApi::report)
                .orElseThrow(() -> ApiProblem.notFound("Programme", programmeId));
    }
}
