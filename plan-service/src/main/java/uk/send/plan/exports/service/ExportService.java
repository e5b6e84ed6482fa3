package uk.send.plan.exports.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.send.plan.imports.domain.ItemKeys;
import uk.send.plan.item.domain.ItemKind;
import uk.send.plan.people.entity.Person;
import uk.send.plan.item.entity.PlanItem;
import uk.send.plan.exports.domain.ExportRow;
import uk.send.plan.people.repository.PersonRepository;
import uk.send.plan.item.repository.PlanItemRepository;
import uk.send.plan.item.domain.Item;
import uk.send.plan.item.service.ItemService;
import uk.send.plan.kpi.domain.Kpi;
import uk.send.plan.kpi.service.KpiService;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;

/**
 * A programme exported as the files LAs pass around: an Excel tracker (which imports back unchanged) and a
 * Word board report. Both are built from the programme's tree (capped like the tree itself), so a programme
 * too large for one tree is refused the same way.
 */
@ApplicationScoped
public class ExportService {

    /** A document to send: written to the stream when the response is. */
    public interface Document {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The KPIs are read for the report a page of this many at a time. */
    private static final int KPI_PAGE_SIZE = 100;

    private final ItemService items;
    private final KpiService kpis;
    private final PlanItemRepository itemRepository;
    private final PersonRepository people;
    private final Clock clock;

    public ExportService(ItemService items, KpiService kpis, PlanItemRepository itemRepository, PersonRepository people, Clock clock) {
        this.items = items;
        this.kpis = kpis;
        this.itemRepository = itemRepository;
        this.people = people;
        this.clock = clock;
    }

    /** The programme as an XLSX tracker; empty if the LA has no such programme. */
    public Optional<Document> tracker(String tenant, UUID programmeId) {
        LocalDate today = LocalDate.now(clock);
        return items.tree(tenant, programmeId, today).map(tree -> {
            Map<String, Person> leads = leads(tenant);
            Map<UUID, String> phaseKeys = new HashMap<>();
            for (PlanItem phase : itemRepository.ofKind(programmeId, ItemKind.PHASE)) {
                phaseKeys.put(phase.id, ItemKeys.phaseText(phase.importKey, phase.title));
            }
            List<ExportRow> rows = new ArrayList<>();
            // Tasks of no phase first: a tracker row with an empty Phase cell is read as in the phase of the row above it
            // (trackers leave a repeated phase blank), so written after a phase's rows they would come back in that phase.
            for (Item root : tree.items()) {
                if (root.kind() != ItemKind.PHASE) {
                    taskRows(rows, null, root, leads);
                }
            }
            for (Item root : tree.items()) {
                if (root.kind() == ItemKind.PHASE) {
                    for (Item task : children(root)) {
                        taskRows(rows, phaseKeys.get(root.id()), task, leads);
                    }
                }
            }
            Map<String, TrackerWriter.KeyEntry> key = new LinkedHashMap<>();
            for (ExportRow r : rows) {
                Person p = r.lead() == null ? null : leads.values().stream().filter(x -> r.lead().equals(x.initials)).findFirst().orElse(null);
                if (p != null) {
                    key.putIfAbsent(p.initials, new TrackerWriter.KeyEntry(p.initials, p.name, p.title));
                }
            }
            return out -> TrackerWriter.write(tree.title(), rows, List.copyOf(key.values()), out);
        });
    }

    /** The programme's board report as DOCX; empty if the LA has no such programme. */
    public Optional<Document> boardReport(String tenant, UUID programmeId) {
        LocalDate today = LocalDate.now(clock);
        return items.tree(tenant, programmeId, today).map(tree -> {
            Map<String, Person> leads = leads(tenant);
            List<BoardReportWriter.TaskSection> sections = new ArrayList<>();
            for (Item root : tree.items()) {
                List<Item> tasks = root.kind() == ItemKind.PHASE ? children(root) : List.of(root);
                for (Item task : tasks) {
                    List<BoardReportWriter.Line> lines = new ArrayList<>();
                    for (Item d : children(task)) {
                        lines.add(new BoardReportWriter.Line(d.title(), leadText(d, leads), deadlines(d), d.status().name(), d.rag().name()));
                    }
                    String heading = task.ref() == null ? task.title() : task.ref() + ": " + task.title();
                    sections.add(new BoardReportWriter.TaskSection(heading, task.rag().name(), lines));
                }
            }
            List<BoardReportWriter.Kpi> measures = new ArrayList<>();
            for (int page = 0; ; page++) {
                Slice<Kpi> kp = kpis.list(tenant, programmeId, new PageRequest(page, KPI_PAGE_SIZE)).orElseThrow();
                for (Kpi k : kp.items()) {
                    measures.add(new BoardReportWriter.Kpi(k.name(), k.itemTitle(), k.baseline(), k.target(),
                            k.targetDate() == null ? null : k.targetDate().toString(), k.latest() == null ? null : k.latest().value(),
                            k.progress(), k.onTrack()));
                }
                if ((long) (page + 1) * KPI_PAGE_SIZE >= kp.totalItems()) {
                    break;
                }
            }
            return out -> BoardReportWriter.write(tree.title(), tree.rag().name(), today, sections, measures, out);
        });
    }

    private void taskRows(List<ExportRow> rows, String phase, Item task, Map<String, Person> leads) {
        List<Item> deliverables = children(task);
        if (deliverables.isEmpty()) {
            rows.add(new ExportRow(phase, task.ref(), task.title(), null, null, null, deadlines(task), initials(task, leads),
                    name(task, leads), task.rag().name(), task.status().name()));
            return;
        }
        for (Item d : deliverables) {
            List<Item> subItems = children(d);
            if (subItems.isEmpty()) {
                rows.add(new ExportRow(phase, task.ref(), task.title(), d.title(), null, null, deadlines(d), initials(d, leads),
                        name(d, leads), d.rag().name(), d.status().name()));
            }
            for (Item i : subItems) {
                String deadline = i.deadlines() == null || i.deadlines().isEmpty() ? deadlines(d) : deadlines(i);
                Item leadOf = i.lead() == null ? d : i;
                boolean action = i.kind() == ItemKind.ACTION;
                rows.add(new ExportRow(phase, task.ref(), task.title(), d.title(), action ? i.title() : null, action ? null : i.title(),
                        deadline, initials(leadOf, leads), name(leadOf, leads), i.rag().name(), i.status().name()));
            }
        }
    }

    private static List<Item> children(Item item) {
        return item.children() == null ? List.of() : item.children();
    }

    private static String deadlines(Item item) {
        return item.deadlines() == null ? null : item.deadlines().stream().map(Item.Deadline::text).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining(" "));
    }

    private static String initials(Item item, Map<String, Person> leads) {
        if (item.lead() == null) {
            return null;
        }
        Person p = leads.get(item.lead().id());
        return p != null ? p.initials : item.lead().id();
    }

    private static String name(Item item, Map<String, Person> leads) {
        if (item.lead() == null) {
            return null;
        }
        Person p = leads.get(item.lead().id());
        return p != null && p.name != null ? p.name : item.lead().name();
    }

    private static String leadText(Item item, Map<String, Person> leads) {
        String initials = initials(item, leads);
        String name = name(item, leads);
        return initials == null ? "" : name == null || name.equals(initials) ? initials : initials + " (" + name + ")";
    }

    /** The LA's lead officers by the id items carry (login, e-mail or initials). */
    private Map<String, Person> leads(String tenant) {
        Map<String, Person> byId = new HashMap<>();
        for (Person p : people.allInTenant(tenant)) {
            byId.put(p.leadId(), p);
        }
        return byId;
    }
}
