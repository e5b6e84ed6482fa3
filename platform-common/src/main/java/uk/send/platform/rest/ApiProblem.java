package uk.send.platform.rest;

import java.util.List;

/**
 * A failure a client can act on, turned into a problem+json response by {@link ProblemMappers}.
 * Thrown through the named factories so that the same situation always gets the same status. Services that are
 * shaped by feature throw the domain's own exceptions instead ({@code uk.send.platform.domain}: NotFound, Conflict,
 * BusinessRuleBroken, InvalidInput, NotAllowed), which the same mapper set turns into the same bodies.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiProblem(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiProblem badRequest(String detail, List<Problem.FieldError> errors) {
        return new ApiProblem(400, "validation", "Request is not valid", detail, errors);
    }

    public static ApiProblem badRequest(String field, String message) {
        return badRequest(message, List.of(new Problem.FieldError(field, message)));
    }

    /** A bearer token that is signed but breaks one of the platform's rules for tokens. */
    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, "unauthorized", "Authentication required", detail, null);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Not allowed", detail, null);
    }

    /** Also used for another LA's ids: their existence is not revealed. */
    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "conflict", "Conflict", detail, null);
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(412, "precondition-failed", "Resource has changed", detail, null);
    }

    public static ApiProblem unprocessable(String slug, String title, String detail) {
        return new ApiProblem(422, slug, title, detail, null);
    }

    public static ApiProblem preconditionRequired(String detail) {
        return new ApiProblem(428, "precondition-required", "If-Match header required", detail, null);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
