package uk.send.plan.deadline.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.plan.deadline.domain.DeadlineRule;
import uk.send.plan.deadline.domain.ScanOutcome;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The {@code deadline_notice} table: the notices a scan records, each once per item, lead time and due date. */
@ApplicationScoped
public class DeadlineNoticeRepository {

    /**
     * Finds the deadlines that deserve a notice today and records the notices, in one statement: the rule's
     * bands of due dates ({@link DeadlineRule#bands}) select the candidates, notices already recorded are left
     * out, and the rest are inserted into deadline_notice in (item, due date) order. No row locks: a notice
     * that a concurrent change makes stale is dropped by the publisher, which locks and checks each item.
     */
    private static final String SCAN = """
            with band (low, high, kind, lead_days) as (
                select cast(b.low as date), cast(b.high as date), b.kind, b.lead_days
                from unnest(cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as int[])) as b (low, high, kind, lead_days)
            ), due as (
                select t.id, d.due_date, b.kind, b.lead_days
                from item_deadline d
                join band b on d.due_date <= b.high and (b.low is null or d.due_date >= b.low)
                join plan_item t on t.id = d.item_id
                where d.met_on is null and d.due_date <= ?
                  and t.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED')
                  and (cast(? as varchar) is null or t.tenant = cast(? as varchar))
                  and not exists (select 1 from deadline_notice n where n.item_id = t.id and n.kind = b.kind
                                  and n.lead_days = b.lead_days and n.due_date = d.due_date)
            ), fresh as (
                select distinct on (id, due_date) * from due order by id, due_date
            ), noticed as (
                insert into deadline_notice (item_id, kind, lead_days, due_date, scan_date, created_at)
                select id, kind, lead_days, due_date, ?, ? from fresh order by id, due_date
                returning kind
            )
            select count(*) filter (where kind = 'APPROACHING'), count(*) filter (where kind = 'MISSED') from noticed""";

    private final EntityManager em;

    public DeadlineNoticeRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the notices due today (as {@link #SCAN} says) for one LA, or all if {@code tenant} is null;
     * {@code horizon} is today plus the longest lead time. Answers how many of each kind it recorded.
     */
    public ScanOutcome record(List<DeadlineRule.Band> bands, LocalDate today, LocalDate horizon, String tenant, Instant now) {
        int[] counts = new int[2];
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(SCAN)) {
                ps.setArray(1, connection.createArrayOf("varchar", bands.stream().map(b -> b.low() == null ? null : b.low().toString()).toArray()));
                ps.setArray(2, connection.createArrayOf("varchar", bands.stream().map(b -> b.high().toString()).toArray()));
                ps.setArray(3, connection.createArrayOf("varchar", bands.stream().map(b -> b.notice().kind().name()).toArray()));
                ps.setArray(4, connection.createArrayOf("int4", bands.stream().map(b -> b.notice().leadDays()).toArray()));
                ps.setObject(5, horizon);
                ps.setString(6, tenant);
                ps.setString(7, tenant);
                ps.setObject(8, today);
                ps.setTimestamp(9, Timestamp.from(now));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts[0] = rs.getInt(1);
                    counts[1] = rs.getInt(2);
                }
            }
        });
        return new ScanOutcome(today, counts[0], counts[1]);
    }
}
