package uk.send.plan.item.service;

import uk.send.plan.item.domain.Item;
import uk.send.plan.item.domain.Rag;
import uk.send.plan.item.entity.PlanItem;

import java.util.List;
import java.util.UUID;

/** Entity to domain: what the service answers of an item, so that the entity never leaves the service layer. */
final class ItemMapper {

    private ItemMapper() {
    }

    static Item item(PlanItem i, Rag own, Rag rolled, List<UUID> blockedBy, List<Item> children) {
        Item.Lead lead = i.leadOfficerId == null ? null : new Item.Lead(i.leadOfficerId, i.leadOfficerName);
        List<Item.Deadline> deadlines = i.deadlines.stream().map(d -> new Item.Deadline(d.id, d.kind, d.dueDate, d.windowStart,
                d.recurrenceMonth, d.text, d.metOn)).toList();
        return new Item(i.id, i.programme.id, i.parentId, i.kind, i.ref, i.title, lead, i.status, rolled, own,
                i.ragOverride == null ? null : new Item.RagOverride(i.ragOverride, i.ragOverrideReason), deadlines, blockedBy,
                i.updatedAt, i.version, children);
    }
}
