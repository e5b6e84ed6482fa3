package uk.send.plan.duty.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What loading a catalogue of duties did: loading it again adds nothing. */
public record CatalogueLoad(
        @Schema(example = "send-reforms-2014") String catalogue,
        @Schema(example = "14", description = "Duties added now") int added,
        @Schema(example = "14", description = "Duties the LA now has") long total) {
}
