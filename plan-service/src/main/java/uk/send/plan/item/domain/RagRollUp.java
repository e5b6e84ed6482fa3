package uk.send.plan.item.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An item's rolled-up RAG is the worst own RAG (by {@link RagRule}) in its subtree, itself included. */
public final class RagRollUp {

    private final RagRule rule;

    public RagRollUp(RagRule rule) {
        this.rule = rule;
    }

    /** Every node's own and rolled-up RAG, in one pass over a whole programme's nodes. */
    public record Rags(Map<UUID, Rag> own, Map<UUID, Rag> rolled) {
    }

    public Rag own(ItemNode n, LocalDate asOf) {
        return rule.own(n.status(), Optional.ofNullable(n.nextDue()), n.ragOverride(), asOf);
    }

    public Rags of(List<ItemNode> all, LocalDate asOf) {
        Map<UUID, ItemNode> byId = new HashMap<>();
        all.forEach(n -> byId.put(n.id(), n));
        Map<UUID, Rag> own = new HashMap<>();
        Map<UUID, Rag> rolled = new HashMap<>();
        for (ItemNode n : all) {
            Rag r = own(n, asOf);
            own.put(n.id(), r);
            // Hand each item's RAG to all its ancestors.
            for (ItemNode at = n; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
                rolled.merge(at.id(), r, Rag::worst);
            }
        }
        return new Rags(own, rolled);
    }

    /** One item's roll-up: its own RAG made worse by any of its descendants'. */
    public Rag rolled(Rag own, List<ItemNode> descendants, LocalDate asOf) {
        Rag rolled = own;
        for (ItemNode n : descendants) {
            rolled = rolled.worst(own(n, asOf));
        }
        return rolled;
    }
}
