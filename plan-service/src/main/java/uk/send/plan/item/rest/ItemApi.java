package uk.send.plan.item.rest;

import uk.send.plan.item.domain.DeadlineDraft;
import uk.send.plan.item.domain.DependencyKind;
import uk.send.plan.item.domain.Item;
import uk.send.plan.item.domain.ItemDraft;
import uk.send.plan.item.domain.ItemTree;

import java.util.List;

/** The item API's records to and from the domain, at the edge (the service never sees the API's records). */
public final class ItemApi {

    private ItemApi() {
    }

    public static ItemDraft draft(ItemRequest r) {
        return new ItemDraft(r.kind(), r.parentId(), r.ref(), r.title(), lead(r.leadOfficer()), deadlines(r.deadlines()), r.status());
    }

    public static Item.Lead lead(LeadOfficer lead) {
        return lead == null ? null : new Item.Lead(lead.id(), lead.name());
    }

    public static LeadOfficer leadOfficer(Item.Lead lead) {
        return lead == null ? null : new LeadOfficer(lead.id(), lead.name());
    }

    public static List<DeadlineDraft> deadlines(List<DeadlineInput> inputs) {
        return inputs == null ? null : inputs.stream().map(d -> new DeadlineDraft(d.text(), d.date())).toList();
    }

    public static Item.RagOverride ragOverride(RagOverrideRequest r) {
        return r == null ? null : new Item.RagOverride(r.rag(), r.reason());
    }

    public static DependencyKind kind(DependencyRequest.Kind kind) {
        return DependencyKind.valueOf(kind.name());
    }

    public static ItemView view(Item i) {
        List<DeadlineView> deadlines = i.deadlines().stream().map(d -> new DeadlineView(d.id(), d.kind(), d.dueDate(), d.windowStart(),
                d.recurrenceMonth(), d.text(), d.metOn())).toList();
        return new ItemView(i.id(), i.programmeId(), i.parentId(), i.kind(), i.ref(), i.title(), leadOfficer(i.lead()), i.status(), i.rag(),
                i.ownRag(), i.ragOverride() == null ? null : new ItemView.RagOverride(i.ragOverride().rag(), i.ragOverride().reason()),
                deadlines, i.blockedBy(), i.updatedAt(), i.version(), i.children() == null ? null : i.children().stream().map(ItemApi::view).toList());
    }

    public static ProgrammeTree tree(ItemTree t) {
        return new ProgrammeTree(t.programmeId(), t.title(), t.rag(), t.asOf(), t.items().stream().map(ItemApi::view).toList());
    }
}
