package uk.send.plan.imports.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.plan.item.entity.ItemDeadline;
import uk.send.plan.item.entity.PlanItem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes the items an import creates, and their deadlines, as a few set-based statements: one
 * {@code INSERT ... SELECT FROM unnest(...)} per chunk of items and one per chunk of deadlines, instead of one
 * entity insert each. A 5,000-row plan creates ten thousand items and as many deadlines; written one by one
 * through the persistence context they cost more than reading the file. The items written here are not managed
 * entities: nothing else in the import's transaction changes them after they are created. A re-import's existing
 * items are loaded here too, read-only, and made writable one by one when they change.
 */
@ApplicationScoped
public class ImportedItemRepository {

    private static final String INSERT_ITEMS = "insert into plan_item (id, tenant, programme_id, parent_id, kind, ref, position, title, "
            + "lead_officer_id, lead_officer_name, status, import_key, created_at, updated_at, version) "
            + "select i.id, i.tenant, i.programme_id, i.parent_id, i.kind, i.ref, i.position, i.title, i.lead_officer_id, i.lead_officer_name, "
            + "i.status, i.import_key, ?, ?, 0 "
            + "from unnest(?::uuid[], ?::varchar[], ?::uuid[], ?::uuid[], ?::varchar[], ?::varchar[], ?::int[], ?::varchar[], ?::varchar[], "
            + "?::varchar[], ?::varchar[], ?::varchar[]) with ordinality "
            + "as i(id, tenant, programme_id, parent_id, kind, ref, position, title, lead_officer_id, lead_officer_name, status, import_key, ord) "
            + "order by i.ord";
    private static final String INSERT_DEADLINES = "insert into item_deadline (id, tenant, item_id, position, kind, due_date, window_start, "
            + "recurrence_month, recurrence_day, text, met_on, created_at, updated_at) "
            + "select d.id, d.tenant, d.item_id, d.position, d.kind, d.due_date, d.window_start, d.recurrence_month, d.recurrence_day, "
            + "d.text, d.met_on, d.created_at, d.updated_at "
            + "from unnest(?::uuid[], ?::varchar[], ?::uuid[], ?::int[], ?::varchar[], ?::date[], ?::date[], ?::int[], ?::int[], ?::varchar[], "
            + "?::date[], ?::timestamptz[], ?::timestamptz[]) "
            + "as d(id, tenant, item_id, position, kind, due_date, window_start, recurrence_month, recurrence_day, text, met_on, created_at, updated_at)";
    /** Rows per statement: big enough that a large plan is a handful of round trips, small enough to bound the arrays built. */
    private static final int CHUNK = 2000;

    private final EntityManager em;

    public ImportedItemRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The programme's items, with their deadlines, in one query: what a re-import matches its rows against and brings up
     * to date (an imported item by its import key, one created in the app by the key a tracker row showing it would have).
     */
    public List<PlanItem> existing(UUID programmeId) {
        return em.createQuery("select distinct i from PlanItem i left join fetch i.deadlines where i.programme.id = :programme",
                        PlanItem.class).setParameter("programme", programmeId)
                // Read-only: no copy of each kept to find changes at flush; see writable().
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** Makes an item loaded by {@link #existing} writable, before it is changed: its changes are then written at flush. */
    public void writable(PlanItem item) {
        em.unwrap(Session.class).setReadOnly(item, false);
    }

    /**
     * Inserts new items (parents before their children, as listed) and their deadlines, in the current
     * transaction. Every item is new and carries its id, timestamps and version 0.
     */
    public void insertAll(List<PlanItem> items) {
        if (items.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            for (int from = 0; from < items.size(); from += CHUNK) {
                insertItems(connection, items.subList(from, Math.min(items.size(), from + CHUNK)));
            }
            List<ItemDeadline> deadlines = new ArrayList<>();
            for (PlanItem item : items) {
                deadlines.addAll(item.deadlines);
            }
            for (int from = 0; from < deadlines.size(); from += CHUNK) {
                insertDeadlines(connection, deadlines.subList(from, Math.min(deadlines.size(), from + CHUNK)));
            }
        });
    }

    private static void insertItems(Connection connection, List<PlanItem> items) throws SQLException {
        int n = items.size();
        UUID[] ids = new UUID[n];
        String[] tenants = new String[n];
        UUID[] programmes = new UUID[n];
        UUID[] parents = new UUID[n];
        String[] kinds = new String[n];
        String[] refs = new String[n];
        String[] positions = new String[n];
        String[] titles = new String[n];
        String[] leadIds = new String[n];
        String[] leadNames = new String[n];
        String[] statuses = new String[n];
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            PlanItem item = items.get(i);
            ids[i] = item.id;
            tenants[i] = item.tenant;
            programmes[i] = item.programme.id;
            parents[i] = item.parentId;
            kinds[i] = item.kind.name();
            refs[i] = item.ref;
            positions[i] = Integer.toString(item.position);
            titles[i] = item.title;
            leadIds[i] = item.leadOfficerId;
            leadNames[i] = item.leadOfficerName;
            statuses[i] = item.status.name();
            keys[i] = item.importKey;
        }
        PlanItem first = items.get(0);
        try (PreparedStatement ps = connection.prepareStatement(INSERT_ITEMS)) {
            ps.setTimestamp(1, Timestamp.from(first.createdAt));
            ps.setTimestamp(2, Timestamp.from(first.updatedAt));
            bindArrays(connection, ps, 3, ids, tenants, programmes, parents, kinds, refs, positions, titles, leadIds, leadNames, statuses, keys);
            ps.executeUpdate();
        }
    }

    private static void insertDeadlines(Connection connection, List<ItemDeadline> deadlines) throws SQLException {
        int n = deadlines.size();
        UUID[] ids = new UUID[n];
        String[] tenants = new String[n];
        UUID[] items = new UUID[n];
        String[] positions = new String[n];
        String[] kinds = new String[n];
        String[] due = new String[n];
        String[] windowStarts = new String[n];
        String[] months = new String[n];
        String[] days = new String[n];
        String[] texts = new String[n];
        String[] met = new String[n];
        String[] created = new String[n];
        String[] updated = new String[n];
        for (int i = 0; i < n; i++) {
            ItemDeadline d = deadlines.get(i);
            ids[i] = d.id;
            tenants[i] = d.tenant;
            items[i] = d.item.id;
            positions[i] = Integer.toString(d.position);
            kinds[i] = d.kind.name();
            due[i] = d.dueDate.toString();
            windowStarts[i] = Objects.toString(d.windowStart, null);
            months[i] = Objects.toString(d.recurrenceMonth, null);
            days[i] = Objects.toString(d.recurrenceDay, null);
            texts[i] = d.text;
            met[i] = Objects.toString(d.metOn, null);
            created[i] = d.createdAt.toString();
            updated[i] = d.updatedAt.toString();
        }
        try (PreparedStatement ps = connection.prepareStatement(INSERT_DEADLINES)) {
            bindArrays(connection, ps, 1, ids, tenants, items, positions, kinds, due, windowStarts, months, days, texts, met, created, updated);
            ps.executeUpdate();
        }
    }

    /** Binds each column as an array parameter, from parameter {@code first} on: uuid[] for ids, varchar[] for the rest (cast in the SQL). */
    private static void bindArrays(Connection connection, PreparedStatement ps, int first, Object[]... columns) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            ps.setArray(first + i, connection.createArrayOf(columns[i] instanceof UUID[] ? "uuid" : "varchar", columns[i]));
        }
    }
}
