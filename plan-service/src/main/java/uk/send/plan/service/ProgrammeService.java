package uk.send.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.plan.entity.ItemKind;
import uk.send.plan.entity.Programme;
import uk.send.plan.entity.PlanItem;
import uk.send.plan.entity.ItemStatus;
import uk.send.plan.repository.ProgrammeRepository;
import uk.send.plan.repository.PlanItemRepository;
import uk.send.plan.rest.DeadlineInput;
import uk.send.plan.rest.ItemRequest;
import uk.send.plan.rest.LeadOfficer;
import uk.send.plan.rest.ProgrammeRequest;
import uk.send.plan.rest.ProgrammeView;
import uk.send.plan.rest.TaskRequest;
import uk.send.plan.rest.TaskView;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ProgrammeCreated;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.outbox.PendingEvent;
import uk.send.platform.rest.ETags;
import uk.send.platform.rest.Page;
import uk.send.platform.rest.PageParams;

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
    public ProgrammeView create(String tenant, ProgrammeRequest request) {
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
        List<TaskRequest> requested = request.tasks() == null ? List.of() : request.tasks();
        for (TaskRequest t : requested) {
            PlanItem task = newTask(p, t, now);
            tasks.persist(task);
            events.add(taskCreated(task));
        }
        outbox.publishAll(events);
        return view(p, requested.size());
    }

    public Optional<ProgrammeView> find(String tenant, UUID id) {
        return programmes.findInTenant(tenant, id).map(p -> view(p, tasks.countInProgramme(p.id, ItemKind.TASK)));
    }

    public Page<ProgrammeView> list(String tenant, PageParams page) {
        List<ProgrammeView> items = programmes.page(tenant, page).stream()
                .map(p -> view(p, tasks.countInProgramme(p.id, ItemKind.TASK))).toList();
        return Page.of(items, page, programmes.countInTenant(tenant));
    }

    @Transactional
    public Optional<ProgrammeView> update(String tenant, UUID id, String ifMatch, ProgrammeRequest request) {
        return programmes.findInTenant(tenant, id).map(p -> {
            ETags.requireMatch(ifMatch, p.version);
            p.title = request.title().trim();
            p.kind = request.kind();
            p.description = request.description();
            p.updatedAt = clock.instant();
            programmes.flush();
            return view(p, tasks.countInProgramme(p.id, ItemKind.TASK));
        });
    }

    @Transactional
    public Optional<TaskView> addTask(String tenant, UUID programmeId, TaskRequest request) {
        return programmes.findInTenant(tenant, programmeId).map(p -> {
            PlanItem task = newTask(p, request, clock.instant());
            tasks.persist(task);
            outbox.publishAll(List.of(taskCreated(task)));
            return view(task);
        });
    }

    public Optional<TaskView> findTask(String tenant, UUID programmeId, UUID taskId) {
        return tasks.findInProgramme(tenant, programmeId, taskId, ItemKind.TASK).map(ProgrammeService::view);
    }

    /** Empty if the programme is not this LA's. */
    public Optional<Page<TaskView>> listTasks(String tenant, UUID programmeId, PlanItemRepository.Filter filter, PageParams page) {
        if (programmes.findInTenant(tenant, programmeId).isEmpty()) {
            return Optional.empty();
        }
        var found = tasks.page(tenant, programmeId, filter, page);
        return Optional.of(Page.of(found.items().stream().map(ProgrammeService::view).toList(), page, found.total()));
    }

    /** The task API's full update: the same rules and events as any item (blockers, deadline met or moved, status). */
    @Transactional
    public Optional<TaskView> updateTask(String tenant, UUID programmeId, UUID taskId, String ifMatch, TaskRequest request) {
        return tasks.findInProgramme(tenant, programmeId, taskId, ItemKind.TASK).flatMap(task -> {
            ItemRequest asItem = new ItemRequest(ItemKind.TASK, task.parentId, task.ref, request.title(), request.leadOfficer(),
                    request.dueDate() == null ? List.of() : List.of(new DeadlineInput(null, request.dueDate())), request.status());
            return items.update(tenant, programmeId, taskId, ifMatch, asItem).map(updated -> view(task));
        });
    }

    private PlanItem newTask(Programme p, TaskRequest t, Instant now) {
        PlanItem task = new PlanItem();
        task.id = UUID.randomUUID();
        task.tenant = p.tenant;
        task.programme = p;
        task.title = t.title().trim();
        task.leadOfficerId = t.leadOfficer() == null ? null : t.leadOfficer().id();
        task.leadOfficerName = t.leadOfficer() == null ? null : t.leadOfficer().name();
        task.kind = ItemKind.TASK;
        task.status = t.status() == null ? ItemStatus.NOT_STARTED : t.status();
        task.createdAt = now;
        task.updatedAt = now;
        deadlineTexts.replace(task, t.dueDate() == null ? List.of() : List.of(new DeadlineInput(null, t.dueDate())), LocalDate.now(clock), now);
        return task;
    }

    private static LocalDate firstDate(PlanItem item) {
        return item.deadlines.isEmpty() ? null : item.deadlines.get(0).dueDate;
    }

    private static PendingEvent taskCreated(PlanItem task) {
        return ItemService.created(task);
    }

    private static ProgrammeView view(Programme p, long taskCount) {
        return new ProgrammeView(p.id, p.title, p.kind, p.description, taskCount, p.createdAt, p.updatedAt, p.version);
    }

    private static TaskView view(PlanItem t) {
        LeadOfficer lead = t.leadOfficerId == null ? null : new LeadOfficer(t.leadOfficerId, t.leadOfficerName);
        return new TaskView(t.id, t.programme.id, t.title, lead, firstDate(t), t.status, t.updatedAt, t.version);
    }
}
