package uk.send.notification.preferences.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import uk.send.notification.preferences.service.RecipientService;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Responses;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;

/** The caller's own notification preferences. */
@Path("/api/v1/me/preferences")
@Tag(name = "Preferences", description = "How you want to be told")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PreferencesResource {

    private final RecipientService recipients;
    private final CurrentUser user;

    public PreferencesResource(RecipientService recipients, CurrentUser user) {
        this.recipients = recipients;
        this.user = user;
    }

    @GET
    @Operation(operationId = "getPreferences", summary = "Your preferences; the ETag is what an update sends in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PreferencesView.class)))
    public Response get() {
        PreferencesView view = PreferencesView.of(recipients.preferences(user));
        return Responses.tagged(view, view.version());
    }

    @PUT
    @Operation(operationId = "updatePreferences", summary = "Change your preferences: email on or off, daily digest instead of instant email, muted programmes. "
            + "A new email address is used only once confirmed with the code sent to it (see confirmPreferencesEmail); until then `pendingEmail` shows it")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PreferencesView.class)))
    @APIResponse(responseCode = "412", description = "Changed since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PreferencesRequest request) {
        PreferencesView view = PreferencesView.of(recipients.update(user, Paging.ifMatch(ifMatch), request.toDomain()));
        return Responses.tagged(view, view.version());
    }

    /** The code e-mailed to a new address. */
    public record EmailConfirmation(@NotBlank @Size(max = 100) @Schema(example = "q3m0Jw0mVbq3bq8nF3pN2b1fYw8d3Tt7yQm5b2xk9aE") String token) {
    }

    @POST
    @Path("/email-verification")
    @Operation(operationId = "confirmPreferencesEmail", summary = "Confirm your new email address with the code sent to it; email goes there from now on")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "code", value = "{\"token\": \"q3m0Jw0mVbq3bq8nF3pN2b1fYw8d3Tt7yQm5b2xk9aE\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PreferencesView.class), examples = @ExampleObject(name = "confirmed",
            value = "{\"person\": \"jane.smith@demo.gov.uk\", \"emailEnabled\": true, \"digestOnly\": false, \"email\": \"jane.smith@new.gov.uk\", "
                    + "\"mutedProgrammes\": [], \"version\": 3}")))
    @APIResponse(responseCode = "400", description = "Not the code sent, or expired", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response confirmEmail(@Valid @NotNull EmailConfirmation request) {
        PreferencesView view = PreferencesView.of(recipients.confirmEmail(user, request.token()));
        return Responses.tagged(view, view.version());
    }
}
