package uk.send.funding.exports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.funding.exports.service.ExportService;
import uk.send.platform.export.Downloads;
import uk.send.platform.export.TableWriter;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.payments.service.PaymentService;
import uk.send.funding.money.rest.FundingParams;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;


@Path("/api/v1")
@Tag(name = "Exports", description = "CSV and XLSX of a setting's payment statement and the LA's schedule for the finance system (a scheme's bands: Banding schemes)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "400", description = "Unknown format or bad year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ExportResource {

    static final String LINES_CSV = "financial_year,setting_urn,ehcp_ref,element,for_month,pay_month,adjustment,amount,reason\r\n"
            + "2025-26,100001,EHCP-2025-0042,TOP_UP,2025-04,2025-04,N,375.00,\r\n2025-26,100001,,TOTAL,,,,375.00,\r\n";

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DISPOSITION = "attachment; filename=\"<LA>-statement-<URN>-<2025-26>.csv\" (or <LA>-schedule-<2025-26>, .xlsx for XLSX). "
            + "CSV is UTF-8 without a byte-order mark, amounts with two decimals; XLSX amounts are numeric cells in #,##0.00";

    private final ExportService exports;
    private final PaymentService payments;
    private final CurrentUser user;

    public ExportResource(ExportService exports, PaymentService payments, CurrentUser user) {
        this.exports = exports;
        this.payments = payments;
        this.user = user;
    }

    @GET
    @Path("/payment-statements/{urn}/export")
    @Produces({"text/csv", XLSX, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER, Roles.SCHOOL})
    @Operation(operationId = "exportPaymentStatement", summary = "A setting's statement lines for a year as CSV or XLSX, ending with a TOTAL row equal to the statement's total")
    @APIResponse(responseCode = "200", description = "The lines (a setting of your LA with no lines yet: the header and a 0.00 TOTAL row)",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = DISPOSITION, schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = LINES_CSV)),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "xlsx",
                    description = "One sheet, the same columns and TOTAL row as the CSV; amounts numeric in #,##0.00", value = "(an XLSX workbook)"))})
    @APIResponse(responseCode = "404", description = "Not a setting of your LA (or not a school user's own)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response statement(@PathParam("urn") @Pattern(regexp = "\\d{6,8}", message = "must be a 6-digit URN") String urn,
                              @Parameter(example = "2025-26", required = true) @QueryParam("financialYear") String financialYear,
                              @Parameter(description = "csv or xlsx") @QueryParam("format") @DefaultValue("csv") String format) {
        TableWriter.Format f = Downloads.format(format);
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        String tenant = user.tenant();
        boolean visible = FundingParams.schoolUrn(user).map(urn::equals).orElse(true) && payments.isRegistered(tenant, urn);
        if (!visible) {
            throw ApiProblem.notFound("Payment statement of setting", urn);
        }
        StreamingOutput body = out -> exports.lines(tenant, year, urn, f, out);
        return Downloads.file(body, f, tenant + "-statement-" + urn + "-" + year.label());
    }

    @GET
    @Path("/payment-schedules/{financialYear}/export")
    @Produces({"text/csv", XLSX, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "exportPaymentSchedule", summary = "The LA's whole schedule for a year, every line, for the finance system, ending with a TOTAL row equal to the schedule's total")
    @APIResponse(responseCode = "200", description = "The lines",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = DISPOSITION, schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = LINES_CSV)),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "xlsx",
                    description = "One sheet, the same columns and TOTAL row as the CSV; amounts numeric in #,##0.00", value = "(an XLSX workbook)"))})
    public Response schedule(@Parameter(example = "2025-26") @PathParam("financialYear") String financialYear,
                             @Parameter(description = "csv or xlsx") @QueryParam("format") @DefaultValue("csv") String format) {
        TableWriter.Format f = Downloads.format(format);
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        String tenant = user.tenant();
        StreamingOutput body = out -> exports.lines(tenant, year, null, f, out);
        return Downloads.file(body, f, tenant + "-schedule-" + year.label());
    }
}
