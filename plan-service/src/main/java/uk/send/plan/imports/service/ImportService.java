package uk.send.plan.imports.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.send.plan.imports.domain.ImportOutcome;
import uk.send.plan.imports.domain.ImportProblem;
import uk.send.plan.imports.domain.ImportedDeliverable;
import uk.send.plan.imports.domain.ImportedPerson;
import uk.send.plan.imports.domain.ImportedPlan;
import uk.send.plan.imports.domain.ImportedRow;
import uk.send.plan.imports.domain.ImportedTask;
import uk.send.plan.imports.domain.ItemKeys;
import uk.send.plan.imports.domain.ReadDocument;
import uk.send.plan.imports.repository.ImportedItemRepository;
import uk.send.plan.imports.repository.ProgrammeImportRepository;
import uk.send.plan.item.domain.ItemKind;
import uk.send.plan.item.entity.PlanItem;
import uk.send.plan.item.service.DeadlineTexts;
import uk.send.plan.people.entity.Person;
import uk.send.plan.people.service.PersonService;
import uk.send.plan.programme.entity.Programme;
import uk.send.plan.programme.repository.ProgrammeRepository;
import uk.send.platform.outbox.Outbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports an action plan (tab-separated or CSV text, as pasted from Word or extracted from a PDF) into a
 * programme: tasks, deliverables, actions, success criteria, their deadlines as written and their lead
 * officers from the plan's key of initials. Every item carries a stable import key, so importing the same
 * plan again updates what changed and duplicates nothing. Nothing is dropped silently: every row or cell
 * that could not be read is in the report with its line number and where in the file it stands.
 * <p>
 * The document is read (and refused, if it must be) before this service is called, outside any transaction.
 * A dry run does everything a real import does, inside a transaction that is then rolled back: the outcome is
 * exactly what the import would report, and nothing is written, recorded or published.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final int EVENTS_PER_WRITE = 1000;

    private final ProgrammeRepository programmes;
    private final PersonService people;
    private final DeadlineTexts deadlines;
    private final Outbox outbox;
    private final ProgrammeImportRepository imports;
    private final ImportedItemRepository importedItems;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final TransactionManager transactions;

    public ImportService(ProgrammeRepository programmes, PersonService people, DeadlineTexts deadlines,
                         Outbox outbox, ProgrammeImportRepository imports, ImportedItemRepository importedItems, ObjectMapper mapper,
                         Clock clock, TransactionManager transactions) {
        this.importedItems = importedItems;
        this.transactions = transactions;
        this.programmes = programmes;
        this.people = people;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.imports = imports;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Whether the LA has this programme: checked before a document is read, so another LA's id answers 404 first. */
    public boolean exists(String tenant, UUID programmeId) {
        return programmes.findInTenant(tenant, programmeId).isPresent();
    }

    /**
     * Imports a plan already read from a file or text. With {@code dryRun} the outcome is built the same way and
     * the transaction is then rolled back. Empty if the LA has no such programme.
     */
    @Transactional
    public Optional<ImportOutcome> importPlan(String tenant, UUID programmeId, ReadDocument document, boolean dryRun, String importedBy) {
        Programme programme = programmes.findInTenant(tenant, programmeId).orElse(null);
        if (programme == null) {
            return Optional.empty();
        }
        // Imports of one programme run one at a time, so two uploads of one plan cannot both create its items.
        imports.lockProgramme(programmeId);
        ImportedPlan plan = document.plan();
        ImportRun run = new ImportRun(tenant, programme, document, LocalDate.now(clock), clock.instant(), people, deadlines, importedItems);
        for (ImportProblem p : plan.problems()) {
            run.problems.add(run.problem(p.line(), p.column(), p.text(), p.reason()));
        }
        for (ImportedPerson person : plan.people()) {
            boolean known = people.byInitials(tenant, person.initials()).isPresent();
            Person p = people.upsertFromKey(tenant, person.initials(), person.name(), person.title());
            run.peopleByInitials.put(p.initials, p);
            if (!known) {
                run.created[6]++;
            }
        }
        // Loaded after the key's people are written: their queries would otherwise flush-check every loaded item.
        long loading = System.nanoTime();
        run.byKey.putAll(matchKeys(importedItems.existing(programmeId)));
        long loaded = System.nanoTime();
        int position = 0;
        for (ImportedTask task : plan.tasks()) {
            PlanItem phase = null;
            if (task.phase() != null) {
                String phaseTitle = task.phase().matches("\\d+") ? "Phase " + task.phase() : task.phase();
                phase = run.upsert(ItemKind.PHASE, null, ItemKeys.phase(task.phase()), phaseTitle, phaseTitle,
                        null, null, List.of(), task.line(), position++);
            }
            List<String> taskDeadlines = new ArrayList<>();
            if (task.deadlineText() != null) {
                taskDeadlines.add(task.deadlineText());
            }
            if (task.implementationText() != null) {
                taskDeadlines.add(task.implementationText());
            }
            PlanItem t = run.upsert(ItemKind.TASK, phase, task.key(), task.ref(), task.title(), task.leadText(), null, taskDeadlines, task.line(), position++);
            int dPos = 0;
            for (ImportedDeliverable deliverable : task.deliverables()) {
                String dKey = ItemKeys.deliverable(task.key(), deliverable.title());
                PlanItem d = run.upsert(ItemKind.DELIVERABLE, t, dKey, null, deliverable.title(), deliverable.leadText(), null,
                        deliverable.deadlineText() == null ? List.of() : List.of(deliverable.deadlineText()), deliverable.line(), dPos++);
                int rPos = 0;
                for (ImportedRow action : deliverable.actions()) {
                    run.upsert(ItemKind.ACTION, d, ItemKeys.action(dKey, action.text()), null, action.text(),
                            action.leadText(), deliverable.leadText(), action.deadlineText() == null ? List.of() : List.of(action.deadlineText()),
                            action.line(), rPos++);
                }
                for (ImportedRow criterion : deliverable.criteria()) {
                    run.upsert(ItemKind.CRITERION, d, ItemKeys.criterion(dKey, criterion.text()), null, criterion.text(),
                            criterion.leadText(), deliverable.leadText(), criterion.deadlineText() == null ? List.of() : List.of(criterion.deadlineText()),
                            criterion.line(), rPos++);
                }
            }
        }
        long built = System.nanoTime();
        importedItems.insertAll(run.fresh);
        long inserted = System.nanoTime();
        ImportOutcome report = new ImportOutcome(dryRun ? null : UUID.randomUUID(), plan.format().name(), document.kind().name(), dryRun,
                ImportRun.counts(run.created), ImportRun.counts(run.updated), run.unchanged, run.problems, run.changes);
        if (dryRun) {
            rollBack();
        } else {
            // In slices: each slice's JSON (and the driver's array of it) is built, written and dropped before the next,
            // rather than ten thousand events' JSON held at once. Rows keep their order, and commit together.
            for (int from = 0; from < run.events.size(); from += EVENTS_PER_WRITE) {
                outbox.publishAll(run.events.subList(from, Math.min(run.events.size(), from + EVENTS_PER_WRITE)));
            }
            record(run, report, document.sha256(), importedBy);
        }
        LOG.infof("Import into programme %s%s: %d existing items loaded in %d ms, %d to create and %d to update worked out in %d ms, "
                        + "created in %d ms, updates and events written in %d ms", programmeId, dryRun ? " (dry run)" : "",
                run.byKey.size() - run.created(), millis(loading, loaded), run.created(), run.updated(), millis(loaded, built),
                millis(built, inserted), millis(inserted, System.nanoTime()));
        return Optional.of(report);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private void rollBack() {
        try {
            if (transactions.getStatus() == Status.STATUS_ACTIVE) {
                transactions.setRollbackOnly();
            }
        } catch (SystemException e) {
            throw new IllegalStateException("cannot roll back a dry-run import", e);
        }
    }

    private void record(ImportRun run, ImportOutcome report, String contentHash, String importedBy) {
        try {
            imports.record(report.importId(), run.tenant, run.programme.id, report.format(), contentHash,
                    // The per-item list can be thousands long and is in the response; the stored record keeps counts and problems.
                    mapper.writeValueAsString(report.withoutItems()),
                    importedBy, run.now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Import report cannot be stored", e);
        }
    }

    /**
     * The programme's items by the key a row of the document would match them by: an imported item by its import key; an
     * item created in the app (no import key) by the key a tracker row showing it would have (its phase as the tracker's
     * Phase column shows it, its ref or title, its parents'), so that importing a tracker exported from the programme
     * updates such an item instead of adding it a second time. An import key always wins over a derived one.
     */
    static Map<String, PlanItem> matchKeys(List<PlanItem> items) {
        Map<UUID, PlanItem> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.id, i));
        Map<String, PlanItem> byKey = new HashMap<>();
        items.stream().filter(i -> i.importKey != null).forEach(i -> byKey.put(i.importKey, i));
        Map<UUID, String> derived = new HashMap<>();
        for (PlanItem item : items) {
            if (item.importKey == null) {
                String key = keyOf(item, byId, derived);
                if (key != null) {
                    byKey.putIfAbsent(key, item);
                }
            }
        }
        return byKey;
    }

    private static String keyOf(PlanItem item, Map<UUID, PlanItem> byId, Map<UUID, String> derived) {
        if (item.importKey != null) {
            return item.importKey;
        }
        if (derived.containsKey(item.id)) {
            return derived.get(item.id);
        }
        PlanItem parent = item.parentId == null ? null : byId.get(item.parentId);
        String parentKey = parent == null ? null : keyOf(parent, byId, derived);
        String key = switch (item.kind) {
            case PHASE -> ItemKeys.phase(item.title);
            case TASK -> parent == null || parent.kind == ItemKind.PHASE ? ItemKeys.task(parent == null ? null : ItemKeys.phaseText(parent.importKey, parent.title), item.ref, item.title) : null;
            case DELIVERABLE -> parentKey == null ? null : ItemKeys.deliverable(parentKey, item.title);
            case ACTION -> parentKey == null ? null : ItemKeys.action(parentKey, item.title);
            case CRITERION -> parentKey == null ? null : ItemKeys.criterion(parentKey, item.title);
        };
        derived.put(item.id, key);
        return key;
    }
}
