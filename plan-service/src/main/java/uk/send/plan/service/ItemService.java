package uk.send.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.send.plan.config.PlanConfig;
import uk.send.plan.entity.ItemDeadline;
import uk.send.plan.entity.ItemKind;
import uk.send.plan.entity.ItemStatus;
import uk.send.plan.entity.PlanItem;

import uk.send.plan.entity.Rag;
import uk.send.plan.rag.RagRule;
import uk.send.plan.repository.PlanItemRepository;
import uk.send.plan.repository.ProgrammeRepository;
import uk.send.plan.rest.DeadlineInput;
import uk.send.plan.rest.DeadlineView;
import uk.send.plan.rest.DependencyRequest;
import uk.send.plan.rest.ItemRequest;
import uk.send.plan.rest.ItemView;
import uk.send.plan.rest.LeadOfficer;
import uk.send.plan.rest.ProgrammeTree;
import uk.send.plan.rest.RagOverrideRequest;
import uk.send.platform.events.DeadlineEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ItemCreated;
import uk.send.platform.events.TaskCreated;
import uk.send.platform.events.TaskStatusChanged;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;
import uk.send.platform.rest.ApiProblem;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The items of a programme: the tree (phase, task, deliverable, action, success criterion), their
 * deadlines, status, RAG (rule, roll-up, override) and dependencies. Every change that matters to
 * someone else is published through the outbox.
 */
@ApplicationScoped
public class ItemService {

    private final ProgrammeRepository programmes;
    private final PlanItemRepository items;
    private final DeadlineTexts deadlineTexts;
    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;
    private final RagRule ragRule;
    private final int treeMaxItems;

    public ItemService(ProgrammeRepository programmes, PlanItemRepository items, DeadlineTexts deadlineTexts, Outbox outbox,
                       EntityManager em, Clock clock, PlanConfig config) {
        this.programmes = programmes;
        this.items = items;
        this.deadlineTexts = deadlineTexts;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
        this.ragRule = new RagRule(config.rag().amberWindowDays());
        this.treeMaxItems = config.items().treeMaxItems();
    }

    @Transactional
    public Optional<ItemView> create(String tenant, UUID programmeId, ItemRequest request) {
        return programmes.findInTenant(tenant, programmeId).map(p -> {
            PlanItem parent = request.parentId() == null ? null
                    : items.findInProgramme(tenant, programmeId, request.parentId())
                    .orElseThrow(() -> ApiProblem.badRequest("parentId", "is not an item of this programme"));
            requireAllowedParent(request.kind(), parent);
            Instant now = clock.instant();
            PlanItem item = new PlanItem();
            item.id = UUID.randomUUID();
            item.tenant = tenant;
            item.programme = p;
            item.parentId = parent == null ? null : parent.id;
            item.kind = request.kind();
            item.ref = blankToNull(request.ref());
            item.position = (int) items.count("programme.id = ?1 and parentId is not distinct from ?2", programmeId, item.parentId);
            item.status = request.status() == null ? ItemStatus.NOT_STARTED : request.status();
            item.createdAt = now;
            item.updatedAt = now;
            apply(item, request, now);
            items.persist(item);
            outbox.publishAll(List.of(created(item)));
            return view(item, LocalDate.now(clock));
        });
    }

    /** One item with its RAG rolled up from its own subtree (read as light rows, not the whole programme). */
    public Optional<ItemView> find(String tenant, UUID programmeId, UUID itemId) {
        LocalDate today = LocalDate.now(clock);
        return items.findInProgramme(tenant, programmeId, itemId).map(item -> {
            Rag own = ownRag(item, today);
            Rag rolled = own;
            for (Node n : nodes(SUBTREE, itemId)) {
                rolled = rolled.worst(ownRag(n, today));
            }
            return view(item, own, rolled, blockersOf(List.of(itemId)).getOrDefault(itemId, List.of()), null);
        });
    }

    /**
     * The whole programme as a tree with rolled-up RAG. A programme larger than {@code plan.items.tree-max-items}
     * is refused (422): its tree would not fit a response, and the paged item list serves it instead.
     */
    public Optional<ProgrammeTree> tree(String tenant, UUID programmeId, LocalDate asOf) {
        return programmes.findInTenant(tenant, programmeId).map(p -> {
            long size = items.count("programme.id", programmeId);
            if (size > treeMaxItems) {
                throw ApiProblem.unprocessable("tree-too-large", "Programme too large for one tree",
                        "This programme has " + size + " items, more than the " + treeMaxItems
                                + " a tree answers with; page through GET /api/v1/programmes/" + programmeId + "/items instead");
            }
            List<PlanItem> all = items.allInProgramme(programmeId);
            Map<UUID, List<UUID>> blockers = blockersOf(programmeId);
            Map<UUID, List<PlanItem>> byParent = new LinkedHashMap<>();
            for (PlanItem i : all) {
                byParent.computeIfAbsent(i.parentId, k -> new ArrayList<>()).add(i);
            }
            List<ItemView> roots = build(byParent, null, blockers, asOf);
            Rag rag = roots.stream().map(ItemView::rag).reduce(Rag.GREEN, Rag::worst);
            return new ProgrammeTree(p.id, p.title, rag, asOf, roots);
        });
    }

    /**
     * A page of items, filtered by kind, status, RAG, lead and due dates, by next deadline (undated last), then
     * title. The rolled-up RAG needs every item, so the programme is read as light rows (a few MB for a hundred
     * thousand items); only the page's items are loaded whole.
     */
    public Optional<Page<ItemView>> list(String tenant, UUID programmeId, PlanItemRepository.Filter filter, Rag rag, PageParams page) {
        return programmes.findInTenant(tenant, programmeId).map(p -> {
            LocalDate today = LocalDate.now(clock);
            List<Node> all = nodes(PROGRAMME, programmeId);
            Map<UUID, Node> byId = new HashMap<>();
            all.forEach(n -> byId.put(n.id(), n));
            Map<UUID, Rag> own = new HashMap<>();
            Map<UUID, Rag> rolled = new HashMap<>();
            for (Node n : all) {
                Rag r = ownRag(n, today);
                own.put(n.id(), r);
                // The roll-up is the worst own RAG in an item's subtree: hand each item's RAG to all its ancestors.
                for (Node at = n; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
                    rolled.merge(at.id(), r, Rag::worst);
                }
            }
            List<Node> matching = all.stream()
                    .filter(n -> filter.kind() == null || n.kind() == filter.kind())
                    .filter(n -> filter.status() == null || n.status() == filter.status())
                    .filter(n -> rag == null || rolled.get(n.id()) == rag)
                    .filter(n -> filter.lead() == null || filter.lead().equals(n.leadId()))
                    .filter(n -> filter.dueBefore() == null || (n.nextDue() != null && n.nextDue().isBefore(filter.dueBefore())))
                    .filter(n -> filter.dueAfter() == null || (n.nextDue() != null && n.nextDue().isAfter(filter.dueAfter())))
                    .sorted(Comparator.comparing((Node n) -> n.nextDue() == null ? LocalDate.MAX : n.nextDue())
                            .thenComparing(Node::title).thenComparing(Node::id))
                    .toList();
            int from = Math.min(page.offset(), matching.size());
            List<UUID> ids = matching.subList(from, Math.min(from + page.size, matching.size())).stream().map(Node::id).toList();
            Map<UUID, PlanItem> loaded = new HashMap<>();
            items.byIds(ids).forEach(i -> loaded.put(i.id, i));
            Map<UUID, List<UUID>> blockers = blockersOf(ids);
            List<ItemView> views = ids.stream().map(id -> view(loaded.get(id), own.get(id), rolled.get(id),
                    blockers.getOrDefault(id, List.of()), null)).toList();
            return Page.of(views, page, matching.size());
        });
    }

    /** What RAG, its roll-up and the list's filters need of an item, without loading the entity. */
    private record Node(UUID id, UUID parentId, ItemKind kind, ItemStatus status, Rag ragOverride, String leadId,
                        LocalDate nextDue, String title) {
    }

    // Node columns, in this order: id, parent, kind, status, override, lead, next unmet due date, title.
    // The whole programme: one grouped pass over its deadlines rather than a lookup per item.
    private static final String PROGRAMME = """
            select i.id, i.parent_id, i.kind, i.status, i.rag_override, i.lead_officer_id, d.next_due, i.title
            from plan_item i
            left join (select dd.item_id, min(dd.due_date) as next_due from item_deadline dd join plan_item di on di.id = dd.item_id
                       where di.programme_id = :id and dd.met_on is null group by dd.item_id) d on d.item_id = i.id
            where i.programme_id = :id""";
    // One item's descendants (a handful to a few thousand rows).
    private static final String SUBTREE = """
            with recursive sub (id) as (
                select c.id from plan_item c where c.parent_id = :id
                union all select c.id from plan_item c join sub on c.parent_id = sub.id)
            select i.id, i.parent_id, i.kind, i.status, i.rag_override, i.lead_officer_id,
                   (select min(d.due_date) from item_deadline d where d.item_id = i.id and d.met_on is null), i.title
            from sub join plan_item i on i.id = sub.id""";

    private List<Node> nodes(String sql, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("id", id).getResultList();
        List<Node> nodes = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            nodes.add(new Node((UUID) r[0], (UUID) r[1], ItemKind.valueOf((String) r[2]), ItemStatus.valueOf((String) r[3]),
                    r[4] == null ? null : Rag.valueOf((String) r[4]), (String) r[5], toLocalDate(r[6]), (String) r[7]));
        }
        return nodes;
    }

    private static LocalDate toLocalDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private Rag ownRag(Node n, LocalDate asOf) {
        return ragRule.own(n.status(), Optional.ofNullable(n.nextDue()), n.ragOverride(), asOf);
    }

    @Transactional
    public Optional<ItemView> update(String tenant, UUID programmeId, UUID itemId, String ifMatch, ItemRequest request) {
        return items.findInProgramme(tenant, programmeId, itemId).map(item -> {
            ETags.requireMatch(ifMatch, item.version);
            if (request.kind() != item.kind) {
                throw ApiProblem.unprocessable("kind-fixed", "Kind cannot change", "An item's kind cannot change; create a new item instead");
            }
            if (!java.util.Objects.equals(request.parentId(), item.parentId)) {
                throw ApiProblem.unprocessable("parent-fixed", "Parent cannot change", "Moving items between parents is not supported");
            }
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            List<LocalDate> datesBefore = item.deadlines.stream().map(d -> d.dueDate).toList();
            ItemStatus before = item.status;
            ItemStatus after = request.status() == null ? before : request.status();
            List<PendingEvent> events = new ArrayList<>();
            apply(item, request, now);
            List<LocalDate> datesAfter = item.deadlines.stream().map(d -> d.dueDate).toList();
            if (!datesBefore.equals(datesAfter)) {
                events.add(deadlineEvent(item, EventTypes.DEADLINE_CHANGED, item.nextDeadline().map(d -> d.dueDate).orElse(null)));
            }
            if (after != before) {
                if (after == ItemStatus.DONE) {
                    requireNoOpenBlockers(item);
                    events.addAll(meetDeadlines(item, today, now));
                }
                item.status = after;
                events.add(statusChanged(item, before));
            }
            item.updatedAt = now;
            outbox.publishAll(events);
            items.flush();
            return view(item, today);
        });
    }

    @Transactional
    public Optional<ItemView> overrideRag(String tenant, UUID programmeId, UUID itemId, RagOverrideRequest request) {
        return items.findInProgramme(tenant, programmeId, itemId).map(item -> {
            item.ragOverride = request == null ? null : request.rag();
            item.ragOverrideReason = request == null ? null : request.reason().trim();
            item.updatedAt = clock.instant();
            items.flush();
            return view(item, LocalDate.now(clock));
        });
    }

    @Transactional
    public Optional<ItemView> addDependency(String tenant, UUID programmeId, UUID itemId, DependencyRequest request) {
        return items.findInProgramme(tenant, programmeId, itemId).map(item -> {
            if (items.findInProgramme(tenant, programmeId, request.blockerId()).isEmpty()) {
                throw ApiProblem.badRequest("blockerId", "is not an item of this programme");
            }
            if (request.blockerId().equals(itemId) || dependsOn(request.blockerId(), itemId)) {
                throw ApiProblem.unprocessable("dependency-cycle", "Dependency cycle", "That dependency would make the items wait for each other");
            }
            em.createNativeQuery("insert into item_dependency (blocker_id, blocked_id, kind, created_at) values (:b, :i, :k, :now) "
                            + "on conflict (blocker_id, blocked_id) do update set kind = excluded.kind")
                    .setParameter("b", request.blockerId()).setParameter("i", itemId).setParameter("k", request.kind().name())
                    .setParameter("now", Timestamp.from(clock.instant())).executeUpdate();
            return item;
        }).flatMap(item -> find(tenant, programmeId, itemId));
    }

    @Transactional
    public boolean removeDependency(String tenant, UUID programmeId, UUID itemId, UUID blockerId) {
        if (items.findInProgramme(tenant, programmeId, itemId).isEmpty()) {
            return false;
        }
        return em.createNativeQuery("delete from item_dependency where blocker_id = :b and blocked_id = :i")
                .setParameter("b", blockerId).setParameter("i", itemId).executeUpdate() > 0;
    }

    /** Marks one deadline met: a one-off is closed, a recurring one rolls forward to its next occurrence. */
    @Transactional
    public Optional<ItemView> meetDeadline(String tenant, UUID programmeId, UUID itemId, UUID deadlineId) {
        return items.findInProgramme(tenant, programmeId, itemId).map(item -> {
            ItemDeadline d = item.deadlines.stream().filter(x -> x.id.equals(deadlineId)).findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("Deadline", deadlineId));
            if (d.metOn != null) {
                throw ApiProblem.conflict("This deadline was already met on " + d.metOn);
            }
            LocalDate today = LocalDate.now(clock);
            LocalDate met = d.dueDate;
            deadlineTexts.meet(d, today, clock.instant());
            item.updatedAt = clock.instant();
            outbox.publishAll(List.of(deadlineEvent(item, EventTypes.DEADLINE_MET, met)));
            items.flush();
            return view(item, today);
        });
    }

    // ---- helpers

    private void apply(PlanItem item, ItemRequest request, Instant now) {
        item.title = request.title().trim();
        item.ref = blankToNull(request.ref());
        item.leadOfficerId = request.leadOfficer() == null ? null : request.leadOfficer().id().trim();
        item.leadOfficerName = request.leadOfficer() == null ? null : request.leadOfficer().name();
        List<DeadlineInput> inputs = request.deadlines() == null ? List.of() : request.deadlines();
        deadlineTexts.replace(item, inputs, LocalDate.now(clock), now);
    }

    private static void requireAllowedParent(ItemKind kind, PlanItem parent) {
        ItemKind p = parent == null ? null : parent.kind;
        boolean ok = switch (kind) {
            case PHASE -> p == null;
            case TASK -> p == null || p == ItemKind.PHASE;
            case DELIVERABLE -> p == ItemKind.TASK;
            case ACTION, CRITERION -> p == ItemKind.DELIVERABLE || p == ItemKind.TASK;
        };
        if (!ok) {
            throw ApiProblem.unprocessable("item-hierarchy", "Item cannot go there",
                    "A " + kind.name().toLowerCase() + " cannot sit " + (p == null ? "at the top of a programme" : "under a " + p.name().toLowerCase())
                            + ": phases hold tasks, tasks hold deliverables, deliverables hold actions and success criteria");
        }
    }

    private void requireNoOpenBlockers(PlanItem item) {
        @SuppressWarnings("unchecked")
        List<String> open = em.createNativeQuery("""
                        select b.title from item_dependency d join plan_item b on b.id = d.blocker_id
                        where d.blocked_id = :i and d.kind = 'BLOCKS' and b.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED')""")
                .setParameter("i", item.id).getResultList();
        if (!open.isEmpty()) {
            throw ApiProblem.unprocessable("blocked", "Blocked by open items",
                    "This item cannot be done while these are open: " + String.join("; ", open));
        }
    }

    private boolean dependsOn(UUID start, UUID target) {
        Deque<UUID> todo = new ArrayDeque<>(List.of(start));
        Set<UUID> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            UUID current = todo.pop();
            if (!seen.add(current)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<UUID> next = em.createNativeQuery("select blocker_id from item_dependency where blocked_id = :i")
                    .setParameter("i", current).getResultList();
            for (UUID n : next) {
                if (n.equals(target)) {
                    return true;
                }
                todo.push(n);
            }
        }
        return false;
    }

    private List<PendingEvent> meetDeadlines(PlanItem item, LocalDate today, Instant now) {
        List<PendingEvent> events = new ArrayList<>();
        for (ItemDeadline d : item.deadlines) {
            if (d.metOn == null) {
                LocalDate due = d.dueDate;
                deadlineTexts.meet(d, today, now);
                events.add(deadlineEvent(item, EventTypes.DEADLINE_MET, due));
            }
        }
        return events;
    }

    /** What blocks each of these items (BLOCKS dependencies), in the order they were added. */
    private Map<UUID, List<UUID>> blockersOf(List<UUID> itemIds) {
        return itemIds.isEmpty() ? Map.of() : blockers("d.blocked_id in (:p)", itemIds);
    }

    /** What blocks each item of a programme. */
    private Map<UUID, List<UUID>> blockersOf(UUID programmeId) {
        return blockers("i.programme_id = :p", programmeId);
    }

    private Map<UUID, List<UUID>> blockers(String condition, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.blocked_id, d.blocker_id from item_dependency d "
                        + "join plan_item i on i.id = d.blocked_id where " + condition + " and d.kind = 'BLOCKS' order by d.created_at")
                .setParameter("p", parameter).getResultList();
        Map<UUID, List<UUID>> map = new HashMap<>();
        for (Object[] r : rows) {
            map.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]);
        }
        return map;
    }

    private List<ItemView> build(Map<UUID, List<PlanItem>> byParent, UUID parent, Map<UUID, List<UUID>> blockers, LocalDate asOf) {
        List<ItemView> views = new ArrayList<>();
        for (PlanItem i : byParent.getOrDefault(parent, List.of())) {
            List<ItemView> children = build(byParent, i.id, blockers, asOf);
            Rag own = ownRag(i, asOf);
            Rag rolled = children.stream().map(ItemView::rag).reduce(own, Rag::worst);
            views.add(view(i, own, rolled, blockers.getOrDefault(i.id, List.of()), children));
        }
        return views;
    }

    private Rag ownRag(PlanItem i, LocalDate asOf) {
        return ragRule.own(i.status, i.nextDeadline().map(d -> d.dueDate), i.ragOverride, asOf);
    }

    private ItemView view(PlanItem i, LocalDate asOf) {
        Rag own = ownRag(i, asOf);
        return view(i, own, own, List.of(), null);
    }

    private static ItemView view(PlanItem i, Rag own, Rag rolled, List<UUID> blockedBy, List<ItemView> children) {
        LeadOfficer lead = i.leadOfficerId == null ? null : new LeadOfficer(i.leadOfficerId, i.leadOfficerName);
        List<DeadlineView> deadlines = i.deadlines.stream().map(d -> new DeadlineView(d.id, d.kind, d.dueDate, d.windowStart,
                d.recurrenceMonth, d.text, d.metOn)).toList();
        return new ItemView(i.id, i.programme.id, i.parentId, i.kind, i.ref, i.title, lead, i.status, rolled, own,
                i.ragOverride == null ? null : new ItemView.RagOverride(i.ragOverride, i.ragOverrideReason), deadlines, blockedBy,
                i.updatedAt, i.version, children);
    }

    static PendingEvent created(PlanItem item) {
        LocalDate due = item.nextDeadline().map(d -> d.dueDate).orElse(null);
        Record data = item.kind == ItemKind.TASK
                ? new TaskCreated(item.programme.id, item.id, item.kind.name(), item.ref, item.title, item.status.name(), due, person(item))
                : new ItemCreated(item.programme.id, item.id, item.kind.name(), item.ref, item.title, item.status.name(), due, person(item));
        return new PendingEvent(item.tenant, item.kind == ItemKind.TASK ? EventTypes.TASK_CREATED : EventTypes.ITEM_CREATED,
                item.id.toString(), subject(item), data);
    }

    private static PendingEvent statusChanged(PlanItem item, ItemStatus before) {
        return new PendingEvent(item.tenant, item.kind == ItemKind.TASK ? EventTypes.TASK_STATUS_CHANGED : EventTypes.ITEM_STATUS_CHANGED,
                item.id.toString(), subject(item),
                new TaskStatusChanged(item.programme.id, item.id, item.title, before.name(), item.status.name(), person(item)));
    }

    private static PendingEvent deadlineEvent(PlanItem item, String type, LocalDate due) {
        return new PendingEvent(item.tenant, type, item.id.toString(), subject(item),
                new DeadlineEvent(item.programme.id, item.programme.title, item.id, item.kind.name().toLowerCase(java.util.Locale.ROOT),
                        item.title, person(item), due, null, null));
    }

    private static String subject(PlanItem item) {
        return item.kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + item.id;
    }

    private static DeadlineEvent.Person person(PlanItem item) {
        return item.leadOfficerId == null ? null : new DeadlineEvent.Person(item.leadOfficerId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
