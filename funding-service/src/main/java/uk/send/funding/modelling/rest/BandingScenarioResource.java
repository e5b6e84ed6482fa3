package uk.send.funding.modelling.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.NeedsMatrix;
import uk.send.funding.banding.domain.Uplift;
import uk.send.platform.export.TableWriter;
import uk.send.funding.modelling.domain.NewScenario;
import uk.send.funding.modelling.domain.Proposal;
import uk.send.funding.modelling.domain.Protection;
import uk.send.funding.modelling.domain.ProtectionPolicy;
import uk.send.funding.modelling.domain.SettingImpact;
import uk.send.funding.modelling.rest.ScenarioViews.ComparisonView;
import uk.send.funding.modelling.rest.ScenarioViews.GrantView;
import uk.send.funding.modelling.rest.ScenarioViews.ScenarioHeader;
import uk.send.funding.modelling.rest.ScenarioViews.ScenarioPage;
import uk.send.funding.modelling.rest.ScenarioViews.ScenarioView;
import uk.send.funding.modelling.rest.ScenarioViews.SettingPage;
import uk.send.funding.modelling.rest.ScenarioViews.SettingRow;
import uk.send.funding.modelling.service.ForumPack;
import uk.send.funding.modelling.service.ModellingService;
import uk.send.funding.modelling.service.ProtectionGrantService;
import uk.send.funding.money.rest.FundingParams;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Path("/api/v1/banding-scenarios")
@Tag(name = "Banding scenarios", description = "Model a proposed banding over the LA's EHCPs before deciding: every setting's income now and proposed, protection, side-by-side comparison")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BandingScenarioResource {

    static final String REQUEST_EXAMPLE = """
            {"name": "Four mainstream bands, 3% uplift, MFG", "financialYear": "2026-27", "asAt": "2026-03-31",
             "bands": {"MAINSTREAM": [{"code": "M1", "description": "Low", "annualValue": 2000.00}, {"code": "M2", "description": "High", "annualValue": 4000.00}]},
             "bandMapping": {"MAINSTREAM": {"B1": "M1", "B2": "M1", "B3": "M2"}}, "uplift": {"percentage": 3.0, "rounding": "NEAREST_PENNY"},
             "matrices": {"MAINSTREAM": {"version": 2, "areas": [{"code": "CI", "weight": 2}, {"code": "SEMH", "weight": 3}],
                          "thresholds": [{"minScore": 0, "bandCode": "M1"}, {"minScore": 10, "bandCode": "M2"}]}},
             "protection": {"year1MaxLossPercent": 0, "year2MaxLossPercent": 2.5, "capGains": true}}""";
    static final String HEADER_EXAMPLE = """
            {"id": "5d1c7a4e-2b0f-4d7e-9a51-0c9b7a3e6f21", "name": "Four mainstream bands, 3% uplift, MFG", "financialYear": "2026-27",
             "asAt": "2026-03-31", "status": "DRAFT", "createdBy": "finance@la.gov.uk", "createdAt": "2026-01-10T09:00:00Z", "rowVersion": 0}""";
    static final String VIEW_EXAMPLE = "{\"scenario\": " + HEADER_EXAMPLE + """
            , "settings": 2, "ehcps": 40, "unpricedEhcps": 0, "totalNow": 150000.00, "totalProposed": 151200.00, "change": 1200.00,
             "changePercent": 0.80, "adverselyAffected": 1, "rebandedByMatrix": 12, "keptBandWithoutScores": 28,
             "bySettingType": [{"settingType": "MAINSTREAM_PRIMARY", "settings": 2, "winners": 1, "losers": 1, "unchanged": 0,
                                "totalNow": 150000.00, "totalProposed": 151200.00, "change": 1200.00}],
             "protection": [{"financialYear": "2026-27", "floorCost": 3000.00, "capRaised": 3000.00, "netCost": 0.00, "protectedSettings": 1, "cappedSettings": 1},
                            {"financialYear": "2027-28", "floorCost": 1125.00, "capRaised": 1125.00, "netCost": 0.00, "protectedSettings": 1, "cappedSettings": 1}]}""";
    static final String ROW_EXAMPLE = """
            {"settingUrn": "100001", "settingType": "MAINSTREAM_PRIMARY", "ehcps": 20, "incomeNow": 75000.00, "incomeProposed": 72000.00,
             "change": -3000.00, "changePercent": -4.00, "adverselyAffected": true, "unpricedEhcps": 0, "year1Protection": 3000.00,
             "year1CapDeduction": 0.00, "year2Protection": 1125.00, "year2CapDeduction": 0.00}""";

    private final ModellingService modelling;
    private final ProtectionGrantService grants;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public BandingScenarioResource(ModellingService modelling, ProtectionGrantService grants, IdempotencyService idempotency, CurrentUser user) {
        this.modelling = modelling;
        this.grants = grants;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @Operation(operationId = "createBandingScenario", summary = "Save a named banding proposal (with optional protection) and model it over the LA's EHCPs")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScenarioRequest.class), examples = @ExampleObject(name = "scenario", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Saved and modelled; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ScenarioView.class), examples = @ExampleObject(name = "modelled", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid proposal (field errors)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = "Makes a retried POST safe") @HeaderParam(IdempotencyService.HEADER) String key,
                           @Valid @NotNull ScenarioRequest request, @Context UriInfo uri) {
        String tenant = user.tenant();
        NewScenario scenario = toDomain(request);
        return idempotency.execute(tenant, key, "POST /api/v1/banding-scenarios", request, () -> {
            UUID id = modelling.create(tenant, user.userId(), scenario).id();
            ScenarioView view = ScenarioView.of(modelling.model(tenant, id));
            return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                    .header(HttpHeaders.ETAG, ETags.of(view.scenario().rowVersion())).entity(view).build();
        });
    }

    @GET
    @Operation(operationId = "listBandingScenarios", summary = "List the LA's saved banding scenarios, newest first")
    @APIResponse(responseCode = "200", description = "A page of scenarios", content = @Content(schema = @Schema(implementation = ScenarioPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + HEADER_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<ScenarioHeader> list(@Valid @BeanParam PageParams page) {
        return Paging.page(modelling.list(user.tenant(), Paging.request(page)), page, ScenarioHeader::of);
    }

    @GET
    @Path("/{scenarioId}")
    @Operation(operationId = "getBandingScenario", summary = "Model a saved scenario now: LA totals, winners and losers by setting type, protection cost")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScenarioView.class), examples = @ExampleObject(name = "modelled", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such scenario in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("scenarioId") UUID id) {
        ScenarioView view = ScenarioView.of(modelling.model(user.tenant(), id));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.scenario().rowVersion())).build();
    }

    @GET
    @Path("/{scenarioId}/settings")
    @Operation(operationId = "listBandingScenarioSettings", summary = "Every setting's income now and proposed, change in £ and %, protection; largest loss first")
    @APIResponse(responseCode = "200", description = "A page of settings", content = @Content(schema = @Schema(implementation = SettingPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + ROW_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "404", description = "No such scenario in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SettingPage settings(@PathParam("scenarioId") UUID id, @Valid @BeanParam PageParams page) {
        List<SettingRow> rows = rows(modelling.model(user.tenant(), id));
        int from = Math.min(rows.size(), page.offset());
        return SettingPage.of(Page.of(rows.subList(from, Math.min(rows.size(), from + page.size)), page, rows.size()));
    }

    @GET
    @Path("/{scenarioId}/settings.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportBandingScenarioSettings", summary = "Every setting's impact and protection as CSV (the same figures as the settings list)")
    @APIResponse(responseCode = "200", description = "CSV with a header row", content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = "setting_urn,setting_type,ehcps,income_now,income_proposed,change,change_percent,adversely_affected,unpriced_ehcps,year1_protection,year1_cap_deduction,year2_protection,year2_cap_deduction\n100001,MAINSTREAM_PRIMARY,20,75000.00,72000.00,-3000.00,-4.00,yes,0,3000.00,0.00,1125.00,0.00\n")))
    @APIResponse(responseCode = "404", description = "No such scenario in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response csv(@PathParam("scenarioId") UUID id) {
        List<SettingRow> rows = rows(modelling.model(user.tenant(), id));
        StreamingOutput body = out -> {
            try (TableWriter w = TableWriter.open(TableWriter.Format.CSV, out, "settings", SettingRow.HEADER)) {
                rows.forEach(r -> w.row(r.cells()));
            }
        };
        return Response.ok(body, "text/csv").header("Content-Disposition", "attachment; filename=\"scenario-" + id + "-settings.csv\"").build();
    }

    @GET
    @Path("/{scenarioId}/forum-pack.xlsx")
    @Produces(ForumPackMedia.XLSX)
    @Operation(operationId = "exportBandingScenarioForumPack", summary = "The schools forum pack: summary, every setting, protection, a chart of the distribution of change, assumptions (XLSX)")
    @APIResponse(responseCode = "200", description = "An XLSX workbook", content = @Content(mediaType = ForumPackMedia.XLSX,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "workbook", value = "(binary XLSX: sheets Summary, Settings, Protection, Distribution, Assumptions)")))
    @APIResponse(responseCode = "404", description = "No such scenario in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response forumPack(@PathParam("scenarioId") UUID id) {
        ModellingService.Modelled m = modelling.model(user.tenant(), id);
        StreamingOutput body = out -> ForumPack.write(m, out);
        return Response.ok(body, ForumPackMedia.XLSX).header("Content-Disposition", "attachment; filename=\"scenario-" + id + "-forum-pack.xlsx\"").build();
    }

    /** The XLSX media type. */
    static final class ForumPackMedia {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

        private ForumPackMedia() {
        }
    }

    @GET
    @Path("/comparison")
    @Operation(operationId = "compareBandingScenarios", summary = "Two to six scenarios side by side, each modelled over the same EHCPs")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ComparisonView.class),
            examples = @ExampleObject(name = "comparison", value = "{\"scenarios\": [" + VIEW_EXAMPLE + "]}")))
    @APIResponse(responseCode = "400", description = "Fewer than 2 or more than 6 ids", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A scenario not in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComparisonView compare(@Parameter(description = "Scenario ids, repeated") @QueryParam("id") List<UUID> ids) {
        return new ComparisonView(modelling.compare(user.tenant(), ids == null ? List.of() : ids).stream().map(ScenarioView::of).toList());
    }

    @POST
    @Path("/{scenarioId}/grant")
    @Operation(operationId = "grantBandingScenario", summary = "Adopt the scenario's protection: writes PROTECTION lines on each setting's schedule for two years and publishes the affected settings")
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GrantView.class),
            examples = @ExampleObject(name = "granted", value = "{\"scenario\": " + VIEW_EXAMPLE + ", \"protectionLinesWritten\": 36, \"adverselyAffectedPublished\": 1}")))
    @APIResponse(responseCode = "404", description = "No such scenario in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already granted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GrantView grant(@PathParam("scenarioId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        String tenant = user.tenant();
        long version = modelling.find(tenant, id).version();
        ETags.requireMatch(ifMatch, version);
        ProtectionGrantService.Granted g = grants.grant(tenant, id, version, user.userId());
        ModellingService.Modelled m = new ModellingService.Modelled(g.scenario(), g.modelled().impact(), g.modelled().protection());
        return new GrantView(ScenarioView.of(m), g.linesWritten(), g.adverselyAffected());
    }

    static List<SettingRow> rows(ModellingService.Modelled m) {
        Map<String, Protection.SettingProtection> byUrn = m.protection() == null ? Map.of()
                : m.protection().settings().stream().collect(Collectors.toMap(Protection.SettingProtection::settingUrn, Function.identity()));
        return m.impact().settings().stream().map((SettingImpact s) -> SettingRow.of(s, byUrn.get(s.settingUrn()))).toList();
    }

    private static Map<uk.send.funding.banding.domain.FundingCategory, NeedsMatrix> matrices(ScenarioRequest r) {
        Map<uk.send.funding.banding.domain.FundingCategory, NeedsMatrix> matrices = new HashMap<>();
        if (r.matrices() != null) {
            r.matrices().forEach((category, m) -> matrices.put(category, m.toDomain()));
        }
        return matrices;
    }

    static NewScenario toDomain(ScenarioRequest r) {
        try {
            Map<uk.send.funding.banding.domain.FundingCategory, List<Band>> bands = new HashMap<>();
            if (r.bands() != null) {
                r.bands().forEach((category, list) -> bands.put(category, list.stream()
                        .map(b -> new Band(b.code(), b.description(), b.annualValue())).toList()));
            }
            Uplift uplift = r.uplift() == null ? null : new Uplift(r.uplift().percentage(), r.uplift().flatAmount(), r.uplift().rounding());
            ProtectionPolicy protection = r.protection() == null ? null : new ProtectionPolicy(r.protection().year1MaxLossPercent(),
                    r.protection().year2MaxLossPercent(), r.protection().capGains());
            return new NewScenario(r.name(), FundingParams.financialYear("financialYear", r.financialYear()), r.asAt(),
                    new Proposal(bands, r.bandMapping(), uplift, matrices(r)), protection);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(r.uplift() != null && e.getMessage().contains("percentage") ? "uplift" : "bands", e.getMessage());
        }
    }
}
