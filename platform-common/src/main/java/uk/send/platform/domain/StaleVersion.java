package uk.send.platform.domain;

/**
 * An update made against a version of the data that is no longer the current one, or that needs a version the
 * caller could not have read (answered 412): applying it would overwrite someone else's change unseen.
 */
public class StaleVersion extends DomainException {

    public StaleVersion(String detail) {
        super("precondition-failed", "Resource has changed", detail, null);
    }
}
