package uk.send.platform.domain;

/** Something that does not exist, or that belongs to another LA: their existence is not revealed (answered 404). */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super("not-found", "Not found", what + " " + id + " does not exist", null);
    }
}
