package uk.send.funding.topup.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * EHCPs whose top-up must be recomputed: one cheap set-based upsert per intake call, drained in batches. A drain claims
 * rows by marking them ({@link #claim}, committed on its own) rather than by holding row locks while it prices, so
 * marking an EHCP never waits for a drain; {@link #finish} then deletes the rows nobody marked again meanwhile.
 */
@ApplicationScoped
public class TopUpPendingRepository {

    /** How long a claim stands before another drain may take the row: its drain is taken to have died. */
    public static final Duration LEASE = Duration.ofMinutes(10);

    /** A pending EHCP, as claimed: {@code markSeq} identifies the mark the claim saw. */
    public record Pending(String tenant, String ehcpRef, String reason, long markSeq) {
    }

    private final EntityManager em;

    public TopUpPendingRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Marks many EHCPs of one LA pending in one statement (each EHCP once: the map's keys), each with its reason. A row
     * a drain has claimed gets a new {@code mark_seq} and keeps its claim, so that drain leaves it for the next one.
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
                    + "on conflict (tenant, ehcp_ref) do update set reason = excluded.reason, marked_at = excluded.marked_at, "
                    + "mark_seq = excluded.mark_seq")) {
                ps.setString(1, tenant);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.setArray(3, c.createArrayOf("varchar", refs));
                ps.setArray(4, c.createArrayOf("varchar", why));
                ps.executeUpdate();
            }
        });
    }

    /**
     * Claims up to {@code limit} pending EHCPs, oldest marks first, that no live drain holds (unclaimed, or claimed longer
     * than {@link #LEASE} ago). Run it in a transaction of its own: the claim must be committed before the pricing starts.
     */
    public List<Pending> claim(int limit) {
        List<Pending> claimed = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update topup_pending p set claimed_at = now()
                    from (select tenant, ehcp_ref from topup_pending
                          where claimed_at is null or claimed_at < now() - make_interval(secs => ?)
                          order by marked_at limit ? for update skip locked) c
                    where p.tenant = c.tenant and p.ehcp_ref = c.ehcp_ref
                    returning p.tenant, p.ehcp_ref, p.reason, p.mark_seq""")) {
                ps.setLong(1, LEASE.toSeconds());
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                    }
                }
            }
        });
        return claimed;
    }

    /**
     * Ends a drain's claims on one LA's EHCPs, in the transaction that priced them: a row still holding the mark the drain
     * claimed is done and deleted; one marked again since is released for the next drain.
     */
    public void finish(String tenant, List<Pending> claimed) {
        release(tenant, claimed, true);
    }

    /** Gives up a drain's claims without pricing (its pricing failed): the rows are pending again at once. */
    public void release(String tenant, List<Pending> claimed) {
        release(tenant, claimed, false);
    }

    private void release(String tenant, List<Pending> claimed, boolean deleteDone) {
        if (claimed.isEmpty()) {
            return;
        }
        Object[] refs = claimed.stream().map(Pending::ehcpRef).toArray();
        Object[] seqs = claimed.stream().map(Pending::markSeq).toArray();
        em.unwrap(Session.class).doWork(c -> {
            if (deleteDone) {
                try (PreparedStatement ps = c.prepareStatement("delete from topup_pending p using unnest(?::varchar[], ?::bigint[]) as d(ref, seq) "
                        + "where p.tenant = ? and p.ehcp_ref = d.ref and p.mark_seq = d.seq")) {
                    ps.setArray(1, c.createArrayOf("varchar", refs));
                    ps.setArray(2, c.createArrayOf("bigint", seqs));
                    ps.setString(3, tenant);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("update topup_pending set claimed_at = null where tenant = ? and ehcp_ref = any(?)")) {
                ps.setString(1, tenant);
                ps.setArray(2, c.createArrayOf("varchar", refs));
                ps.executeUpdate();
            }
        });
    }
}
