package uk.send.placement.provider.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.placement.provider.domain.NeedType;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.Roles;

import java.util.Arrays;
import java.util.List;

@Path("/api/v1/need-types")
@Tag(name = "Need types", description = "The SEN2 need type codes providers are registered with")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NeedTypeResource {

    private static final List<NeedTypeView> ALL = Arrays.stream(NeedType.values())
            .map(n -> new NeedTypeView(n.name(), n.label())).toList();

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.SEN_OFFICER, Roles.FINANCE, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "listNeedTypes", summary = "List the need type codes and their labels, in SEN2 order")
    @APIResponse(responseCode = "200", description = "Every need type, in SEN2 order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = NeedTypeView.class)))
    public List<NeedTypeView> list() {
        return ALL;
    }
}
