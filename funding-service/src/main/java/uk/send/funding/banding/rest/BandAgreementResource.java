package uk.send.funding.banding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import uk.send.funding.banding.domain.BandAgreement;
import uk.send.funding.banding.service.BandAgreementService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.IdempotencyService;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

@Path("/api/v1/ehcps/{ehcpRef}/bands")
@Tag(name = "Agreed bands", description = "Bands the SEN panel agrees for each EHCP, with the needs matrix suggestion and any override reason")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BandAgreementResource {

    public static final String REF_PATTERN = "[A-Za-z0-9/_.-]{1,64}";
    static final String VIEW_EXAMPLE = """
            {"id": "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "ehcpRef": "EHCP-2025-0042", "bandCode": "B3", "previousBand": "B2", "effectiveFrom": "2025-09-01",
             "panelDate": "2025-07-10", "suggestedBand": "B2", "matrixVersion": 1, "needsLevels": {"CI": 2, "SEMH": 3},
             "reason": "Needs 1:1 support at unstructured times", "source": "PANEL", "recordedBy": "officer@la.gov.uk",
             "recordedAt": "2025-07-10T15:00:00Z", "scheduleChange": {"linesWritten": 7, "adjustments": 0, "settingsChanged": 1}}""";

    private final BandAgreementService service;
    private final IdempotencyService idempotency;
    private final CurrentUser user;

    public BandAgreementResource(BandAgreementService service, IdempotencyService idempotency, CurrentUser user) {
        this.service = service;
        this.idempotency = idempotency;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "agreeBand", summary = "Record the band the SEN panel agreed, from a date; the EHCP's top-up is repriced (adjusting months already paid)")
    @RequestBody(content = @Content(schema = @Schema(implementation = BandAgreementRequest.class), examples = @ExampleObject(name = "override",
            value = "{\"bandCode\": \"B3\", \"effectiveFrom\": \"2025-09-01\", \"panelDate\": \"2025-07-10\", \"needsLevels\": {\"CI\": 2, \"SEMH\": 3}, "
                    + "\"reason\": \"Needs 1:1 support at unstructured times\"}")))
    @APIResponse(responseCode = "201", description = "Agreed", content = @Content(schema = @Schema(implementation = BandAgreementView.class),
            examples = @ExampleObject(name = "agreed", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not a band of the scheme in force, bad levels, or a differing band without a reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The EHCP names no setting that day, or no approved scheme is in force",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response agree(@PathParam("ehcpRef") @Pattern(regexp = REF_PATTERN, message = "not an EHCP reference") String ref,
                          @HeaderParam(IdempotencyService.HEADER) String key, @Valid @NotNull BandAgreementRequest request) {
        String tenant = user.tenant();
        var agree = new BandAgreementService.Agree(ref, request.bandCode().trim(), request.effectiveFrom(), request.panelDate(),
                request.needsLevels(), request.reason());
        return idempotency.execute(tenant, key, "POST /api/v1/ehcps/" + ref + "/bands", request, () -> {
            var agreed = service.agree(tenant, user.userId(), agree, BandAgreement.Source.PANEL);
            var o = agreed.schedule();
            return Response.status(201).entity(BandAgreementView.of(agreed.agreement(), agreed.previousBand(),
                    new BandAgreementView.ScheduleChange(o.linesWritten(), o.adjustments(), o.settingsChanged()))).build();
        });
    }

    @GET
    @RolesAllowed({Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listAgreedBands", summary = "The bands agreed for an EHCP, in effective-date order (at most 500)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BandAgreementView.BandHistory.class),
            examples = @ExampleObject(name = "history", value = "{\"ehcpRef\": \"EHCP-2025-0042\", \"items\": [" + VIEW_EXAMPLE + "]}")))
    @APIResponse(responseCode = "404", description = "No band agreed for this EHCP in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BandAgreementView.BandHistory history(@PathParam("ehcpRef") @Pattern(regexp = REF_PATTERN, message = "not an EHCP reference") String ref) {
        var items = service.history(user.tenant(), ref);
        if (items.isEmpty()) {
            throw ApiProblem.notFound("Agreed band of EHCP", ref);
        }
        return new BandAgreementView.BandHistory(ref, items.stream().map(a -> BandAgreementView.of(a, null, null)).toList());
    }
}
