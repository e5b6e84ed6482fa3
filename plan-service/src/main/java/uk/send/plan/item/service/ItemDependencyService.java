package uk.send.plan.item.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.plan.item.domain.DependencyGraph;
import uk.send.plan.item.domain.DependencyKind;
import uk.send.plan.item.domain.Item;
import uk.send.plan.item.repository.ItemDependencyRepository;
import uk.send.plan.item.repository.PlanItemRepository;
import uk.send.platform.domain.BusinessRuleBroken;
import uk.send.platform.domain.InvalidInput;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Which item waits on which: recorded within one programme, never in a cycle. */
@ApplicationScoped
public class ItemDependencyService {

    private final PlanItemRepository items;
    private final ItemDependencyRepository dependencies;
    private final ItemService itemService;
    private final Clock clock;

    public ItemDependencyService(PlanItemRepository items, ItemDependencyRepository dependencies, ItemService itemService, Clock clock) {
        this.items = items;
        this.dependencies = dependencies;
        this.itemService = itemService;
        this.clock = clock;
    }

    /** Records that the item depends on {@code blockerId}; answers the item as it now reads, blockers included. */
    @Transactional
    public Optional<Item> add(String tenant, UUID programmeId, UUID itemId, UUID blockerId, DependencyKind kind) {
        return items.findInProgramme(tenant, programmeId, itemId).map(item -> {
            if (items.findInProgramme(tenant, programmeId, blockerId).isEmpty()) {
                throw new InvalidInput("blockerId", "is not an item of this programme");
            }
            if (blockerId.equals(itemId) || DependencyGraph.dependsOn(blockerId, itemId, dependencies::blockerIdsOf)) {
                throw new BusinessRuleBroken("dependency-cycle", "Dependency cycle", "That dependency would make the items wait for each other");
            }
            dependencies.add(blockerId, itemId, kind, clock.instant());
            return item;
        }).flatMap(item -> itemService.find(tenant, programmeId, itemId));
    }

    /** False if the item is not in this LA's programme, or did not depend on {@code blockerId}. */
    @Transactional
    public boolean remove(String tenant, UUID programmeId, UUID itemId, UUID blockerId) {
        if (items.findInProgramme(tenant, programmeId, itemId).isEmpty()) {
            return false;
        }
        return dependencies.remove(blockerId, itemId);
    }
}
