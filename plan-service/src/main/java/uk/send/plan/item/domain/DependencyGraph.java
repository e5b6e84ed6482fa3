package uk.send.plan.item.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The items' dependencies as a graph, walked one item's blockers at a time (a programme's graph is never loaded whole). */
public final class DependencyGraph {

    private DependencyGraph() {
    }

    /**
     * Whether {@code start} already waits, directly or through others, on {@code target}: then making {@code target}
     * wait on {@code start} would close a cycle.
     *
     * @param blockersOf the items an item waits on directly
     */
    public static boolean dependsOn(UUID start, UUID target, Function<UUID, List<UUID>> blockersOf) {
        Deque<UUID> todo = new ArrayDeque<>(List.of(start));
        Set<UUID> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            UUID current = todo.pop();
            if (!seen.add(current)) {
                continue;
            }
            for (UUID n : blockersOf.apply(current)) {
                if (n.equals(target)) {
                    return true;
                }
                todo.push(n);
            }
        }
        return false;
    }
}
