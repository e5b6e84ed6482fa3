package uk.send.funding.payments.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.platform.rest.Paging;
import uk.send.funding.money.domain.AcademicYear;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.funding.payments.domain.PlaceFunding;
import uk.send.funding.payments.service.PaymentService;
import uk.send.funding.payments.service.PlaceFundingService;
import uk.send.funding.money.rest.FundingParams;
import uk.send.platform.cache.GenerationCache;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.io.IOException;
import java.math.BigDecimal;

@Path("/api/v1")
@Tag(name = "Payments", description = "Payment statements per setting, the LA's schedule, paid months and commissioned places")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PaymentResource {

    static final String URN = "\\d{6,8}";
    static final String STATEMENT_EXAMPLE = """
            {"settingUrn": "100001", "financialYear": "2025-26", "frequency": "MONTHLY", "paidThrough": "2025-06",
             "periods": [{"payMonth": "2025-07", "paid": false, "topUp": 375.00, "placeFunding": 0.00, "protection": 0.00, "adjustments": 250.00, "total": 625.00, "lines": 2}],
             "topUp": 4500.00, "placeFunding": 0.00, "protection": 0.00, "adjustments": 250.00, "total": 4750.00, "pricing": "BANDED"}""";
    static final String PER_PLACE_STATEMENT_EXAMPLE = """
            {"settingUrn": "200002", "financialYear": "2025-26", "frequency": "MONTHLY",
             "periods": [{"payMonth": "2025-04", "paid": false, "topUp": 791.66, "placeFunding": 8333.33, "protection": 0.00, "adjustments": 0.00, "total": 9124.99, "lines": 2}],
             "topUp": 9500.00, "placeFunding": 100000.00, "protection": 0.00, "adjustments": 0.00, "total": 109500.00, "pricing": "PER_PLACE", "placeValue": 10000.00}""";

    private final PaymentService payments;
    private final PlaceFundingService places;
    private final CurrentUser user;
    private final ObjectMapper mapper;
    /**
     * Statements as sent (their JSON bytes), per (LA, setting, year) and the LA's statement generation: while nothing a
     * statement shows has changed in the LA, a read is answered with these bytes, with no query and no serialization.
     * A statement has at most 12 pay months (about 3 kB), so the entries bound bytes too: 1,000 by default, about 3 MB.
     */
    private final GenerationCache<StatementKey, byte[]> statements;

    /** What a statement is of. */
    private record StatementKey(String tenant, String urn, FinancialYear year) {
    }

    public PaymentResource(PaymentService payments, PlaceFundingService places, CurrentUser user, ObjectMapper mapper,
                           @ConfigProperty(name = "send.funding.statement-cache.max-entries", defaultValue = "1000") int cachedStatements) {
        this.mapper = mapper;
        this.statements = new GenerationCache<>(cachedStatements);
        this.payments = payments;
        this.places = places;
        this.user = user;
    }

    @GET
    @Path("/payment-statements/{urn}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER, Roles.SCHOOL})
    @Operation(operationId = "getPaymentStatement", summary = "A setting's payment statement for a financial year (a school user: only its own). "
            + "Send the ETag back in If-None-Match to get 304 while nothing in it has changed")
    @APIResponse(responseCode = "200", headers = @Header(name = HttpHeaders.ETAG, description = "The statement's version: changes with any change to the LA's "
            + "payment lines, paid months, funding policy, banding schemes or register", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PaymentViews.StatementView.class),
            examples = {@ExampleObject(name = "statement", value = STATEMENT_EXAMPLE),
            @ExampleObject(name = "special school priced per place", description = "10 places at £10,000 place funding, one child in a £19,500 place (top-up £9,500)",
                    value = PER_PLACE_STATEMENT_EXAMPLE)}))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "Not a setting of your LA (or, for a school user, not its own)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response statement(@PathParam("urn") @Pattern(regexp = URN, message = "must be a 6-digit URN") String urn,
                              @Parameter(example = "2025-26", required = true) @QueryParam("financialYear") String financialYear,
                              @Context Request request) throws IOException {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        // A school sees its own setting only (refused without a query); the register is checked by the statement's own first query.
        if (FundingParams.schoolUrn(user).map(own -> !own.equals(urn)).orElse(false)) {
            throw ApiProblem.notFound("Payment statement of setting", urn);
        }
        String tenant = user.tenant();
        // The generation first: the statement read after it is never older than it, so it may be kept under it.
        long generation = payments.statementGeneration(tenant);
        StatementKey key = new StatementKey(tenant, urn, year);
        byte[] json = statements.get(key, generation);
        if (json == null) {
            PaymentViews.StatementView view = payments.statement(tenant, urn, year).map(PaymentViews.StatementView::of)
                    .orElseThrow(() -> ApiProblem.notFound("Payment statement of setting", urn));
            json = mapper.writeValueAsBytes(view);
            statements.put(key, generation, json);
        }
        // Only a statement that exists (kept or just read) gets here: another LA's or an unknown URN is still 404.
        EntityTag tag = new EntityTag(tenant + "-" + generation);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(json, MediaType.APPLICATION_JSON_TYPE);
        // Kept by the caller only (a setting's money), and revalidated before each use.
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    @GET
    @Path("/payment-statements/{urn}/lines")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER, Roles.SCHOOL})
    @Operation(operationId = "listPaymentStatementLines", summary = "The lines of a setting's statement: top-up per EHCP reference, place funding, adjustments with their reason")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentViews.LinePage.class), examples = @ExampleObject(name = "lines",
            value = "{\"items\": [{\"id\": 1, \"settingUrn\": \"100001\", \"ehcpRef\": \"EHCP-2025-0042\", \"element\": \"TOP_UP\", \"forMonth\": \"2025-04\", "
                    + "\"payMonth\": \"2025-07\", \"adjustment\": true, \"amount\": 250.00, \"reason\": \"Band appeal upheld: band B2 → B3 from 2025-04-01\"}], "
                    + "\"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "404", description = "Not a setting of your LA (or not a school user's own)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PaymentViews.LineView> lines(@PathParam("urn") @Pattern(regexp = URN, message = "must be a 6-digit URN") String urn,
                                             @Parameter(example = "2025-26", required = true) @QueryParam("financialYear") String financialYear,
                                             @Valid @BeanParam PageParams page) {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        requireVisible(urn);
        return Paging.page(payments.statementLines(user.tenant(), urn, year, Paging.request(page)), page, PaymentViews.LineView::of);
    }

    @GET
    @Path("/payment-schedules/{financialYear}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getPaymentSchedule", summary = "The LA's schedule for a year: total per pay month and for the year")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentViews.ScheduleSummary.class), examples = @ExampleObject(name = "summary",
            value = "{\"financialYear\": \"2025-26\", \"paidThrough\": \"2025-06\", \"months\": [{\"payMonth\": \"2025-04\", \"paid\": true, \"total\": 1250000.00}], \"total\": 1250000.00}")))
    public PaymentViews.ScheduleSummary schedule(@Parameter(example = "2025-26") @PathParam("financialYear") String financialYear) {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        String tenant = user.tenant();
        var months = payments.scheduleByMonth(tenant, year).stream()
                .map(p -> new PaymentViews.MonthTotal(p.payMonth(), p.paid(), p.total())).toList();
        BigDecimal total = months.stream().map(PaymentViews.MonthTotal::total).reduce(Money.ZERO, BigDecimal::add);
        return new PaymentViews.ScheduleSummary(year.label(), payments.paidThrough(tenant, year).orElse(null), months, total);
    }

    @GET
    @Path("/payment-schedules/{financialYear}/settings")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listPaymentScheduleSettings", summary = "The LA's schedule for a year per setting (URN order): top-up, place funding, protection, adjustments, total")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentViews.SettingTotalPage.class), examples = @ExampleObject(name = "page",
            value = "{\"items\": [{\"settingUrn\": \"100001\", \"topUp\": 4500.00, \"placeFunding\": 0.00, \"protection\": 0.00, \"adjustments\": 250.00, \"total\": 4750.00, \"ehcps\": 1}], "
                    + "\"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<PaymentViews.SettingTotalView> scheduleSettings(@Parameter(example = "2025-26") @PathParam("financialYear") String financialYear,
                                                                @Valid @BeanParam PageParams page) {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        return Paging.page(payments.schedule(user.tenant(), year, Paging.request(page)), page, PaymentViews.SettingTotalView::of);
    }

    @POST
    @Path("/payment-schedules/{financialYear}/close")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "closePaymentMonths", summary = "Record that pay months up to a month are paid: their lines are never rewritten; later changes to them become adjustments")
    @RequestBody(content = @Content(schema = @Schema(implementation = PaymentViews.CloseRequest.class), examples = @ExampleObject(name = "june", value = "{\"paidThrough\": \"2025-06\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentViews.CloseView.class),
            examples = @ExampleObject(name = "closed", value = "{\"financialYear\": \"2025-26\", \"paidThrough\": \"2025-06\"}")))
    @APIResponse(responseCode = "409", description = "Would reopen a paid month", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentViews.CloseView close(@Parameter(example = "2025-26") @PathParam("financialYear") String financialYear,
                                        @Valid @NotNull PaymentViews.CloseRequest request) {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        var month = payments.close(user.tenant(), year, FundingParams.month("paidThrough", request.paidThrough()), user.userId());
        return new PaymentViews.CloseView(year.label(), month);
    }

    @PUT
    @Path("/commissioned-places/{urn}/{academicYear}")
    @RolesAllowed({Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "setCommissionedPlaces", summary = "Set a setting's commissioned places for an academic year; place funding is repriced (5/12 + 7/12 per financial year)")
    @RequestBody(content = @Content(schema = @Schema(implementation = PaymentViews.PlacesRequest.class), examples = @ExampleObject(name = "special", value = "{\"places\": 110}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentViews.PlacesView.class), examples = @ExampleObject(name = "set",
            value = "{\"settingUrn\": \"200002\", \"academicYear\": \"2025/26\", \"places\": 110, \"ratePerPlace\": 10000.00, \"linesWritten\": 12, \"adjustments\": 0}")))
    @APIResponse(responseCode = "404", description = "No such setting in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The setting is not place-funded", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentViews.PlacesView setPlaces(@PathParam("urn") @Pattern(regexp = URN, message = "must be a 6-digit URN") String urn,
                                             @Parameter(example = "2025/26") @PathParam("academicYear") String academicYear,
                                             @Valid @NotNull PaymentViews.PlacesRequest request) {
        AcademicYear year = FundingParams.academicYear("academicYear", academicYear.replace('-', '/'));
        BigDecimal rate = request.ratePerPlace() == null ? PlaceFunding.STANDARD_RATE : Money.toPenny(request.ratePerPlace());
        var outcome = places.commission(user.tenant(), urn, year, request.places(), rate);
        return new PaymentViews.PlacesView(urn, year.label(), request.places(), rate, outcome.linesWritten(), outcome.adjustments());
    }

    /** A school user may read only its own setting's money; another setting is "not found", like another LA's. */
    private void requireVisible(String urn) {
        boolean visible = FundingParams.schoolUrn(user).map(urn::equals).orElse(true) && payments.isRegistered(user.tenant(), urn);
        if (!visible) {
            throw ApiProblem.notFound("Payment statement of setting", urn);
        }
    }
}
