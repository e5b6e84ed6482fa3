package uk.send.platform.rest;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import uk.send.platform.domain.BusinessRuleBroken;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.DomainException;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.NotAllowed;
import uk.send.platform.domain.NotFound;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The domain's exceptions leave as the same problem+json as the ApiProblem factories they replace in services. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void shouldAnswerEachDomainExceptionAsTheMatchingApiProblem() {
        UUID id = UUID.randomUUID();
        assertSame(new InvalidInput("parentId", "is not an item of this programme"),
                ApiProblem.badRequest("parentId", "is not an item of this programme"), 400);
        assertSame(new InvalidInput("2 fields are not valid", List.of(new DomainException.FieldIssue("target", "too low"),
                        new DomainException.FieldIssue("targetDate", "must be after baselineDate"))),
                ApiProblem.badRequest("2 fields are not valid", List.of(new Problem.FieldError("target", "too low"),
                        new Problem.FieldError("targetDate", "must be after baselineDate"))), 400);
        assertSame(new NotAllowed("Schools see their own setting only"), ApiProblem.forbidden("Schools see their own setting only"), 403);
        assertSame(new NotFound("Deadline", id), ApiProblem.notFound("Deadline", id), 404);
        assertSame(new Conflict("This deadline was already met on 2026-01-05"), ApiProblem.conflict("This deadline was already met on 2026-01-05"), 409);
        assertSame(new BusinessRuleBroken("dependency-cycle", "Dependency cycle", "That dependency would make the items wait for each other"),
                ApiProblem.unprocessable("dependency-cycle", "Dependency cycle", "That dependency would make the items wait for each other"), 422);
    }

    private void assertSame(DomainException domain, ApiProblem api, int status) {
        Response fromDomain = mappers.domain(domain, null);
        Response fromApi = mappers.apiProblem(api, null);
        assertThat(fromDomain.getStatus()).isEqualTo(status).isEqualTo(fromApi.getStatus());
        assertThat(fromDomain.getMediaType()).isEqualTo(fromApi.getMediaType());
        assertThat(fromDomain.getEntity()).isEqualTo(fromApi.getEntity());
    }
}
