package uk.send.platform.domain;

/**
 * A well-formed request that a business rule refuses (answered 422). {@code problemType} names the rule
 * ({@code item-hierarchy}, {@code dependency-cycle}, ...), so a client can tell the rules apart.
 */
public class BusinessRuleBroken extends DomainException {

    public BusinessRuleBroken(String problemType, String title, String detail) {
        super(problemType, title, detail, null);
    }
}
