package uk.send.plan.item.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.send.plan.item.domain.ItemKind;
import uk.send.plan.item.domain.ItemStatus;
import uk.send.plan.item.domain.Rag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An item with its RAG: {@code ownRag} by the rule on the item alone, {@code rag} rolled up over its children.
 * {@code children} is filled in the tree view only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemView(UUID id, UUID programmeId, UUID parentId, ItemKind kind, String ref, String title, LeadOfficer leadOfficer,
                       ItemStatus status, Rag rag, Rag ownRag, RagOverride ragOverride, List<DeadlineView> deadlines,
                       List<UUID> blockedBy, Instant updatedAt, long version, List<ItemView> children) {

    /** A RAG set by hand, with the reason it was set. */
    public record RagOverride(Rag rag, String reason) {
    }
}
