package uk.send.plan.item.domain;

import uk.send.platform.domain.BusinessRuleBroken;

/** Which kind of item may sit under which: phases hold tasks, tasks hold deliverables, deliverables hold actions and success criteria. */
public final class ItemHierarchy {

    private ItemHierarchy() {
    }

    /** @param parent the kind of the item above, null at the top of a programme */
    public static void requireAllowedParent(ItemKind kind, ItemKind parent) {
        ItemKind p = parent;
        boolean ok = switch (kind) {
            case PHASE -> p == null;
            case TASK -> p == null || p == ItemKind.PHASE;
            case DELIVERABLE -> p == ItemKind.TASK;
            case ACTION, CRITERION -> p == ItemKind.DELIVERABLE || p == ItemKind.TASK;
        };
        if (!ok) {
            throw new BusinessRuleBroken("item-hierarchy", "Item cannot go there",
                    "A " + kind.name().toLowerCase() + " cannot sit " + (p == null ? "at the top of a programme" : "under a " + p.name().toLowerCase())
                            + ": phases hold tasks, tasks hold deliverables, deliverables hold actions and success criteria");
        }
    }
}
