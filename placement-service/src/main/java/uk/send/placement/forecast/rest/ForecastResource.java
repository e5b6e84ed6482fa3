package uk.send.placement.forecast.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.placement.forecast.domain.ForecastOutcome;
import uk.send.placement.forecast.domain.PlacementCost;
import uk.send.placement.forecast.domain.PopulationCount;
import uk.send.placement.forecast.service.ForecastService;
import uk.send.placement.shared.TableExport;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/forecasts")
@Tag(name = "Sufficiency forecasts", description = "Markov forecasts of specialist placement demand (witan.send's model) from the LA's own placement history, with costs, scenarios, backtests and the sufficiency gap")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ForecastResource {

    private static final String REQUEST_EXAMPLE = """
            {"horizon": 5, "simulations": 1000, "seed": 42,
             "levers": [{"transition": "MOVES_INTO", "setting": "INDEPENDENT", "fromYear": 2028, "factor": 0.8}],
             "addedPlaces": [{"need": "ASD", "setting": "SPECIAL", "fromYear": 2028, "places": 164}]}""";
    private static final String RESPONSE_EXAMPLE = """
            {"id": "0c7e4f1a-9a35-4f0e-8d7a-2b1c3d4e5f60", "createdAt": "2026-12-01T10:00:00Z", "baseYear": 2026, "horizon": 5, "simulations": 1000, "seed": 42,
             "cells": [{"year": 2027, "needType": "ASD", "settingGroup": "SPECIAL", "median": 412, "lower": 389, "upper": 436,
                        "costMedian": 9476000.00, "costLower": 8947000.00, "costUpper": 10028000.00}],
             "totals": [{"year": 2027, "median": 1630, "lower": 1588, "upper": 1671, "costMedian": 48210000.00, "costLower": 46900000.00, "costUpper": 49500000.00}],
             "gaps": [{"year": 2027, "needType": "ASD", "settingGroup": "SPECIAL", "demandMedian": 412, "demandUpper": 436, "places": 400, "gap": 12}]}""";

    private final ForecastService service;
    private final CurrentUser user;

    public ForecastResource(ForecastService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "runForecast", summary = "Run a sufficiency forecast: fit to the January snapshots of placements, simulate (1,000 seeded runs by default), "
            + "cost by need and setting, set against places commissioned; each need and setting short of places is published")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "with levers", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The forecast, kept for its exports", content = @Content(schema = @Schema(implementation = ForecastViews.ForecastView.class),
            examples = @ExampleObject(name = "forecast", value = RESPONSE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Fewer than two January snapshots of placements", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response run(@Valid ForecastViews.ForecastRequest request, @Context UriInfo uri) {
        ForecastViews.ForecastRequest r = request == null ? new ForecastViews.ForecastRequest(null, null, null, null, null, null, null) : request;
        ForecastOutcome o = service.run(user.tenant(), user.userId(), r.baseYear(), r.toSettings());
        return Response.created(uri.getAbsolutePathBuilder().path(o.id().toString()).build()).entity(ForecastViews.ForecastView.of(o)).build();
    }

    @GET
    @Path("/{forecastId}")
    @Produces({MediaType.APPLICATION_JSON, TableExport.CSV, TableExport.XLSX})
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "getForecast", summary = "A forecast as JSON, or its table (year, need, setting, median, interval, cost, places, gap) as CSV or XLSX")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ForecastViews.ForecastView.class), examples = @ExampleObject(name = "forecast", value = RESPONSE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such forecast in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("forecastId") UUID id, @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|csv|xlsx", message = "must be json, csv or xlsx") String format) {
        ForecastOutcome o = service.find(user.tenant(), id).orElseThrow(() -> ApiProblem.notFound("Forecast", id));
        if ("json".equals(format)) {
            return Response.ok(ForecastViews.ForecastView.of(o), MediaType.APPLICATION_JSON).build();
        }
        List<List<Object>> rows = new ArrayList<>();
        var gaps = o.gaps();
        for (var c : o.projection().cells()) {
            var gap = gaps.stream().filter(g -> g.year() == c.year() && g.need() == c.need() && g.setting() == c.setting()).findFirst();
            rows.add(java.util.Arrays.asList(c.year(), c.need().name(), c.setting().name(), c.median(), c.lower(), c.upper(),
                    c.costMedian(), c.costLower(), c.costUpper(), gap.map(g -> (Object) g.places()).orElse(null), gap.map(g -> (Object) g.gap()).orElse(null)));
        }
        return TableExport.respond(format, "forecast-" + o.projection().baseYear() + "-" + id, new TableExport.Table("Forecast",
                List.of("January", "Need", "Setting", "Median", "Lower 95%", "Upper 95%", "Cost median", "Cost lower", "Cost upper", "Places", "Gap"), rows));
    }

    @GET
    @Path("/{forecastId}/chart.png")
    @Produces("image/png")
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "getForecastChart", summary = "A chart of the forecast: total demand, its 95% interval and places commissioned, per January")
    @APIResponse(responseCode = "200", description = "A PNG image", content = @Content(mediaType = "image/png", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such forecast in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response chart(@PathParam("forecastId") UUID id) {
        ForecastOutcome o = service.find(user.tenant(), id).orElseThrow(() -> ApiProblem.notFound("Forecast", id));
        return Response.ok(ForecastChart.png(o), "image/png").build();
    }

    @POST
    @Path("/backtest")
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "backtestForecast", summary = "Fit to the years up to fitUpTo, project the years after it, and report the error against what happened")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "fit to 2023", value = "{\"fitUpTo\": 2023, \"lastYear\": 2026, \"simulations\": 500, \"seed\": 7}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ForecastViews.BacktestYear[].class),
            examples = @ExampleObject(name = "errors", value = "[{\"year\": 2024, \"actualTotal\": 1580, \"medianTotal\": 1561, \"totalErrorPct\": -1.2, \"meanAbsoluteError\": 3.4, \"intervalCoverage\": 0.93}]")))
    @APIResponse(responseCode = "422", description = "Not enough history", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ForecastViews.BacktestYear> backtest(@Valid @NotNull ForecastViews.BacktestRequest r) {
        return service.backtest(user.tenant(), r.fitUpTo(), r.lastYear(), r.simulations() == null ? 500 : r.simulations(), r.seed() == null ? 1L : r.seed())
                .stream().map(e -> new ForecastViews.BacktestYear(e.year(), e.actualTotal(), e.medianTotal(), e.totalErrorPct(), e.meanAbsoluteError(), e.intervalCoverage()))
                .toList();
    }

    @GET
    @Path("/population")
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listPopulationProjection", summary = "The background population per calendar year and NCY that joiners scale with")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ForecastViews.PopulationRow[].class),
            examples = @ExampleObject(name = "rows", value = "[{\"year\": 2027, \"ncy\": 7, \"population\": 6120}]")))
    public List<ForecastViews.PopulationRow> population() {
        return service.population(user.tenant()).stream().map(r -> new ForecastViews.PopulationRow(r.year(), r.ncy(), r.population())).toList();
    }

    @PUT
    @Path("/population")
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "putPopulationProjection", summary = "Enter population figures per calendar year and NCY (each row replaces its year and NCY)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rows", value = "[{\"year\": 2027, \"ncy\": 7, \"population\": 6120}]")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ForecastViews.PopulationRow[].class),
            examples = @ExampleObject(name = "rows", value = "[{\"year\": 2027, \"ncy\": 7, \"population\": 6120}]")))
    public List<ForecastViews.PopulationRow> putPopulation(@Valid @NotNull @Size(max = 2000) List<ForecastViews.@Valid @NotNull PopulationRow> rows) {
        service.putPopulation(user.tenant(), rows.stream().map(r -> new PopulationCount(r.year(), r.ncy(), r.population())).toList());
        return population();
    }

    @GET
    @Path("/costs")
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listPlacementCosts", summary = "The LA's annual cost of a placement per need type and setting group")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ForecastViews.CostRow[].class),
            examples = @ExampleObject(name = "rows", value = "[{\"needType\": \"SEMH\", \"settingGroup\": \"INDEPENDENT\", \"annualCost\": 52000.00}]")))
    public List<ForecastViews.CostRow> costs() {
        return service.costs(user.tenant()).stream().map(c -> new ForecastViews.CostRow(c.need(), c.setting(), c.annualCost())).toList();
    }

    @PUT
    @Path("/costs")
    @RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "putPlacementCosts", summary = "Enter annual costs per need type and setting group (each row replaces its pair)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rows", value = "[{\"needType\": \"SEMH\", \"settingGroup\": \"INDEPENDENT\", \"annualCost\": 52000}]")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ForecastViews.CostRow[].class),
            examples = @ExampleObject(name = "rows", value = "[{\"needType\": \"SEMH\", \"settingGroup\": \"INDEPENDENT\", \"annualCost\": 52000.00}]")))
    public List<ForecastViews.CostRow> putCosts(@Valid @NotNull @Size(max = 500) List<ForecastViews.@Valid @NotNull CostRow> rows) {
        service.putCosts(user.tenant(), rows.stream().map(r -> new PlacementCost(r.needType(), r.settingGroup(), r.annualCost())).toList());
        return costs();
    }
}
