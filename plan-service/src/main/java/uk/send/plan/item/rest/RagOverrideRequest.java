package uk.send.plan.item.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.plan.item.domain.Rag;

/** A RAG set by hand; the reason is required, so every override can be explained at the steering group. */
public record RagOverrideRequest(
        @NotNull Rag rag,
        @NotBlank @Size(min = 3, max = 1000) @Schema(example = "Schools forum vote moved to March; agreed amber at steering group 12 Jan") String reason) {
}
