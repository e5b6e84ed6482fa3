package uk.send.plan.duty.domain;

/** What loading a catalogue of duties did: how many it added, and how many the LA now has. */
public record CatalogueLoaded(String catalogue, int added, long total) {
}
