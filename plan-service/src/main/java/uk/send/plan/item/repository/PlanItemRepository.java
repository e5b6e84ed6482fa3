package uk.send.plan.item.repository;

import uk.send.plan.item.domain.ItemFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import uk.send.plan.item.domain.ItemKind;
import uk.send.plan.item.entity.PlanItem;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanItemRepository implements PanacheRepositoryBase<PlanItem, UUID> {

    public Optional<PlanItem> findInProgramme(String tenant, UUID programmeId, UUID itemId) {
        return find("id = ?1 and programme.id = ?2 and tenant = ?3", itemId, programmeId, tenant).firstResultOptional();
    }

    public Optional<PlanItem> findInProgramme(String tenant, UUID programmeId, UUID itemId, ItemKind kind) {
        return findInProgramme(tenant, programmeId, itemId).filter(i -> i.kind == kind);
    }

    /** The items with these ids, with their deadlines, in no particular order. */
    public List<PlanItem> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select i from PlanItem i left join fetch i.deadlines where i.id in :ids", PlanItem.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * Every item of a programme with its deadlines, in one query and read-only (no copies kept to detect
     * changes), for whole-programme views: the tree and the calendar feed.
     */
    public List<PlanItem> allInProgramme(UUID programmeId) {
        return getEntityManager().createQuery("select i from PlanItem i left join fetch i.deadlines "
                        + "where i.programme.id = :programme order by i.position, i.createdAt, i.id", PlanItem.class)
                .setParameter("programme", programmeId)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** Every item of the LA that this lead officer leads, oldest first (their calendar feed). */
    public List<PlanItem> ledBy(String tenant, String leadId) {
        return list("tenant = ?1 and leadOfficerId = ?2 order by createdAt, id", tenant, leadId);
    }

    /** One page of a programme's items, by next deadline (undated last), then title. */
    public Slice<PlanItem> page(String tenant, UUID programmeId, ItemFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" from PlanItem i where i.tenant = :tenant and i.programme.id = :programme");
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant);
        params.put("programme", programmeId);
        if (filter.kind() != null) {
            where.append(" and i.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.status() != null) {
            where.append(" and i.status = :status");
            params.put("status", filter.status());
        }
        if (filter.lead() != null) {
            where.append(" and i.leadOfficerId = :lead");
            params.put("lead", filter.lead());
        }
        if (filter.dueBefore() != null) {
            where.append(" and exists (select 1 from ItemDeadline d where d.item = i and d.metOn is null and d.dueDate < :before)");
            params.put("before", filter.dueBefore());
        }
        if (filter.dueAfter() != null) {
            where.append(" and exists (select 1 from ItemDeadline d where d.item = i and d.metOn is null and d.dueDate > :after)");
            params.put("after", filter.dueAfter());
        }
        TypedQuery<PlanItem> select = getEntityManager().createQuery("select i" + where
                + " order by (select min(d.dueDate) from ItemDeadline d where d.item = i and d.metOn is null) nulls last, i.title, i.id", PlanItem.class);
        TypedQuery<Long> count = getEntityManager().createQuery("select count(i)" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<PlanItem> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Slice<>(items, count.getSingleResult());
    }

    public long countInProgramme(UUID programmeId, ItemKind kind) {
        return count("programme.id = ?1 and kind = ?2", programmeId, kind);
    }

    /** How many items a programme has in all. */
    public long countInProgramme(UUID programmeId) {
        return count("programme.id", programmeId);
    }

    /** How many children {@code parentId} has (null: the programme's top-level items): the position a new child takes. */
    public long countChildren(UUID programmeId, UUID parentId) {
        return count("programme.id = ?1 and parentId is not distinct from ?2", programmeId, parentId);
    }

    /** The programme's items of one kind, in no particular order. */
    public List<PlanItem> ofKind(UUID programmeId, ItemKind kind) {
        return list("programme.id = ?1 and kind = ?2", programmeId, kind);
    }
}
