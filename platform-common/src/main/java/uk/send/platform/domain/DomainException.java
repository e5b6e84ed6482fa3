package uk.send.platform.domain;

import java.util.List;

/**
 * A rule of the domain that a request broke, thrown by services and domain classes, which know nothing of HTTP.
 * Each kind is its own subclass; platform-common's {@code rest.ProblemMappers} is the one place that turns them into
 * problem+json with their status. {@code problemType} is the last segment of the problem's type URI (a stable slug
 * that clients may switch on), {@code title} its short human summary, the message its detail.
 */
public abstract class DomainException extends RuntimeException {

    private final String problemType;
    private final String title;
    private final List<FieldIssue> issues;

    protected DomainException(String problemType, String title, String detail, List<FieldIssue> issues) {
        super(detail);
        this.problemType = problemType;
        this.title = title;
        this.issues = issues == null ? List.of() : List.copyOf(issues);
    }

    public String problemType() {
        return problemType;
    }

    public String title() {
        return title;
    }

    /** The fields of the input at fault, if the problem lies in particular fields. */
    public List<FieldIssue> issues() {
        return issues;
    }

    /** One field at fault: a path into the input ({@code deadlines[0].text}) and what is wrong with it. */
    public record FieldIssue(String field, String message) {
    }
}
