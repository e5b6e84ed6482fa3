package uk.send.funding.ehcp.domain;

import java.util.List;

/** What the intake did with one decision. */
public sealed interface IntakeOutcome {

    /** Recorded now: logged, published and announced. */
    record Accepted(LoggedDecision decision) implements IntakeOutcome {
    }

    /** The LA had already sent this decision (same sourceId, same content): nothing new was recorded. */
    record Duplicate(LoggedDecision decision) implements IntakeOutcome {
    }

    /**
     * Not recorded, and why.
     *
     * @param reason what kind of refusal: the decision itself is invalid, its sourceId was used for a different
     *               decision, or it does not fit the log (a correction of a decision that is not there)
     */
    record Refused(Reason reason, String detail, List<Violation> violations) implements IntakeOutcome {
    }

    enum Reason { INVALID, CONFLICT, UNFIT }
}
