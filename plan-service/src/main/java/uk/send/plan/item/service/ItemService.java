package uk.send.plan.item.service;

import uk.send.plan.item.domain.ItemFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.plan.config.PlanConfig;
import uk.send.plan.item.domain.Item;
import uk.send.plan.item.domain.ItemDraft;
import uk.send.plan.item.domain.ItemHierarchy;
import uk.send.plan.item.domain.ItemNode;
import uk.send.plan.item.domain.ItemStatus;
import uk.send.plan.item.domain.ItemTree;
import uk.send.plan.item.domain.Rag;
import uk.send.plan.item.domain.RagRollUp;
import uk.send.plan.item.domain.RagRule;
import uk.send.plan.item.entity.ItemDeadline;
import uk.send.plan.item.entity.PlanItem;
import uk.send.plan.item.event.ItemEvents;
import uk.send.plan.item.repository.ItemDependencyRepository;
import uk.send.plan.item.repository.ItemNodeRepository;
import uk.send.plan.item.repository.PlanItemRepository;
import uk.send.plan.programme.repository.ProgrammeRepository;
import uk.send.platform.domain.BusinessRuleBroken;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.NotFound;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The items of a programme: the tree (phase, task, deliverable, action, success criterion), their
 * deadlines, status and RAG (rule, roll-up, override). Every change that matters to someone else is
 * published through the outbox. Dependencies between items are {@link ItemDependencyService}'s.
 */
@ApplicationScoped
public class ItemService {

    private final ProgrammeRepository programmes;
    private final PlanItemRepository items;
    private final ItemNodeRepository nodes;
    private final ItemDependencyRepository dependencies;
    private final DeadlineTexts deadlineTexts;
    private final Outbox outbox;
    private final Clock clock;
    private final RagRule ragRule;
    private final RagRollUp rollUp;
    private final int treeMaxItems;

    public ItemService(ProgrammeRepository programmes, PlanItemRepository items, ItemNodeRepository nodes, ItemDependencyRepository dependencies,
                       DeadlineTexts deadlineTexts, Outbox outbox, Clock clock, PlanConfig config) {
        this.programmes = programmes;
        this.items = items;
        this.nodes = nodes;
        this.dependencies = dependencies;
        this.deadlineTexts = deadlineTexts;
        this.outbox = outbox;
        this.clock = clock;
        this.ragRule = new RagRule(config.rag().amberWindowDays());
        this.rollUp = new RagRollUp(ragRule);
        this.treeMaxItems = config.items().treeMaxItems();
    }

    @Transactional
    public Optional<Item> create(String tenant, UUID programmeId, ItemDraft draft) {
        return programmes.findInTenant(tenant, programmeId).map(p -> {
            PlanItem parent = draft.parentId() == null ? null
                    : items.findInProgramme(tenant, programmeId, draft.parentId())
                    .orElseThrow(() -> new InvalidInput("parentId", "is not an item of this programme"));
            ItemHierarchy.requireAllowedParent(draft.kind(), parent == null ? null : parent.kind);
            Instant now = clock.instant();
            PlanItem item = new PlanItem();
            item.id = UUID.randomUUID();
            item.tenant = tenant;
            item.programme = p;
            item.parentId = parent == null ? null : parent.id;
            item.kind = draft.kind();
            item.ref = blankToNull(draft.ref());
            item.position = (int) items.countChildren(programmeId, item.parentId);
            item.status = draft.status() == null ? ItemStatus.NOT_STARTED : draft.status();
            item.createdAt = now;
            item.updatedAt = now;
            apply(item, draft, now);
            items.persist(item);
            outbox.publishAll(List.of(ItemEvents.created(item)));
            return item(item, LocalDate.now(clock));
        });
    }

    /** One item with its RAG rolled up from its own subtree (read as light rows, not the whole programme). */
    public Optional<Item> find(String tenant, UUID programmeId, UUID itemId) {
        LocalDate today = LocalDate.now(clock);
        return items.findInProgramme(tenant, programmeId, itemId).map(item -> {
            Rag own = ownRag(item, today);
            Rag rolled = rollUp.rolled(own, nodes.descendantsOf(itemId), today);
            return ItemMapper.item(item, own, rolled, dependencies.blockersOf(List.of(itemId)).getOrDefault(itemId, List.of()), null);
        });
    }

    /**
     * The whole programme as a tree with rolled-up RAG. A programme larger than {@code plan.items.tree-max-items}
     * is refused (422): its tree would not fit a response, and the paged item list serves it instead.
     */
    public Optional<ItemTree> tree(String tenant, UUID programmeId, LocalDate asOf) {
        return programmes.findInTenant(tenant, programmeId).map(p -> {
            long size = items.countInProgramme(programmeId);
            if (size > treeMaxItems) {
                throw new BusinessRuleBroken("tree-too-large", "Programme too large for one tree",
                        "This programme has " + size + " items, more than the " + treeMaxItems
                                + " a tree answers with; page through GET /api/v1/programmes/" + programmeId + "/items instead");
            }
            List<PlanItem> all = items.allInProgramme(programmeId);
            Map<UUID, List<UUID>> blockers = dependencies.blockersInProgramme(programmeId);
            Map<UUID, List<PlanItem>> byParent = new LinkedHashMap<>();
            for (PlanItem i : all) {
                byParent.computeIfAbsent(i.parentId, k -> new ArrayList<>()).add(i);
            }
            List<Item> roots = build(byParent, null, blockers, asOf);
            Rag rag = roots.stream().map(Item::rag).reduce(Rag.GREEN, Rag::worst);
            return new ItemTree(p.id, p.title, rag, asOf, roots);
        });
    }

    /**
     * A page of items, filtered by kind, status, RAG, lead and due dates, by next deadline (undated last), then
     * title. The rolled-up RAG needs every item, so the programme is read as light rows (a few MB for a hundred
     * thousand items); only the page's items are loaded whole.
     */
    public Optional<Slice<Item>> list(String tenant, UUID programmeId, ItemFilter filter, Rag rag, PageRequest page) {
        return programmes.findInTenant(tenant, programmeId).map(p -> {
            List<ItemNode> all = nodes.inProgramme(programmeId);
            RagRollUp.Rags rags = rollUp.of(all, LocalDate.now(clock));
            List<ItemNode> matching = all.stream()
                    .filter(n -> filter.kind() == null || n.kind() == filter.kind())
                    .filter(n -> filter.status() == null || n.status() == filter.status())
                    .filter(n -> rag == null || rags.rolled().get(n.id()) == rag)
                    .filter(n -> filter.lead() == null || filter.lead().equals(n.leadId()))
                    .filter(n -> filter.dueBefore() == null || (n.nextDue() != null && n.nextDue().isBefore(filter.dueBefore())))
                    .filter(n -> filter.dueAfter() == null || (n.nextDue() != null && n.nextDue().isAfter(filter.dueAfter())))
                    .sorted(Comparator.comparing((ItemNode n) -> n.nextDue() == null ? LocalDate.MAX : n.nextDue())
                            .thenComparing(ItemNode::title).thenComparing(ItemNode::id))
                    .toList();
            int from = Math.min(page.offset(), matching.size());
            List<UUID> ids = matching.subList(from, Math.min(from + page.size(), matching.size())).stream().map(ItemNode::id).toList();
            Map<UUID, PlanItem> loaded = new HashMap<>();
            items.byIds(ids).forEach(i -> loaded.put(i.id, i));
            Map<UUID, List<UUID>> blockers = dependencies.blockersOf(ids);
            List<Item> found = ids.stream().map(id -> ItemMapper.item(loaded.get(id), rags.own().get(id), rags.rolled().get(id),
                    blockers.getOrDefault(id, List.of()), null)).toList();
            return new Slice<>(found, matching.size());
        });
    }

    @Transactional
    public Optional<Item> update(String tenant, UUID programmeId, UUID itemId, VersionCheck version, ItemDraft draft) {
        return items.findInProgramme(tenant, programmeId, itemId).map(item -> {
            version.require(item.version);
            if (draft.kind() != item.kind) {
                throw new BusinessRuleBroken("kind-fixed", "Kind cannot change", "An item's kind cannot change; create a new item instead");
            }
            if (!Objects.equals(draft.parentId(), item.parentId)) {
                throw new BusinessRuleBroken("parent-fixed", "Parent cannot change", "Moving items between parents is not supported");
            }
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            List<LocalDate> datesBefore = item.deadlines.stream().map(d -> d.dueDate).toList();
            ItemStatus before = item.status;
            ItemStatus after = draft.status() == null ? before : draft.status();
            List<PendingEvent> events = new ArrayList<>();
            apply(item, draft, now);
            List<LocalDate> datesAfter = item.deadlines.stream().map(d -> d.dueDate).toList();
            if (!datesBefore.equals(datesAfter)) {
                events.add(ItemEvents.deadlineEvent(item, EventTypes.DEADLINE_CHANGED, item.nextDeadline().map(d -> d.dueDate).orElse(null)));
            }
            if (after != before) {
                if (after == ItemStatus.DONE) {
                    requireNoOpenBlockers(item);
                    events.addAll(meetDeadlines(item, today, now));
                }
                item.status = after;
                events.add(ItemEvents.statusChanged(item, before));
            }
            item.updatedAt = now;
            outbox.publishAll(events);
            items.flush();
            return item(item, today);
        });
    }

    /** Sets the item's RAG by hand, or with null goes back to the rule's. */
    @Transactional
    public Optional<Item> overrideRag(String tenant, UUID programmeId, UUID itemId, Item.RagOverride override) {
        return items.findInProgramme(tenant, programmeId, itemId).map(item -> {
            item.ragOverride = override == null ? null : override.rag();
            item.ragOverrideReason = override == null ? null : override.reason().trim();
            item.updatedAt = clock.instant();
            items.flush();
            return item(item, LocalDate.now(clock));
        });
    }

    /** Marks one deadline met: a one-off is closed, a recurring one rolls forward to its next occurrence. */
    @Transactional
    public Optional<Item> meetDeadline(String tenant, UUID programmeId, UUID itemId, UUID deadlineId) {
        return items.findInProgramme(tenant, programmeId, itemId).map(item -> {
            ItemDeadline d = item.deadlines.stream().filter(x -> x.id.equals(deadlineId)).findFirst()
                    .orElseThrow(() -> new NotFound("Deadline", deadlineId));
            if (d.metOn != null) {
                throw new Conflict("This deadline was already met on " + d.metOn);
            }
            LocalDate today = LocalDate.now(clock);
            LocalDate met = d.dueDate;
            deadlineTexts.meet(d, today, clock.instant());
            item.updatedAt = clock.instant();
            outbox.publishAll(List.of(ItemEvents.deadlineEvent(item, EventTypes.DEADLINE_MET, met)));
            items.flush();
            return item(item, today);
        });
    }

    // ---- helpers

    private void apply(PlanItem item, ItemDraft draft, Instant now) {
        item.title = draft.title().trim();
        item.ref = blankToNull(draft.ref());
        item.leadOfficerId = draft.lead() == null ? null : draft.lead().id().trim();
        item.leadOfficerName = draft.lead() == null ? null : draft.lead().name();
        deadlineTexts.replace(item, draft.deadlines() == null ? List.of() : draft.deadlines(), LocalDate.now(clock), now);
    }

    private void requireNoOpenBlockers(PlanItem item) {
        List<String> open = dependencies.openBlockerTitles(item.id);
        if (!open.isEmpty()) {
            throw new BusinessRuleBroken("blocked", "Blocked by open items",
                    "This item cannot be done while these are open: " + String.join("; ", open));
        }
    }

    private List<PendingEvent> meetDeadlines(PlanItem item, LocalDate today, Instant now) {
        List<PendingEvent> events = new ArrayList<>();
        for (ItemDeadline d : item.deadlines) {
            if (d.metOn == null) {
                LocalDate due = d.dueDate;
                deadlineTexts.meet(d, today, now);
                events.add(ItemEvents.deadlineEvent(item, EventTypes.DEADLINE_MET, due));
            }
        }
        return events;
    }

    private List<Item> build(Map<UUID, List<PlanItem>> byParent, UUID parent, Map<UUID, List<UUID>> blockers, LocalDate asOf) {
        List<Item> built = new ArrayList<>();
        for (PlanItem i : byParent.getOrDefault(parent, List.of())) {
            List<Item> children = build(byParent, i.id, blockers, asOf);
            Rag own = ownRag(i, asOf);
            Rag rolled = children.stream().map(Item::rag).reduce(own, Rag::worst);
            built.add(ItemMapper.item(i, own, rolled, blockers.getOrDefault(i.id, List.of()), children));
        }
        return built;
    }

    private Rag ownRag(PlanItem i, LocalDate asOf) {
        return ragRule.own(i.status, i.nextDeadline().map(d -> d.dueDate), i.ragOverride, asOf);
    }

    /** An item as a change answers it: not rolled up, without blockers. */
    private Item item(PlanItem i, LocalDate asOf) {
        Rag own = ownRag(i, asOf);
        return ItemMapper.item(i, own, own, List.of(), null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
