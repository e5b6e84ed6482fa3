package uk.send.placement.alternativeprovision.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.placement.alternativeprovision.domain.ApPlaceModel;
import uk.send.placement.alternativeprovision.domain.ExclusionsCsv;
import uk.send.placement.alternativeprovision.service.ApPlaceService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/alternative-provision/place-model")
@Tag(name = "Alternative provision", description = "AP places for next year from the exclusions profile, and the commissioning intention per AP provider")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApPlaceResource {

    /** The largest table accepted: far above any LA's exclusions by year and NCY. */
    static final int MAX_BODY_CHARS = 512 * 1024;

    private final ApPlaceService service;
    private final CurrentUser user;

    public ApPlaceResource(ApPlaceService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    public record NcyLineView(int ncy, double pupils, double primaryPlaces, double secondaryPlaces) {
    }

    public record IntentionView(UUID providerId, String providerName, String urn, String phase, int places) {
    }

    public record ApModelView(@Schema(example = "[2022, 2023, 2024]") List<Integer> yearsConsidered, @Schema(example = "2023") int peakYear,
                              int peakPermanentExclusions, @Schema(description = "Academic year the places are for (its starting year)", example = "2025") int forAcademicYear,
                              List<NcyLineView> lines, BigDecimal primaryPupilYears, BigDecimal secondaryPupilYears,
                              @Schema(example = "3") int primaryPlaces, @Schema(example = "34") int secondaryPlaces, List<IntentionView> intentions) {
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "modelApPlaces", summary = "Model next year's primary and secondary AP places from permanent exclusions and suspensions per NCY and year (CSV): "
            + "the peak of the last three years, less reintegrations after the average stay, year 11 leavers leaving; shared among AP providers as the commissioning intention")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "exclusions", value =
            "academic_year,ncy,permanent_exclusions,suspensions\n2023/24,9,12,140\n2023/24,10,6,95\n2023/24,5,2,30\n")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApModelView.class), examples = @ExampleObject(name = "model", value =
            "{\"yearsConsidered\": [2023], \"peakYear\": 2023, \"peakPermanentExclusions\": 20, \"forAcademicYear\": 2024, \"lines\": [{\"ncy\": 9, \"pupils\": 12, \"primaryPlaces\": 0, \"secondaryPlaces\": 21}], "
                    + "\"primaryPupilYears\": 2.50, \"secondaryPupilYears\": 33.50, \"primaryPlaces\": 3, \"secondaryPlaces\": 34, \"intentions\": []}")))
    @APIResponse(responseCode = "400", description = "Unreadable table or parameters out of range, with the failing fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApModelView model(
            @Parameter(description = "Share of pupils reintegrated into mainstream, 0 to 1") @QueryParam("reintegrationRate") @DefaultValue("0.3")
            @DecimalMin(value = "0", message = "must be 0 to 1") @DecimalMax(value = "1", message = "must be 0 to 1") BigDecimal reintegrationRate,
            @Parameter(description = "Years a reintegrated pupil spends in AP on average") @QueryParam("averageStayYears") @DefaultValue("0.5")
            @DecimalMin(value = "0.01", message = "must be above 0") @DecimalMax(value = "12", message = "must be at most 12") BigDecimal averageStayYears,
            @Parameter(description = "Share of suspensions that need an AP place, 0 to 1") @QueryParam("suspensionShare") @DefaultValue("0")
            @DecimalMin(value = "0", message = "must be 0 to 1") @DecimalMax(value = "1", message = "must be 0 to 1") BigDecimal suspensionShare,
            String body) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.badRequest("body", "must be the exclusions table as CSV");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw ApiProblem.badRequest("body", "must be at most " + MAX_BODY_CHARS + " characters");
        }
        ExclusionsCsv.Parsed parsed = ExclusionsCsv.parse(body);
        if (!parsed.problems().isEmpty()) {
            throw ApiProblem.badRequest("The exclusions table has errors", parsed.problems().stream()
                    .map(p -> new Problem.FieldError(p.field(), p.message())).toList());
        }
        if (parsed.rows().isEmpty()) {
            throw ApiProblem.badRequest("body", "has no rows");
        }
        ApPlaceService.Outcome o = service.model(user.tenant(), parsed.rows(), new ApPlaceModel.Parameters(reintegrationRate.doubleValue(),
                averageStayYears.doubleValue(), suspensionShare.doubleValue()));
        ApPlaceModel.Result r = o.model();
        return new ApModelView(r.yearsConsidered(), r.peakYear(), r.peakPermanentExclusions(), r.forAcademicYear(),
                r.lines().stream().map(l -> new NcyLineView(l.ncy(), l.pupils(), l.primaryPlaces(), l.secondaryPlaces())).toList(),
                r.primaryPupilYears(), r.secondaryPupilYears(), r.primaryPlaces(), r.secondaryPlaces(),
                o.intentions().stream().map(i -> new IntentionView(i.providerId(), i.providerName(), i.urn(), i.phase(), i.places())).toList());
    }
}
