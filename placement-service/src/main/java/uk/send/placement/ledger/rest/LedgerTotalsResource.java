package uk.send.placement.ledger.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.placement.ledger.domain.AcademicYear;
import uk.send.placement.ledger.domain.LedgerTotals;
import uk.send.placement.ledger.domain.LedgerTotals.Dimension;
import uk.send.placement.ledger.service.LedgerTotalsService;
import uk.send.placement.shared.TableExport;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The place ledger summed by need type, phase and setting group (JSON, CSV or XLSX). */
@Path("/api/v1/ledger/totals")
@Tag(name = "Place ledger")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LedgerTotalsResource {

    private static final Map<String, Dimension> DIMENSIONS = Map.of("needType", Dimension.NEED_TYPE, "phase", Dimension.PHASE,
            "settingGroup", Dimension.SETTING_GROUP);

    private final LedgerTotalsService service;
    private final CurrentUser user;

    public LedgerTotalsResource(LedgerTotalsService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TableExport.CSV, TableExport.XLSX})
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.ADMIN})
    @Operation(operationId = "getLedgerTotals", summary = "How many places the LA has and how many are filled, for each need type and phase (or setting group) "
            + "of an academic year, each group checked against the vacancy band; JSON, CSV or XLSX")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TotalsView.class),
            examples = @ExampleObject(name = "by need and phase", value = """
                    {"academicYear": "2026/27", "countedOn": "2026-12-01", "vacancyMinPct": 3.00, "vacancyMaxPct": 8.00,
                     "groupedBy": ["needType", "phase"],
                     "groups": [{"needType": "ASD", "phase": "PRIMARY", "providers": 4, "commissioned": 120, "occupied": 116, "vacant": 4,
                                 "vacancyPct": 3.33, "requested": 128, "band": "IN"}],
                     "total": {"providers": 4, "commissioned": 120, "occupied": 116, "vacant": 4, "vacancyPct": 3.33, "requested": 128, "band": "IN"}}""")))
    @APIResponse(responseCode = "400", description = "An unknown grouping, year or format", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response totals(
            @Parameter(description = "The calendar year the academic year starts in (2026 = 2026/27); default: the current one")
            @QueryParam("academicYear") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer academicYear,
            @Parameter(description = "What to group by, comma-separated, in order: needType, phase, settingGroup; none for the LA's whole ledger as one group")
            @QueryParam("by") @DefaultValue("needType,phase") String by,
            @Parameter(description = "json (default), csv or xlsx") @QueryParam("format") @DefaultValue("json")
            @Pattern(regexp = "json|csv|xlsx", message = "must be json, csv or xlsx") String format) {
        LocalDate today = service.today();
        AcademicYear year = academicYear == null ? AcademicYear.of(today) : new AcademicYear(academicYear);
        LedgerTotals t = service.totals(user.tenant(), year, dimensions(by));
        if ("json".equals(format)) {
            return Response.ok(TotalsView.of(t), MediaType.APPLICATION_JSON).build();
        }
        List<String> header = new ArrayList<>();
        t.groupedBy().forEach(d -> header.add(label(d)));
        header.addAll(List.of("Providers", "Commissioned", "Occupied", "Vacant", "Vacancy %", "Requested next year", "Vacancy band"));
        List<List<Object>> rows = new ArrayList<>();
        for (LedgerTotals.Group g : t.groups()) {
            List<Object> row = new ArrayList<>();
            for (Dimension d : t.groupedBy()) {
                Object v = switch (d) {
                    case NEED_TYPE -> g.needType();
                    case PHASE -> g.phase();
                    case SETTING_GROUP -> g.settingGroup();
                };
                row.add(v == null ? TotalsView.NOT_RECORDED : v.toString());
            }
            row.addAll(figures(g.figures()));
            rows.add(row);
        }
        List<Object> total = new ArrayList<>();
        t.groupedBy().forEach(d -> total.add(total.isEmpty() ? "Total" : ""));
        total.addAll(figures(t.total()));
        rows.add(total);
        return TableExport.respond(format, "place-ledger-totals-" + year.startYear(), new TableExport.Table("Places " + year.label(), header, rows));
    }

    private static List<Object> figures(LedgerTotals.Figures f) {
        return List.of(f.providers(), f.commissioned(), f.occupied(), f.vacant(), f.vacancyPct() == null ? "" : f.vacancyPct(), f.requested(),
                f.bandState().name());
    }

    static List<Dimension> dimensions(String by) {
        List<Dimension> dims = new ArrayList<>();
        if ("none".equals(by.trim())) {
            return dims;
        }
        for (String part : by.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            Dimension d = DIMENSIONS.get(name);
            if (d == null) {
                throw ApiProblem.badRequest("by", "'" + name + "' is not a grouping; use needType, phase or settingGroup (or none)");
            }
            if (dims.contains(d)) {
                throw ApiProblem.badRequest("by", "names " + name + " twice");
            }
            dims.add(d);
        }
        if (dims.isEmpty()) {
            throw ApiProblem.badRequest("by", "names no grouping; use needType, phase or settingGroup, or none for the whole ledger");
        }
        return dims;
    }

    static String label(Dimension d) {
        return switch (d) {
            case NEED_TYPE -> "Need type";
            case PHASE -> "Phase";
            case SETTING_GROUP -> "Setting group";
        };
    }

    static String param(Dimension d) {
        return DIMENSIONS.entrySet().stream().filter(e -> e.getValue() == d).findFirst().orElseThrow().getKey();
    }

    static List<String> params(List<Dimension> dims) {
        return dims.stream().map(LedgerTotalsResource::param).toList();
    }
}
