package uk.send.funding.ehcp.domain;

/** What became of one line of a batch. */
public enum LineOutcome {
    /** Recorded, published and announced, as a POSTed decision would be. */
    ACCEPTED,
    /** The LA had already sent this decision (same sourceId, same content): nothing new recorded. */
    DUPLICATE,
    /** Not recorded; the line's errors say why. */
    REFUSED
}
