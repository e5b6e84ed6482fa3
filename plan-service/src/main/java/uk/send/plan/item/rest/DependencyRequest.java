package uk.send.plan.item.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** This item depends on {@code blockerId}: BLOCKS means it cannot be marked done while the blocker is open; PRECEDES only orders them. */
public record DependencyRequest(@NotNull UUID blockerId, @NotNull @Schema(example = "BLOCKS") Kind kind) {

    public enum Kind { BLOCKS, PRECEDES }
}
