package uk.send.funding.ehcp.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.funding.ehcp.service.EhcpIntakeService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

@Path("/api/v1/ehcps/{ehcpRef}/decisions")
@Tag(name = "EHCP decisions")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class EhcpLogResource {

    private final EhcpIntakeService intake;
    private final CurrentUser user;

    public EhcpLogResource(EhcpIntakeService intake, CurrentUser user) {
        this.intake = intake;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.CASE_MANAGEMENT, Roles.SEN_OFFICER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listEhcpLog", summary = "One EHCP's decisions in decision-date order (same-day decisions in their usual order, then by sourceId): "
            + "the order the CMS sent them in never changes it. Corrected decisions are left out unless asked for.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EhcpDecisionPage.class),
            examples = @ExampleObject(name = "log", value = Examples.PAGE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Your LA has no decision about this EHCP", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EhcpDecisionPage log(@PathParam("ehcpRef") @Size(max = 64) String ehcpRef,
                                @QueryParam("includeSuperseded") @DefaultValue("false") boolean includeSuperseded,
                                @Valid @BeanParam PageParams page) {
        return intake.logOf(user.tenant(), ehcpRef, includeSuperseded, page.page, page.size)
                .map(found -> EhcpDecisionResource.page(found, page))
                .orElseThrow(() -> ApiProblem.notFound("EHCP", ehcpRef));
    }
}
