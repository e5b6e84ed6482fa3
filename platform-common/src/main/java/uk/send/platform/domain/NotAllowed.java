package uk.send.platform.domain;

/** An operation the caller's role or scope does not allow on this thing (answered 403). */
public class NotAllowed extends DomainException {

    public NotAllowed(String detail) {
        super("forbidden", "Not allowed", detail, null);
    }
}
