package uk.send.plan.item.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.plan.item.domain.ItemKind;
import uk.send.plan.item.domain.ItemNode;
import uk.send.plan.item.domain.ItemStatus;
import uk.send.plan.item.domain.Rag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Items as light rows ({@link ItemNode}) for RAG roll-up and list filters: a hundred thousand of them fit in a few MB. */
@ApplicationScoped
public class ItemNodeRepository {

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

    private final EntityManager em;

    public ItemNodeRepository(EntityManager em) {
        this.em = em;
    }

    /** Every item of a programme. */
    public List<ItemNode> inProgramme(UUID programmeId) {
        return nodes(PROGRAMME, programmeId);
    }

    /** An item's descendants, not the item itself. */
    public List<ItemNode> descendantsOf(UUID itemId) {
        return nodes(SUBTREE, itemId);
    }

    private List<ItemNode> nodes(String sql, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("id", id).getResultList();
        List<ItemNode> nodes = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            nodes.add(new ItemNode((UUID) r[0], (UUID) r[1], ItemKind.valueOf((String) r[2]), ItemStatus.valueOf((String) r[3]),
                    r[4] == null ? null : Rag.valueOf((String) r[4]), (String) r[5], toLocalDate(r[6]), (String) r[7]));
        }
        return nodes;
    }

    private static LocalDate toLocalDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
