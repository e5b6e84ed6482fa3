package uk.send.funding.topup.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** EHCPs whose top-up must be recomputed: one cheap set-based upsert per intake call, drained in batches. */
@ApplicationScoped
public class TopUpPendingRepository {

    /** A pending EHCP. */
    public record Pending(String tenant, String ehcpRef, String reason) {
    }

    private final EntityManager em;

    public TopUpPendingRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Marks many EHCPs of one LA pending in one statement (each EHCP once: the map's keys), each with its reason.
     * Plain JDBC: it runs in every intake transaction, and a Hibernate native update costs more CPU than the
     * statement itself (query plan, parameter types, bulk-operation cache clean-up over every entity).
     */
    public void markAll(String tenant, Map<String, String> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        String[] refs = reasons.keySet().toArray(String[]::new);
        String[] why = reasons.values().stream().map(r -> r.length() > 300 ? r.substring(0, 300) : r).toArray(String[]::new);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into topup_pending (tenant, ehcp_ref, reason, marked_at) "
                    + "select ?, p.ref, p.why, ? from unnest(?::varchar[], ?::varchar[]) as p(ref, why) "
                    + "on conflict (tenant, ehcp_ref) do update set reason = excluded.reason, marked_at = excluded.marked_at")) {
                ps.setString(1, tenant);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.setArray(3, c.createArrayOf("varchar", refs));
                ps.setArray(4, c.createArrayOf("varchar", why));
                ps.executeUpdate();
            }
        });
    }

    /** Claims up to {@code limit} pending EHCPs (rows locked until the transaction ends; other replicas skip them). */
    public List<Pending> claim(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant, ehcp_ref, reason from topup_pending order by marked_at limit :n for update skip locked")
                .setParameter("n", limit).getResultList();
        return rows.stream().map(r -> new Pending((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    public void delete(String tenant, List<String> refs) {
        em.createNativeQuery("delete from topup_pending where tenant = :t and ehcp_ref in (:refs)")
                .setParameter("t", tenant).setParameter("refs", refs).executeUpdate();
    }
}
