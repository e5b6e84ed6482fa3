package uk.send.platform.domain;

/** A request that clashes with the state things are in, such as doing twice what can be done once (answered 409). */
public class Conflict extends DomainException {

    public Conflict(String detail) {
        super("conflict", "Conflict", detail, null);
    }
}
