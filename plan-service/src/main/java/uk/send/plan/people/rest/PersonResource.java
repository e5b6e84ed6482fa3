package uk.send.plan.people.rest;

import uk.send.platform.openapi.PageSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.send.plan.people.service.PersonService;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;
import uk.send.platform.rest.Paging;
import uk.send.platform.rest.Problem;
import uk.send.platform.security.CurrentUser;
import uk.send.platform.security.Roles;

import java.util.UUID;

@Path("/api/v1/people")
@Tag(name = "People", description = "Lead officers, known in plans by initials")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PersonResource {

    private final PersonService people;
    private final CurrentUser user;

    public PersonResource(PersonService people, CurrentUser user) {
        this.people = people;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "createPerson", summary = "Add a lead officer")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "409", description = "Initials already taken in your LA", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull PersonRequest request, @Context UriInfo uri) {
        PersonView view = PersonApi.view(people.create(user.tenant(), PersonApi.draft(request)));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .header(HttpHeaders.ETAG, ETags.of(view.version())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(operationId = "listPeople", summary = "The LA's lead officers by initials")
    @APIResponse(responseCode = "200", description = "One page of lead officers", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonPage.class)))
    public Page<PersonView> list(@Valid @BeanParam PageParams page) {
        return Paging.page(people.list(user.tenant(), Paging.request(page)), page, PersonApi::view);
    }

    @PUT
    @Path("/{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(operationId = "updatePerson", summary = "Change a lead officer's details (e.g. add their login so reminders reach them)")
    @APIResponse(responseCode = "200", description = "The lead officer as changed; ETag is the new version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    public Response update(@PathParam("personId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PersonRequest request) {
        PersonView view = people.update(user.tenant(), id, Paging.ifMatch(ifMatch), PersonApi.draft(request)).map(PersonApi::view).orElseThrow(() -> ApiProblem.notFound("Person", id));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @Schema(name = "PersonPage", description = "One page of lead officers")
    static final class PersonPage extends PageSchema<PersonView> {
    }
}
