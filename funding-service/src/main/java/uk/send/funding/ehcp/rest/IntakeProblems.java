package uk.send.funding.ehcp.rest;

import uk.send.funding.ehcp.domain.IntakeOutcome;
import uk.send.funding.ehcp.domain.Violation;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.Problem;

import java.util.List;

/** The intake's refusals as problem+json: 400 invalid, 409 sourceId used for a different decision, 415 not a body it reads, 422 does not fit the log. */
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

    /**
     * 415 naming what is accepted, for a partner that sends no Content-Type or a wrong one. A charset parameter is not
     * refused: bodies are always read as UTF-8, and every value the intake accepts is ASCII (codes, ids, dates), so a
     * body labelled ISO-8859-1 or Windows-1252 reads the same and a stray accented letter fails its field's rule.
     */
    static ApiProblem unsupportedMediaType(String sent, List<String> accepted) {
        String what = sent == null || sent.isBlank() ? "No Content-Type was sent" : "Content-Type " + sent + " is not accepted here";
        String message = "must be one of " + String.join(", ", accepted) + " (the body is read as UTF-8)";
        return new ApiProblem(415, "unsupported-media-type", "Unsupported Media Type", what + "; the Content-Type " + message,
                List.of(new Problem.FieldError("Content-Type", message)));
    }

    static List<Problem.FieldError> errors(List<Violation> violations) {
        return violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
    }
}
