package uk.send.funding.topup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.funding.money.rest.FundingParams;
import uk.send.funding.topup.service.TopUpService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.math.BigDecimal;

@Path("/api/v1/ehcps/{ehcpRef}/top-up")
@Tag(name = "Top-up", description = "Each EHCP's element 3 top-up, explained line by line")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TopUpResource {

    private final TopUpService service;
    private final CurrentUser user;

    public TopUpResource(TopUpService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.SEN_OFFICER, Roles.ADMIN})
    @Operation(operationId = "explainTopUp", summary = "An EHCP's top-up for a financial year: each month's setting, band, value, units and amount, and any days left unpriced")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TopUpView.class), examples = @ExampleObject(name = "moved",
            value = "{\"ehcpRef\": \"EHCP-2025-0042\", \"financialYear\": \"2025-26\", \"method\": \"WHOLE_MONTHS\", \"lines\": ["
                    + "{\"month\": \"2025-09\", \"settingUrn\": \"100001\", \"bandCode\": \"B3\", \"annualValue\": 4500.00, \"units\": 1, \"yearUnits\": 12, \"amount\": 375.00}],"
                    + " \"unpriced\": [], \"total\": 375.00}")))
    @APIResponse(responseCode = "400", description = "Bad financial year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such EHCP in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TopUpView explain(@PathParam("ehcpRef") @Pattern(regexp = "[A-Za-z0-9/_.-]{1,64}", message = "not an EHCP reference") String ref,
                             @Parameter(example = "2025-26", required = true) @QueryParam("financialYear") String financialYear) {
        String tenant = user.tenant();
        FinancialYear year = FundingParams.financialYear("financialYear", financialYear);
        if (!service.known(tenant, ref)) {
            throw ApiProblem.notFound("EHCP", ref);
        }
        var topUp = service.explain(tenant, ref, year);
        var lines = topUp.cells().stream().map(c -> new TopUpView.Line(c.month(), c.period().payee(), c.period().bandCode(),
                c.period().annualValue(), c.units(), c.yearUnits(), c.amount())).toList();
        var unpriced = topUp.unpriced().stream().map(u -> new TopUpView.Unpriced(u.segment().settingUrn(), u.segment().bandCode(),
                u.segment().days().from(), u.segment().days().to(), u.reason())).toList();
        BigDecimal total = lines.stream().map(TopUpView.Line::amount).reduce(Money.ZERO, BigDecimal::add);
        return new TopUpView(ref, year.label(), service.policyMethod(tenant), lines, unpriced, total);
    }
}
