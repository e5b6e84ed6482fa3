package uk.send.placement.ledger.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.placement.ledger.domain.AcademicYear;
import uk.send.placement.ledger.domain.LedgerLine;
import uk.send.placement.ledger.domain.PlaceChangeRequest;
import uk.send.placement.ledger.domain.VacancyBand;
import uk.send.placement.ledger.domain.LedgerSettings;
import uk.send.placement.ledger.service.LedgerService;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.shared.TableExport;
import uk.send.platform.domain.Slice;
import uk.send.platform.cache.GenerationCache;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Responses;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/ledger")
@Tag(name = "Place ledger", description = "Places commissioned, occupied and vacant per provider, academic year and need type; the vacancy band; the place change request")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LedgerResource {

    private static final String LINE_EXAMPLE = """
            {"providerId": "3f1c2d9e-8b7a-4c6d-9e0f-1a2b3c4d5e6f", "providerName": "Oakwood Special School", "urn": "100123",
             "settingGroup": "SPECIAL", "outOfArea": false, "academicYear": "2026/27", "needType": "ASD", "commissioned": 40,
             "occupied": 38, "vacant": 2, "vacancyPct": 5.00, "requested": 44, "band": "IN"}""";

    /** Pages of the ledger as sent: 64 pages of at most 100 lines each, a few MB at most. */
    private static final int CACHED_PAGES = 64;

    /** What a page is of: the LA, academic year, day occupancy is counted on, provider filter and page. */
    private record PageKey(String tenant, AcademicYear year, LocalDate countingDay, UUID providerId, int page, int size) {
    }

    private final LedgerService service;
    private final CurrentUser user;
    private final ObjectMapper json;
    /**
     * The JSON of pages sent recently, per ledger generation: while nothing the ledger shows has changed in the LA,
     * a read is answered with these bytes, with no query and no serialization.
     */
    private final GenerationCache<PageKey, byte[]> pages = new GenerationCache<>(CACHED_PAGES);

    public LedgerResource(LedgerService service, CurrentUser user, ObjectMapper json) {
        this.service = service;
        this.user = user;
        this.json = json;
    }

    private AcademicYear yearOrCurrent(Integer startYear) {
        return startYear == null ? AcademicYear.of(service.today()) : new AcademicYear(startYear);
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.ADMIN})
    @Operation(operationId = "listLedgerLines", summary = "The place ledger of an academic year, by provider name and need type; occupancy counted today (or on the year's first or last day). "
            + "Send the ETag back in If-None-Match to get 304 while nothing in it has changed")
    @APIResponse(responseCode = "200", headers = @Header(name = HttpHeaders.ETAG, description = "The ledger's version: changes with any provider, commission, placement or band change of your LA, and each day",
            schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = LedgerViews.LedgerPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + LINE_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response lines(
            @Parameter(description = "The calendar year the academic year starts in (2026 = 2026/27); default: the current one")
            @QueryParam("academicYear") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer academicYear,
            @QueryParam("providerId") UUID providerId, @Valid @BeanParam PageParams page, @Context Request request) throws JsonProcessingException {
        String tenant = user.tenant();
        AcademicYear year = yearOrCurrent(academicYear);
        LedgerService.LedgerVersion version = service.version(tenant, year);
        EntityTag tag = new EntityTag(tenant + "-" + version.generation() + "-" + version.countingDay(), true);
        Response.ResponseBuilder response = request.evaluatePreconditions(tag);
        if (response == null) {
            PageKey key = new PageKey(tenant, year, version.countingDay(), providerId, page.page, page.size);
            byte[] body = pages.get(key, version.generation());
            if (body == null) {
                Slice<LedgerLine> lines = service.lines(tenant, year, version, providerId, Paging.request(page));
                body = json.writeValueAsBytes(Paging.page(lines, page, LedgerViews.LineView::of));
                pages.put(key, version.generation(), body);
            }
            response = Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        }
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    @PUT
    @Path("/{providerId}/{academicYear}/{needType}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "commissionPlaces", summary = "Set the places commissioned (and requested for next year) at a provider for an academic year and need type; published, and checked against the vacancy band")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "40 places, 44 asked for next year", value = "{\"places\": 40, \"requested\": 44}")))
    @APIResponse(responseCode = "200", description = "Changed (If-Match required)", content = @Content(schema = @Schema(implementation = LedgerViews.CommissionView.class),
            examples = @ExampleObject(name = "commission", value = "{\"providerId\": \"3f1c2d9e-8b7a-4c6d-9e0f-1a2b3c4d5e6f\", \"academicYear\": \"2026/27\", \"needType\": \"ASD\", \"places\": 40, \"requested\": 44, \"version\": 1}")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = LedgerViews.CommissionView.class)))
    @APIResponse(responseCode = "404", description = "No such provider in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing on a change", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response commission(@PathParam("providerId") UUID providerId,
                               @PathParam("academicYear") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") int academicYear,
                               @PathParam("needType") NeedType needType, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull LedgerViews.CommissionRequest request) {
        AcademicYear year = new AcademicYear(academicYear);
        LedgerService.CommissionResult r = service.commission(user.tenant(), providerId, year, needType, request.places(), request.requested(),
                Paging.ifMatch(ifMatch), "LEDGER").orElseThrow(() -> ApiProblem.notFound("Provider", providerId));
        return Response.status(r.created() ? 201 : 200).header(HttpHeaders.ETAG, ETags.of(r.version()))
                .entity(new LedgerViews.CommissionView(providerId, year.label(), needType, r.places(), r.requested(), r.version())).build();
    }

    @GET
    @Path("/settings")
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getLedgerSettings", summary = "The LA's vacancy band and place change request deadline (3–8% and 1 December until set)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LedgerViews.SettingsView.class),
            examples = @ExampleObject(name = "settings", value = "{\"vacancyMinPct\": 3.00, \"vacancyMaxPct\": 8.00, \"placeChangeDeadline\": \"--12-01\", \"version\": 0}")))
    public Response settings() {
        return settingsResponse(service.settings(user.tenant()));
    }

    @PUT
    @Path("/settings")
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "updateLedgerSettings", summary = "Set the vacancy band and the place change request deadline; If-Match once they have been set")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "band", value = "{\"vacancyMinPct\": 3, \"vacancyMaxPct\": 8, \"placeChangeDeadlineMonth\": 12, \"placeChangeDeadlineDay\": 5}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LedgerViews.SettingsView.class),
            examples = @ExampleObject(name = "settings", value = "{\"vacancyMinPct\": 3.00, \"vacancyMaxPct\": 8.00, \"placeChangeDeadline\": \"--12-05\", \"version\": 0}")))
    @APIResponse(responseCode = "400", description = "Invalid band or date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateSettings(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull LedgerViews.SettingsRequest request) {
        if (request.vacancyMinPct().compareTo(request.vacancyMaxPct()) > 0) {
            throw ApiProblem.badRequest("vacancyMaxPct", "must not be below vacancyMinPct");
        }
        MonthDay deadline;
        try {
            deadline = MonthDay.of(request.placeChangeDeadlineMonth() == null ? 12 : request.placeChangeDeadlineMonth(),
                    request.placeChangeDeadlineDay() == null ? 1 : request.placeChangeDeadlineDay());
        } catch (DateTimeException e) {
            throw ApiProblem.badRequest("placeChangeDeadlineDay", "is not a day of that month");
        }
        return settingsResponse(service.saveSettings(user.tenant(), new VacancyBand(request.vacancyMinPct().setScale(2), request.vacancyMaxPct().setScale(2)),
                deadline, Paging.ifMatch(ifMatch)));
    }

    private static Response settingsResponse(LedgerSettings s) {
        return Responses.tagged(new LedgerViews.SettingsView(s.band().minPct(), s.band().maxPct(), s.placeChangeDeadline().toString(), s.version()),
                s.version());
    }

    @GET
    @Path("/place-change-request")
    @Produces({MediaType.APPLICATION_JSON, TableExport.CSV, TableExport.XLSX})
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "exportPlaceChangeRequest", summary = "The annual place change request: per URN in your area, this year's places and those requested for the next (unchanged numbers roll forward); JSON, CSV or XLSX")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LedgerViews.PlaceChangeRequestView.class),
            examples = @ExampleObject(name = "request", value = "{\"academicYear\": \"2026/27\", \"deadline\": \"2026-12-01\", \"rows\": [{\"urn\": \"100123\", \"providerName\": \"Oakwood Special School\", \"currentPlaces\": 40, \"requestedPlaces\": 44, \"change\": 4}]}")))
    public Response placeChangeRequest(
            @Parameter(description = "The academic year the request is made in (places requested are for the next)") @QueryParam("academicYear")
            @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer academicYear,
            @Parameter(description = "json (default), csv or xlsx") @QueryParam("format") @DefaultValue("json")
            @Pattern(regexp = "json|csv|xlsx", message = "must be json, csv or xlsx") String format) {
        PlaceChangeRequest pcr = service.placeChangeRequest(user.tenant(), yearOrCurrent(academicYear));
        if ("json".equals(format)) {
            return Response.ok(new LedgerViews.PlaceChangeRequestView(pcr.current().label(), pcr.deadline(), pcr.rows().stream()
                    .map(r -> new LedgerViews.PlaceChangeRow(r.urn(), r.ukprn(), r.providerName(), r.currentPlaces(), r.requestedPlaces(), r.change()))
                    .toList()), MediaType.APPLICATION_JSON).build();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (PlaceChangeRequest.Row r : pcr.rows()) {
            rows.add(List.of(nz(r.urn()), nz(r.ukprn()), r.providerName(), r.currentPlaces(), r.requestedPlaces(), r.change()));
        }
        String next = pcr.current().next().label();
        return TableExport.respond(format, "place-change-request-" + pcr.current().next().startYear(), new TableExport.Table("Place change request",
                List.of("URN", "UKPRN", "Provider", "Places " + pcr.current().label(), "Requested " + next, "Change"), rows));
    }

    private static Object nz(String s) {
        return s == null ? "" : s;
    }
}
