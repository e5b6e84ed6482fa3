package uk.send.plan.item.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.plan.item.domain.DependencyKind;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@code item_dependency} table: which item waits on which. */
@ApplicationScoped
public class ItemDependencyRepository {

    private final EntityManager em;

    public ItemDependencyRepository(EntityManager em) {
        this.em = em;
    }

    /** Records that {@code itemId} depends on {@code blockerId}; recording it again changes only its kind. */
    public void add(UUID blockerId, UUID itemId, DependencyKind kind, Instant now) {
        em.createNativeQuery("insert into item_dependency (blocker_id, blocked_id, kind, created_at) values (:b, :i, :k, :now) "
                        + "on conflict (blocker_id, blocked_id) do update set kind = excluded.kind")
                .setParameter("b", blockerId).setParameter("i", itemId).setParameter("k", kind.name())
                .setParameter("now", Timestamp.from(now)).executeUpdate();
    }

    /** False if there was no such dependency. */
    public boolean remove(UUID blockerId, UUID itemId) {
        return em.createNativeQuery("delete from item_dependency where blocker_id = :b and blocked_id = :i")
                .setParameter("b", blockerId).setParameter("i", itemId).executeUpdate() > 0;
    }

    /** Every item that this one waits on directly, of either kind. */
    public List<UUID> blockerIdsOf(UUID itemId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select blocker_id from item_dependency where blocked_id = :i")
                .setParameter("i", itemId).getResultList();
        return ids;
    }

    /** The titles of the items that BLOCK this one and are still open. */
    public List<String> openBlockerTitles(UUID itemId) {
        @SuppressWarnings("unchecked")
        List<String> open = em.createNativeQuery("""
                        select b.title from item_dependency d join plan_item b on b.id = d.blocker_id
                        where d.blocked_id = :i and d.kind = 'BLOCKS' and b.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED')""")
                .setParameter("i", itemId).getResultList();
        return open;
    }

    /** What blocks each of these items (BLOCKS dependencies), in the order they were added. */
    public Map<UUID, List<UUID>> blockersOf(List<UUID> itemIds) {
        return itemIds.isEmpty() ? Map.of() : blockers("d.blocked_id in (:p)", itemIds);
    }

    /** What blocks each item of a programme. */
    public Map<UUID, List<UUID>> blockersInProgramme(UUID programmeId) {
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
}
