package uk.send.plan.item.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What RAG, its roll-up and the list's filters need of an item, without loading the entity. */
public record ItemNode(UUID id, UUID parentId, ItemKind kind, ItemStatus status, Rag ragOverride, String leadId,
                       LocalDate nextDue, String title) {
}
