package uk.send.plan.item.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RagRollUpTest {

    private final LocalDate today = LocalDate.of(2026, 12, 1);
    private final RagRollUp rollUp = new RagRollUp(new RagRule(14));

    private ItemNode node(UUID id, UUID parent, ItemStatus status, LocalDate due) {
        return new ItemNode(id, parent, ItemKind.TASK, status, null, null, due, "t");
    }

    @Test
    void shouldHandEachItemsRagToAllItsAncestors() {
        UUID phase = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID sibling = UUID.randomUUID();
        List<ItemNode> all = List.of(
                node(phase, null, ItemStatus.IN_PROGRESS, null),
                node(task, phase, ItemStatus.IN_PROGRESS, today.plusDays(60)),
                node(late, task, ItemStatus.NOT_STARTED, today.minusDays(1)),
                node(sibling, phase, ItemStatus.NOT_STARTED, today.plusDays(5)));
        RagRollUp.Rags rags = rollUp.of(all, today);
        assertThat(rags.own().get(task)).isEqualTo(Rag.GREEN);
        assertThat(rags.rolled().get(task)).isEqualTo(Rag.RED);
        assertThat(rags.rolled().get(phase)).isEqualTo(Rag.RED);
        assertThat(rags.rolled().get(sibling)).isEqualTo(Rag.AMBER);
    }

    @Test
    void shouldRollOneItemUpFromItsDescendants() {
        ItemNode amber = node(UUID.randomUUID(), UUID.randomUUID(), ItemStatus.NOT_STARTED, today.plusDays(3));
        assertThat(rollUp.rolled(Rag.GREEN, List.of(amber), today)).isEqualTo(Rag.AMBER);
        assertThat(rollUp.rolled(Rag.RED, List.of(amber), today)).isEqualTo(Rag.RED);
        assertThat(rollUp.rolled(Rag.GREEN, List.of(), today)).isEqualTo(Rag.GREEN);
    }
}
