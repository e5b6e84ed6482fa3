package uk.send.plan.item.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DependencyGraphTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID d = UUID.randomUUID();

    @Test
    void shouldFindAWaitThroughOtherItems() {
        // a waits on b, b on c: c waiting on a would close a cycle.
        Map<UUID, List<UUID>> blockers = Map.of(a, List.of(b), b, List.of(c));
        assertThat(DependencyGraph.dependsOn(a, c, id -> blockers.getOrDefault(id, List.of()))).isTrue();
        assertThat(DependencyGraph.dependsOn(c, a, id -> blockers.getOrDefault(id, List.of()))).isFalse();
    }

    @Test
    void shouldEndOnADiamondWithoutWalkingAnItemTwice() {
        Map<UUID, List<UUID>> blockers = Map.of(a, List.of(b, c), b, List.of(d), c, List.of(d));
        int[] asked = new int[1];
        assertThat(DependencyGraph.dependsOn(a, UUID.randomUUID(), id -> {
            asked[0]++;
            return blockers.getOrDefault(id, List.of());
        })).isFalse();
        assertThat(asked[0]).isEqualTo(4);
    }
}
