package uk.send.plan.item.domain;

import org.junit.jupiter.api.Test;
import uk.send.platform.domain.BusinessRuleBroken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemHierarchyTest {

    @Test
    void shouldLetPhasesHoldTasksTasksHoldDeliverablesAndDeliverablesHoldActionsAndCriteria() {
        assertThatCode(() -> {
            ItemHierarchy.requireAllowedParent(ItemKind.PHASE, null);
            ItemHierarchy.requireAllowedParent(ItemKind.TASK, null);
            ItemHierarchy.requireAllowedParent(ItemKind.TASK, ItemKind.PHASE);
            ItemHierarchy.requireAllowedParent(ItemKind.DELIVERABLE, ItemKind.TASK);
            ItemHierarchy.requireAllowedParent(ItemKind.ACTION, ItemKind.DELIVERABLE);
            ItemHierarchy.requireAllowedParent(ItemKind.CRITERION, ItemKind.TASK);
        }).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAnItemUnderTheWrongKindNamingTheRule() {
        assertThatThrownBy(() -> ItemHierarchy.requireAllowedParent(ItemKind.DELIVERABLE, null))
                .isInstanceOf(BusinessRuleBroken.class)
                .hasMessageStartingWith("A deliverable cannot sit at the top of a programme")
                .satisfies(e -> assertThat(((BusinessRuleBroken) e).problemType()).isEqualTo("item-hierarchy"));
        assertThatThrownBy(() -> ItemHierarchy.requireAllowedParent(ItemKind.PHASE, ItemKind.TASK))
                .hasMessageStartingWith("A phase cannot sit under a task");
    }
}
