package uk.send.plan.ehcp.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.send.platform.export.SpreadsheetText;
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
import uk.send.plan.ehcp.domain.ClockRule;
import uk.send.plan.ehcp.domain.ClockState;
import uk.send.plan.ehcp.rest.EhcpViews.CaseloadPage;
import uk.send.plan.ehcp.rest.EhcpViews.CaseloadView;
import uk.send.plan.ehcp.rest.EhcpViews.ClockPage;
import uk.send.plan.ehcp.rest.EhcpViews.ClockView;
import uk.send.plan.ehcp.rest.EhcpViews.EhcpPage;
import uk.send.plan.ehcp.rest.EhcpViews.EhcpView;
import uk.send.plan.ehcp.rest.EhcpViews.TimelineView;
import uk.send.plan.ehcp.rest.EhcpViews.TimelinessReport;
import uk.send.plan.ehcp.rest.EhcpViews.TimelinessView;
import uk.send.plan.ehcp.service.EhcpQueryService;
import uk.send.plan.ehcp.service.EhcpQueryService.TimelinessRead;
import uk.send.platform.export.Downloads;
import uk.send.platform.export.TableWriter;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** EHCP statutory timelines, built from the case management system's decisions (read only). */
@Path("/api/v1")
@Tag(name = "EHCP timelines", description = "Each EHCP's statutory clocks (6/16/20 weeks, reviews, amendments, phase transfers, appeals, tribunal orders), caseloads and SEN2 timeliness")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SEN_OFFICER, Roles.PROGRAMME_LEAD, Roles.ADMIN})
@APIResponse(responseCode = "400", description = "A query parameter is not valid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EhcpTimelineResource {

    static final String CSV = "text/csv";
    private static final String CLOCK_EXAMPLE = """
            {"ehcpRef": "EHCP-2026-00042", "key": "DECIDE_TO_ASSESS:2026-01-05", "rule": "DECIDE_TO_ASSESS",
             "step": "decision whether to assess", "regulation": "SEND Regulations 2014, reg 5(1)", "startedOn": "2026-01-05",
             "dueOn": "2026-02-16", "state": "OPEN",
             "caseOfficerId": "jo.case@demo.gov.uk"}""";
    private static final String EHCP_EXAMPLE = """
            {"ehcpRef": "EHCP-2026-00042", "caseOfficerId": "jo.case@demo.gov.uk", "ncy": 6, "ceased": false,
             "decisions": 1, "lastDecisionOn": "2026-01-05", "openClocks": 3, "nextDue": "2026-02-16"}""";

    private final EhcpQueryService service;
    private final CurrentUser user;

    public EhcpTimelineResource(EhcpQueryService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @Path("/ehcps")
    @Operation(operationId = "listEhcps", summary = "The LA's EHCPs with a timeline, by reference")
    @APIResponse(responseCode = "200", description = "One page of EHCPs", content = @Content(schema = @Schema(implementation = EhcpPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + EHCP_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<EhcpView> listEhcps(@Parameter(description = "Only EHCPs this case officer (login) holds", example = "jo.case@demo.gov.uk")
                                    @QueryParam("officer") @Size(max = 200) String officer,
                                    @Valid @BeanParam PageParams page) {
        return Paging.page(service.ehcps(user.tenant(), blankToNull(officer), Paging.request(page)), page, EhcpView::of);
    }

    @GET
    @Path("/ehcps/{ref}/timeline")
    @Operation(operationId = "getEhcpTimeline", summary = "Every statutory clock and every decision of one EHCP")
    @APIResponse(responseCode = "200", description = "The timeline", content = @Content(schema = @Schema(implementation = TimelineView.class),
            examples = @ExampleObject(name = "a request under way", value = "{\"ehcp\": " + EHCP_EXAMPLE + ", \"clocks\": [" + CLOCK_EXAMPLE + "], "
                    + "\"decisions\": [{\"decisionId\": \"0b5c3f0e-8a51-4d7c-9a8e-2f4b1c6d7e80\", \"sourceId\": \"CMS-778812\", \"ehcpRef\": \"EHCP-2026-00042\", "
                    + "\"kind\": \"ASSESSMENT_REQUESTED\", \"decisionDate\": \"2026-01-05\", \"recordedAt\": \"2026-01-05T10:15:00Z\", \"ncy\": 6, "
                    + "\"caseOfficerId\": \"jo.case@demo.gov.uk\", \"reassessment\": false}]}")))
    @APIResponse(responseCode = "404", description = "No EHCP with that reference in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TimelineView getEhcpTimeline(@Parameter(example = "EHCP-2026-00042") @PathParam("ref") String ref) {
        return service.timeline(user.tenant(), ref)
                .map(t -> new TimelineView(EhcpView.of(t.ehcp()), t.clocks().stream().map(ClockView::of).toList(), t.decisions()))
                .orElseThrow(() -> ApiProblem.notFound("EHCP", ref));
    }

    @GET
    @Path("/ehcp-clocks")
    @Operation(operationId = "listEhcpClocks", summary = "The LA's statutory clocks by due date, filtered by state (as of today), due date, officer and rule")
    @APIResponse(responseCode = "200", description = "One page of clocks", content = @Content(schema = @Schema(implementation = ClockPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + CLOCK_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<ClockView> listEhcpClocks(@Parameter(description = "State as of today (BREACHED includes open clocks past due)") @QueryParam("state") ClockState state,
                                          @Parameter(description = "Only clocks due before this day", example = "2026-03-01") @QueryParam("dueBefore") LocalDate dueBefore,
                                          @Parameter(description = "Only this case officer's (login)") @QueryParam("officer") @Size(max = 200) String officer,
                                          @Parameter(description = "Only clocks of this rule") @QueryParam("rule") ClockRule rule,
                                          @Valid @BeanParam PageParams page) {
        return Paging.page(service.clocks(user.tenant(), state == null ? null : state.name(), dueBefore, blankToNull(officer),
                rule == null ? null : rule.name(), Paging.request(page)), page, ClockView::of);
    }

    @GET
    @Path("/ehcp-clocks/export")
    @Produces({TableWriter.CSV_TYPE, TableWriter.XLSX_TYPE, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportEhcpClocks", summary = "The LA's statutory clocks as CSV or XLSX: the list's filters and order, every matching clock, streamed")
    @APIResponse(responseCode = "200", description = "One row per clock, states as of today. daysUntilDue counts from today to the due date for a clock "
            + "still running (negative: overdue) and is empty once it stopped",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment; filename=\"<LA>-ehcp-clocks-<today>.csv\" (.xlsx for XLSX). "
                    + "CSV is UTF-8 without a byte-order mark", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = TableWriter.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = """
                    ehcpRef,clockKey,rule,step,regulation,startedOn,dueOn,stoppedOn,state,daysUntilDue,exceptionReason,endReason,caseOfficerId
                    EHCP-2026-00042,DECIDE_TO_ASSESS:2026-01-05,DECIDE_TO_ASSESS,decision whether to assess,"SEND Regulations 2014, reg 5(1)",2026-01-05,2026-02-16,,OPEN,12,,,jo.case@demo.gov.uk
                    """)),
                    @Content(mediaType = TableWriter.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "xlsx",
                            description = "One sheet \"Clocks\", the same columns as the CSV, the header frozen", value = "(an XLSX workbook)"))})
    public Response exportEhcpClocks(@Parameter(description = "State as of today (BREACHED includes open clocks past due)") @QueryParam("state") ClockState state,
                                     @Parameter(description = "Only clocks due before this day", example = "2026-03-01") @QueryParam("dueBefore") LocalDate dueBefore,
                                     @Parameter(description = "Only this case officer's (login)") @QueryParam("officer") @Size(max = 200) String officer,
                                     @Parameter(description = "Only clocks of this rule") @QueryParam("rule") ClockRule rule,
                                     @Parameter(description = "csv or xlsx") @QueryParam("format") @DefaultValue("csv") String format) {
        TableWriter.Format f = Downloads.format(format);
        String tenant = user.tenant();
        LocalDate today = service.today();
        String wantedState = state == null ? null : state.name();
        String wantedRule = rule == null ? null : rule.name();
        String wantedOfficer = blankToNull(officer);
        StreamingOutput body = out -> {
            try (TableWriter table = TableWriter.open(f, out, "Clocks", CLOCK_COLUMNS)) {
                service.eachClock(tenant, today, wantedState, dueBefore, wantedOfficer, wantedRule, c -> table.row(clockRow(ClockView.of(c), today)));
            }
        };
        return Downloads.file(body, f, tenant + "-ehcp-clocks-" + today);
    }

    static final List<String> CLOCK_COLUMNS = List.of("ehcpRef", "clockKey", "rule", "step", "regulation", "startedOn", "dueOn", "stoppedOn", "state",
            "daysUntilDue", "exceptionReason", "endReason", "caseOfficerId");

    private static List<Object> clockRow(ClockView c, LocalDate today) {
        Long daysUntilDue = c.stoppedOn() == null ? ChronoUnit.DAYS.between(today, c.dueOn()) : null;
        return Arrays.asList(c.ehcpRef(), c.key(), c.rule(), c.step(), c.regulation(), c.startedOn(), c.dueOn(), c.stoppedOn(), c.state(),
                daysUntilDue, c.exceptionReason(), c.endReason(), c.caseOfficerId());
    }

    @GET
    @Path("/ehcp-caseloads")
    @Operation(operationId = "listEhcpCaseloads", summary = "Each case officer's caseload as of today: open clocks, those at risk, those breached")
    @APIResponse(responseCode = "200", description = "One page of caseloads, by officer", content = @Content(schema = @Schema(implementation = CaseloadPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [{\"officer\": \"jo.case@demo.gov.uk\", \"ehcps\": 31, \"open\": 40, \"atRisk\": 6, \"breached\": 3}], "
                    + "\"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<CaseloadView> listEhcpCaseloads(@Parameter(description = "Only this case officer (login)") @QueryParam("officer") @Size(max = 200) String officer,
                                                @Valid @BeanParam PageParams page) {
        return Paging.page(service.caseloads(user.tenant(), blankToNull(officer), Paging.request(page)), page, CaseloadView::of);
    }

    @GET
    @Path("/ehcp-caseloads/export")
    @Produces({TableWriter.CSV_TYPE, TableWriter.XLSX_TYPE, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportEhcpCaseloads", summary = "Each case officer's caseload as of today as CSV or XLSX: the list's rows, every officer")
    @APIResponse(responseCode = "200", description = "One row per officer, as the list gives them (an empty officer: EHCPs naming none)",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment; filename=\"<LA>-ehcp-caseloads-<today>.csv\" (.xlsx for XLSX). "
                    + "CSV is UTF-8 without a byte-order mark", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = TableWriter.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = """
                    officer,ehcps,open,atRisk,breached
                    jo.case@demo.gov.uk,31,40,6,3
                    """)),
                    @Content(mediaType = TableWriter.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "xlsx",
                            description = "One sheet \"Caseloads\", the same columns as the CSV, counts as numbers", value = "(an XLSX workbook)"))})
    public Response exportEhcpCaseloads(@Parameter(description = "Only this case officer (login)") @QueryParam("officer") @Size(max = 200) String officer,
                                        @Parameter(description = "csv or xlsx") @QueryParam("format") @DefaultValue("csv") String format) {
        TableWriter.Format f = Downloads.format(format);
        String tenant = user.tenant();
        LocalDate today = service.today();
        String wantedOfficer = blankToNull(officer);
        StreamingOutput body = out -> {
            try (TableWriter table = TableWriter.open(f, out, "Caseloads", List.of("officer", "ehcps", "open", "atRisk", "breached"))) {
                service.eachCaseload(tenant, today, wantedOfficer, c -> table.row(Arrays.asList(c.officer(), c.ehcps(), c.open(), c.atRisk(), c.breached())));
            }
        };
        return Downloads.file(body, f, tenant + "-ehcp-caseloads-" + today);
    }

    @GET
    @Path("/ehcp-timeliness")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "getEhcpTimeliness", summary = "SEN2 timeliness: the share of new plans issued within 20 weeks, with and without exception cases, by year and month (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "Timeliness by calendar year, then by month", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelinessReport.class),
                    examples = @ExampleObject(name = "2025", value = """
                            {"years": [{"period": "2025", "issued": 40, "withinTwentyWeeks": 19, "percentWithinTwentyWeeks": 47.5,
                              "issuedExcludingExceptions": 36, "withinTwentyWeeksExcludingExceptions": 19, "percentExcludingExceptions": 52.8}],
                             "months": [{"period": "2025-03", "issued": 4, "withinTwentyWeeks": 2, "percentWithinTwentyWeeks": 50.0,
                              "issuedExcludingExceptions": 3, "withinTwentyWeeksExcludingExceptions": 2, "percentExcludingExceptions": 66.7}]}""")),
            @Content(mediaType = CSV, examples = @ExampleObject(name = "2025 as CSV", value = """
                    period,issued,within_20_weeks,percent_within_20_weeks,issued_excluding_exceptions,within_20_weeks_excluding_exceptions,percent_excluding_exceptions
                    2025,40,19,47.5,36,19,52.8
                    2025-03,4,2,50.0,3,2,66.7
                    """))})
    public Response getEhcpTimeliness(@Parameter(description = "First calendar year (default: this year)", example = "2025") @QueryParam("fromYear") @Min(2014) @Max(2100) Integer fromYear,
                                      @Parameter(description = "Last calendar year (default: fromYear); at most 20 years", example = "2025") @QueryParam("toYear") @Min(2014) @Max(2100) Integer toYear,
                                      @Parameter(description = "csv for a CSV download (or send Accept: text/csv)") @QueryParam("format") String format,
                                      @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        int from = fromYear == null ? service.today().getYear() : fromYear;
        int to = toYear == null ? from : toYear;
        if (to < from) {
            throw ApiProblem.badRequest("toYear", "must not be before fromYear");
        }
        if (to - from >= 20) {
            throw ApiProblem.badRequest("toYear", "at most 20 years at once");
        }
        TimelinessRead read = service.timeliness(user.tenant(), from, to);
        TimelinessReport report = new TimelinessReport(read.years().stream().map(TimelinessView::of).toList(),
                read.months().stream().map(TimelinessView::of).toList());
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> m.isCompatible(MediaType.valueOf(CSV)) && !m.isWildcardType()));
        if (csv) {
            return Response.ok(csv(report), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"ehcp-timeliness-" + from + "-" + to + ".csv\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    private static String csv(TimelinessReport report) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader("period", "issued", "within_20_weeks", "percent_within_20_weeks",
                "issued_excluding_exceptions", "within_20_weeks_excluding_exceptions", "percent_excluding_exceptions").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (TimelinessView v : Stream.concat(report.years().stream(), report.months().stream()).toList()) {
                printer.printRecord(SpreadsheetText.cell(v.period()), v.issued(), v.withinTwentyWeeks(), v.percentWithinTwentyWeeks(), v.issuedExcludingExceptions(),
                        v.withinTwentyWeeksExcludingExceptions(), v.percentExcludingExceptions());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
