package uk.send.funding.ehcp.rest;

import uk.send.funding.ehcp.domain.IntakeOutcome;
import uk.send.funding.ehcp.domain.Violation;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;

import java.util.List;

/** The intake's refusals as problem+json: 400 invalid, 409 sourceId used for a different decision, 422 does not fit the log. */
final class IntakeProblems {

    private IntakeProblems() {
    }

    static ApiProblem invalid(List<Violation> violations) {
        return ApiProblem.badRequest(violations.size() == 1 ? "1 field is not valid" : violations.size() + " fields are not valid", errors(violations));
    }

    static ApiProblem of(IntakeOutcome.Refused r) {
        return switch (r.reason()) {
            case INVALID -> invalid(r.violations());
            case CONFLICT -> new ApiProblem(409, "conflict", "Conflict", r.detail(), errors(r.violations()));
            case UNFIT -> new ApiProblem(422, "decision-does-not-fit", "Decision does not fit the EHCP's log", r.detail(), errors(r.violations()));
        };
    }

    static List<Problem.FieldError> errors(List<Violation> violations) {
        return violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
    }
}
