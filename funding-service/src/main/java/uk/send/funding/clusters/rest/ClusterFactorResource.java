package uk.send.funding.clusters.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.funding.clusters.domain.Factors;
import uk.send.funding.clusters.rest.ClusterViews.FactorPage;
import uk.send.funding.clusters.rest.ClusterViews.FactorRow;
import uk.send.funding.clusters.rest.ClusterViews.FactorsWritten;
import uk.send.funding.clusters.service.ClusterService;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.rest.FundingParams;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/cluster-factors")
@Tag(name = "Cluster delegation")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ClusterFactorResource {

    static final String CSV_HEADER = "urn,pupils_on_roll,sen_support,deprivation";
    static final String ROW_EXAMPLE = "{\"urn\": \"121001\", \"pupilsOnRoll\": 210, \"senSupport\": 32, \"deprivation\": 0.2150}";
    static final String WRITTEN_EXAMPLE = "{\"financialYear\": \"2026-27\", \"written\": 1}";

    private final ClusterService service;
    private final CurrentUser user;

    public ClusterFactorResource(ClusterService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @PUT
    @Path("/{financialYear}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "putClusterFactors", summary = "Enter (or replace) the formula factors of settings for a financial year; other settings' factors stay")
    @RequestBody(content = @Content(schema = @Schema(implementation = FactorRow[].class), examples = @ExampleObject(name = "factors", value = "[" + ROW_EXAMPLE + "]")))
    @APIResponse(responseCode = "200", description = "Written", content = @Content(schema = @Schema(implementation = FactorsWritten.class),
            examples = @ExampleObject(name = "written", value = WRITTEN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A row is invalid or names a URN not in your LA's register; nothing is written", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FactorsWritten put(@Parameter(description = "e.g. 2026-27", example = "2026-27") @PathParam("financialYear") String financialYear,
                              @Valid @NotNull @Size(min = 1, max = ClusterService.MAX_FACTOR_ROWS) List<@Valid @NotNull FactorRow> rows) {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        return new FactorsWritten(year.label(), service.putFactors(user.tenant(), year, rows.stream().map(FactorRow::toDomain).toList()));
    }

    @PUT
    @Path("/{financialYear}.csv")
    @Consumes("text/csv")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "uploadClusterFactors", summary = "The same as a CSV upload (text/csv) with the header row " + CSV_HEADER)
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class),
            examples = @ExampleObject(name = "csv", value = CSV_HEADER + "\n121001,210,32,0.2150\n")))
    @APIResponse(responseCode = "200", description = "Written", content = @Content(schema = @Schema(implementation = FactorsWritten.class),
            examples = @ExampleObject(name = "written", value = WRITTEN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A row is invalid (named by its line); nothing is written", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FactorsWritten upload(@Parameter(description = "e.g. 2026-27", example = "2026-27") @PathParam("financialYear") String financialYear,
                                 String csv) {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        return new FactorsWritten(year.label(), service.putFactors(user.tenant(), year, parse(csv == null ? "" : csv)));
    }

    @GET
    @Path("/{financialYear}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.COMMISSIONER})
    @Operation(operationId = "listClusterFactors", summary = "The factors entered for a financial year, by URN")
    @APIResponse(responseCode = "200", description = "A page of factor rows", content = @Content(schema = @Schema(implementation = FactorPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + ROW_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    public Page<FactorRow> list(@Parameter(description = "e.g. 2026-27", example = "2026-27") @PathParam("financialYear") String financialYear,
                                @Valid @BeanParam PageParams page) {
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        return Paging.page(service.factors(user.tenant(), year, Paging.request(page)), page, FactorRow::of);
    }

    /** Reads the CSV (Commons CSV, header row required); a cell that is not a number is a 400 naming its line. */
    static List<Factors> parse(String csv) {
        List<Factors> rows = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get()
                    .parse(new StringReader(csv))) {
                if (rows.size() >= ClusterService.MAX_FACTOR_ROWS) {
                    throw new InvalidInput("factors", "at most " + ClusterService.MAX_FACTOR_ROWS + " rows");
                }
                String at = "line " + (r.getRecordNumber() + 1);
                try {
                    rows.add(new Factors(r.get("urn"), Integer.parseInt(r.get("pupils_on_roll")), Integer.parseInt(r.get("sen_support")),
                            new BigDecimal(r.get("deprivation"))));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new InvalidInput(at, "needs the columns " + CSV_HEADER + " with whole numbers of pupils and a decimal deprivation");
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput("body", "is not readable CSV with the header row " + CSV_HEADER);
        }
        return rows;
    }
}
