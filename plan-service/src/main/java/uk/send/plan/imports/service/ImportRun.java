package uk.send.plan.imports.service;

import uk.send.plan.imports.domain.ImportOutcome;
import uk.send.plan.imports.repository.ImportedItemRepository;
import uk.send.plan.imports.domain.ReadDocument;
import uk.send.plan.item.domain.ItemKind;
import uk.send.plan.item.domain.ItemStatus;
import uk.send.plan.item.entity.ItemDeadline;
import uk.send.plan.item.entity.PlanItem;
import uk.send.plan.item.event.ItemEvents;
import uk.send.plan.item.service.DeadlineTexts;
import uk.send.plan.people.entity.Person;
import uk.send.plan.people.service.PersonService;
import uk.send.plan.programme.entity.Programme;
import uk.send.platform.outbox.PendingEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One import of a plan into a programme while {@link ImportService} runs it: the programme's items by import key,
 * each row's item created or brought up to date, lead officers resolved from the plan's key, and what it counts,
 * reports and will publish.
 */
final class ImportRun {

    private static final java.util.regex.Pattern LEAD_SEPARATORS = java.util.regex.Pattern.compile("[/,;&\\s]+");

    final String tenant;
    final Programme programme;
    final ReadDocument document;
    final List<ImportOutcome.Item> changes = new ArrayList<>();
    final Map<String, PlanItem> byKey = new HashMap<>();
    final Map<String, Person> peopleByInitials = new HashMap<>();
    private final Map<String, String> initialsOfLead = new HashMap<>();
    final List<ImportOutcome.Problem> problems = new ArrayList<>();
    final List<PendingEvent> events = new ArrayList<>();
    /** Items created by this import, parents first: written together at the end (see {@link ImportedItemRepository}). */
    final List<PlanItem> fresh = new ArrayList<>();
    /** Created and updated counts by {@link ItemKind} ordinal, then deadlines (5) and people (6). */
    final int[] created = new int[7];
    final int[] updated = new int[7];
    int unchanged;
    final LocalDate today;
    final Instant now;

    private final PersonService people;
    private final DeadlineTexts deadlines;
    private final ImportedItemRepository importedItems;

    ImportRun(String tenant, Programme programme, ReadDocument document, LocalDate today, Instant now,
              PersonService people, DeadlineTexts deadlines, ImportedItemRepository importedItems) {
        this.importedItems = importedItems;
        this.tenant = tenant;
        this.programme = programme;
        this.document = document;
        this.today = today;
        this.now = now;
        this.people = people;
        this.deadlines = deadlines;
    }

    /** Items created, and items updated, so far (deadlines and people not counted). */
    int created() {
        return java.util.stream.IntStream.of(created).limit(5).sum();
    }

    int updated() {
        return java.util.stream.IntStream.of(updated).limit(5).sum();
    }

    ImportOutcome.Problem problem(int line, String column, String text, String reason) {
        return new ImportOutcome.Problem(line, column, text, reason, document.source(line));
    }

    /** Creates the item of this import key, or brings it up to date; counts and reports which. */
    PlanItem upsert(ItemKind kind, PlanItem parent, String key, String ref, String title, String leadText,
                    String inheritedLead, List<String> deadlineTexts, int line, int position) {
        List<String> unreadDeadlines = new ArrayList<>();
        List<ItemDeadline> wanted = new ArrayList<>();
        for (String text : deadlineTexts) {
            wanted.addAll(deadlines.read(text, today, unreadDeadlines));
        }
        for (String p : unreadDeadlines) {
            problems.add(problem(line, "deadline", String.join(" | ", deadlineTexts), p));
        }
        Person lead = resolveLead(leadText != null ? leadText : inheritedLead, line);
        PlanItem item = byKey.get(key);
        if (item != null && kind == ItemKind.PHASE && item.ref == null) {
            ref = null; // a phase added in the app has no ref; the tracker shows only its title, which an imported phase keeps as its ref
        }
        int index = kind.ordinal();
        if (item == null) {
            item = new PlanItem();
            item.id = UUID.randomUUID();
            item.tenant = tenant;
            item.programme = programme;
            item.parentId = parent == null ? null : parent.id;
            item.kind = kind;
            item.importKey = key;
            item.position = position;
            item.status = ItemStatus.NOT_STARTED;
            item.createdAt = now;
            item.updatedAt = now;
            item.ref = ref;
            item.title = title;
            setLead(item, lead);
            deadlines.setAll(item, wanted, now);
            fresh.add(item);
            byKey.put(key, item);
            created[index]++;
            created[5] += item.deadlines.size();
            events.add(ItemEvents.created(item));
            changes.add(change(ImportOutcome.Change.CREATE, item, line));
            return item;
        }
        // Existing items are loaded read-only, so that a re-import of an unchanged plan does not check thousands of them
        // for changes when it ends; one about to change is made writable first, and is then written as before.
        if (!Objects.equals(item.title, title) || !Objects.equals(item.ref, ref) || !Objects.equals(item.leadOfficerId, lead == null ? null : lead.leadId())
                || !Objects.equals(item.leadOfficerName, lead == null ? null : lead.name) || !deadlines.unchanged(item, wanted)
                || item.importKey == null) {
            importedItems.writable(item);
        }
        // An item created in the app, matched by the key a tracker row showing it has: it keeps that key from now on.
        if (item.importKey == null) {
            item.importKey = key;
        }
        int deadlinesBefore = item.deadlines.size();
        List<LocalDate> datesBefore = item.deadlines.stream().map(d -> d.dueDate).toList();
        boolean changed = !Objects.equals(item.title, title) || !Objects.equals(item.ref, ref)
                || !Objects.equals(item.leadOfficerId, lead == null ? null : lead.leadId());
        item.title = title;
        item.ref = ref;
        setLead(item, lead);
        deadlines.setAll(item, wanted, now);
        if (!datesBefore.equals(item.deadlines.stream().map(d -> d.dueDate).toList()) || deadlinesBefore != item.deadlines.size()) {
            changed = true;
            updated[5] += item.deadlines.size();
        }
        if (changed) {
            item.updatedAt = now;
            updated[index]++;
            changes.add(change(ImportOutcome.Change.UPDATE, item, line));
        } else {
            unchanged++;
        }
        return item;
    }

    private Person resolveLead(String leadText, int line) {
        if (leadText == null || leadText.isBlank()) {
            return null;
        }
        // The same few lead cells recur on thousands of rows: each is read once per import.
        String initials = initialsOfLead.computeIfAbsent(leadText,
                t -> PersonService.normaliseInitials(LEAD_SEPARATORS.split(t.trim())[0]));
        if (initials.isEmpty()) {
            problems.add(problem(line, "lead officer", leadText, "no initials found"));
            return null;
        }
        Person p = peopleByInitials.get(initials);
        if (p == null) {
            p = people.byInitials(tenant, initials).orElse(null);
        }
        if (p == null) {
            problems.add(problem(line, "lead officer", leadText,
                    "'" + initials + "' is not in the plan's key of lead officers; added with initials only, complete them at /api/v1/people"));
            p = people.upsertFromKey(tenant, initials, null, null);
            created[6]++;
        }
        peopleByInitials.put(initials, p);
        return p;
    }

    private ImportOutcome.Item change(ImportOutcome.Change change, PlanItem item, int line) {
        return new ImportOutcome.Item(change, item.kind, item.ref, item.title, item.leadOfficerId,
                item.deadlines.stream().map(d -> d.text).toList(), line, document.source(line));
    }

    private static void setLead(PlanItem item, Person lead) {
        item.leadOfficerId = lead == null ? null : lead.leadId();
        item.leadOfficerName = lead == null ? null : lead.name;
    }

    static ImportOutcome.Counts counts(int[] c) {
        return new ImportOutcome.Counts(c[ItemKind.PHASE.ordinal()], c[ItemKind.TASK.ordinal()], c[ItemKind.DELIVERABLE.ordinal()],
                c[ItemKind.ACTION.ordinal()], c[ItemKind.CRITERION.ordinal()], c[5], c[6]);
    }
}
