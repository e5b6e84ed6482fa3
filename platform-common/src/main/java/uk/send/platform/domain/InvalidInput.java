package uk.send.platform.domain;

import java.util.List;

/** Input that the domain cannot read or accept, naming the fields at fault (answered 400, like a failed validation). */
public class InvalidInput extends DomainException {

    public InvalidInput(String detail, List<FieldIssue> issues) {
        super("validation", "Request is not valid", detail, issues);
    }

    /** One field at fault; its message is also the detail. */
    public InvalidInput(String field, String message) {
        this(message, List.of(new FieldIssue(field, message)));
    }
}
