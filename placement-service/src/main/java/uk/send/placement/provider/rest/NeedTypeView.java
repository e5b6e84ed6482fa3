package uk.send.placement.provider.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A need type code and what it means. */
public record NeedTypeView(@Schema(example = "SEMH") String code,
                           @Schema(example = "Social, emotional and mental health") String label) {
}
