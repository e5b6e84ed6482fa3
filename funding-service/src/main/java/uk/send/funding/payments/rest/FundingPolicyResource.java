package uk.send.funding.payments.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.platform.rest.Paging;
import uk.send.funding.money.domain.DateRange;
import uk.send.funding.money.domain.TermCalendar;
import uk.send.funding.payments.domain.FundingPolicy;
import uk.send.funding.payments.service.PaymentService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.List;

@Path("/api/v1/funding-policy")
@Tag(name = "Funding policy", description = "The LA's pro-rata method, payment frequency and term dates")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FundingPolicyResource {

    static final String EXAMPLE = "{\"method\": \"SCHOOL_DAYS\", \"frequency\": \"MONTHLY\", \"schoolYearDays\": 190, "
            + "\"terms\": [{\"start\": \"2025-09-03\", \"end\": \"2025-10-24\"}]}";

    private final PaymentService payments;
    private final CurrentUser user;

    public FundingPolicyResource(PaymentService payments, CurrentUser user) {
        this.payments = payments;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.SEN_OFFICER, Roles.SCHOOL})
    @Operation(operationId = "getFundingPolicy", summary = "The LA's funding policy (whole months, monthly, until one is recorded)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentViews.PolicyView.class), examples = @ExampleObject(name = "policy", value = EXAMPLE)))
    public Response get() {
        FundingPolicy p = payments.policy(user.tenant());
        return Response.ok(view(p)).header(HttpHeaders.ETAG, ETags.of(Math.max(0, p.version()))).build();
    }

    @PUT
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "setFundingPolicy", summary = "Set the LA's pro-rata method, payment frequency and term dates (applies to schedules written from now on)")
    @RequestBody(content = @Content(schema = @Schema(implementation = PaymentViews.PolicyRequest.class), examples = @ExampleObject(name = "school days", value = EXAMPLE)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PaymentViews.PolicyView.class), examples = @ExampleObject(name = "policy", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Overlapping terms, or school days without terms", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response set(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PaymentViews.PolicyRequest request) {
        List<DateRange> terms;
        TermCalendar calendar;
        try {
            terms = request.terms() == null ? List.of() : request.terms().stream().map(t -> new DateRange(t.start(), t.end())).toList();
            calendar = new TermCalendar(terms, request.schoolYearDays() == null ? TermCalendar.STANDARD_YEAR_DAYS : request.schoolYearDays());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("terms", e.getMessage());
        }
        if (request.method() == uk.send.funding.money.domain.ProRataMethod.SCHOOL_DAYS && terms.isEmpty()) {
            throw ApiProblem.badRequest("terms", "pro rata by school days needs the LA's term dates");
        }
        FundingPolicy saved = payments.savePolicy(user.tenant(), Paging.ifMatch(ifMatch), new FundingPolicy(request.method(), request.frequency(), calendar, 0));
        return Response.ok(view(saved)).header(HttpHeaders.ETAG, ETags.of(saved.version())).build();
    }

    private static PaymentViews.PolicyView view(FundingPolicy p) {
        return new PaymentViews.PolicyView(p.method(), p.frequency(), p.calendar().yearDays(), p.calendar().terms(), Math.max(0, p.version()));
    }
}
