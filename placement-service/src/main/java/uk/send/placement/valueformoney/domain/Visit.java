package uk.send.placement.valueformoney.domain;

/** A provider to visit: urgent when its last inspection was below good, with the reason it is on the list. */
public record Visit(VisitCandidate provider, boolean urgent, String reason) {
}
