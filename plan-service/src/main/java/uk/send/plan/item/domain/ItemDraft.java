package uk.send.plan.item.domain;

import java.util.List;
import java.util.UUID;

/** An item to create, or the full new state of one (kind and parent cannot change). A null status means "leave as is" or NOT_STARTED. */
public record ItemDraft(ItemKind kind, UUID parentId, String ref, String title, Item.Lead lead, List<DeadlineDraft> deadlines,
                        ItemStatus status) {
}
