package uk.send.plan.programme.service;

import uk.send.plan.item.domain.ItemFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.plan.item.domain.DeadlineDraft;
import uk.send.plan.item.domain.Item;
import uk.send.plan.item.domain.ItemDraft;
import uk.send.plan.item.domain.ItemKind;
import uk.send.plan.item.domain.ItemStatus;
import uk.send.plan.item.entity.PlanItem;
import uk.send.plan.item.event.ItemEvents;
import uk.send.plan.item.repository.PlanItemRepository;
import uk.send.plan.item.service.DeadlineTexts;
import uk.send.plan.item.service.ItemService;
import uk.send.plan.programme.domain.ProgrammeDraft;
import uk.send.plan.programme.domain.ProgrammeSummary;
import uk.send.plan.programme.domain.Task;
import uk.send.plan.programme.domain.TaskDraft;
import uk.send.plan.programme.entity.Programme;
import uk.send.plan.programme.repository.ProgrammeRepository;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ProgrammeCreated;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.persistence.Slices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Programmes and their tasks: every change is written with its event through the outbox. */
@ApplicationScoped
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final PlanItemRepository tasks;
    private final ItemService items;
    private final DeadlineTexts deadlineTexts;
    private final Outbox outbox;
    private final Clock clock;

    public ProgrammeService(ProgrammeRepository programmes, PlanItemRepository tasks, ItemService items, DeadlineTexts deadlineTexts,
                            Outbox outbox, Clock clock) {
        this.programmes = programmes;
        this.tasks = tasks;
        this.items = items;
        this.deadlineTexts = deadlineTexts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ProgrammeSummary create(String tenant, ProgrammeDraft request) {
        Instant now = clock.instant();
        Programme p = new Programme();
        p.id = UUID.randomUUID();
        p.tenant = tenant;
        p.title = request.title().trim();
        p.kind = request.kind();
        p.description = request.description();
        p.createdAt = now;
        p.updatedAt = now;
        programmes.persist(p);
        List<PendingEvent> events = new ArrayList<>();
        events.add(new PendingEvent(tenant, EventTypes.PROGRAMME_CREATED, p.id.toString(), "programme/" + p.id,
                new ProgrammeCreated(p.id, p.title, p.kind.name())));
        List<TaskDraft> requested = request.tasks() == null ? List.of() : request.tasks();
        for (TaskDraft t : requested) {
            PlanItem task = newTask(p, t, now);
            tasks.persist(task);
            events.add(taskCreated(task));
        }
        outbox.publishAll(events);
        return view(p, requested.size());
    }

    public Optional<ProgrammeSummary> find(String tenant, UUID id) {
        return programmes.findInTenant(tenant, id).map(p -> view(p, tasks.countInProgramme(p.id, ItemKind.TASK)));
    }

    public Slice<ProgrammeSummary> list(String tenant, PageRequest page) {
        return Slices.of(programmes.inTenant(tenant), page, p -> view(p, tasks.countInProgramme(p.id, ItemKind.TASK)));
    }

    @Transactional
    public Optional<ProgrammeSummary> update(String tenant, UUID id, VersionCheck version, ProgrammeDraft request) {
        return programmes.findInTenant(tenant, id).map(p -> {
            version.require(p.version);
            p.title = request.title().trim();
            p.kind = request.kind();
            p.description = request.description();
            p.updatedAt = clock.instant();
            programmes.flush();
            return view(p, tasks.countInProgramme(p.id, ItemKind.TASK));
        });
    }

    @Transactional
    public Optional<Task> addTask(String tenant, UUID programmeId, TaskDraft request) {
        return programmes.findInTenant(tenant, programmeId).map(p -> {
            PlanItem task = newTask(p, request, clock.instant());
            tasks.persist(task);
            outbox.publishAll(List.of(taskCreated(task)));
            return view(task);
        });
    }

    public Optional<Task> findTask(String tenant, UUID programmeId, UUID taskId) {
        return tasks.findInProgramme(tenant, programmeId, taskId, ItemKind.TASK).map(ProgrammeService::view);
    }

    /** Empty if the programme is not this LA's. */
    public Optional<Slice<Task>> listTasks(String tenant, UUID programmeId, ItemFilter filter, PageRequest page) {
        if (programmes.findInTenant(tenant, programmeId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tasks.page(tenant, programmeId, filter, page).map(ProgrammeService::view));
    }

    /** The task API's full update: the same rules and events as any item (blockers, deadline met or moved, status). */
    @Transactional
    public Optional<Task> updateTask(String tenant, UUID programmeId, UUID taskId, VersionCheck version, TaskDraft request) {
        return tasks.findInProgramme(tenant, programmeId, taskId, ItemKind.TASK).flatMap(task -> {
            ItemDraft asItem = new ItemDraft(ItemKind.TASK, task.parentId, task.ref, request.title(), request.lead(),
                    request.dueDate() == null ? List.of() : List.of(new DeadlineDraft(null, request.dueDate())), request.status());
            return items.update(tenant, programmeId, taskId, version, asItem).map(updated -> view(task));
        });
    }

    private PlanItem newTask(Programme p, TaskDraft t, Instant now) {
        PlanItem task = new PlanItem();
        task.id = UUID.randomUUID();
        task.tenant = p.tenant;
        task.programme = p;
        task.title = t.title().trim();
        task.leadOfficerId = t.lead() == null ? null : t.lead().id();
        task.leadOfficerName = t.lead() == null ? null : t.lead().name();
        task.kind = ItemKind.TASK;
        task.status = t.status() == null ? ItemStatus.NOT_STARTED : t.status();
        task.createdAt = now;
        task.updatedAt = now;
        deadlineTexts.replace(task, t.dueDate() == null ? List.of() : List.of(new DeadlineDraft(null, t.dueDate())), LocalDate.now(clock), now);
        return task;
    }

    private static LocalDate firstDate(PlanItem item) {
        return item.deadlines.isEmpty() ? null : item.deadlines.get(0).dueDate;
    }

    private static PendingEvent taskCreated(PlanItem task) {
        return ItemEvents.created(task);
    }

    private static ProgrammeSummary view(Programme p, long taskCount) {
        return new ProgrammeSummary(p.id, p.title, p.kind, p.description, taskCount, p.createdAt, p.updatedAt, p.version);
    }

    private static Task view(PlanItem t) {
        Item.Lead lead = t.leadOfficerId == null ? null : new Item.Lead(t.leadOfficerId, t.leadOfficerName);
        return new Task(t.id, t.programme.id, t.title, lead, firstDate(t), t.status, t.updatedAt, t.version);
    }
}
