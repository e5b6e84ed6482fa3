package uk.send.plan.deadline.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.plan.deadline.domain.DeadlineRule;
import uk.send.plan.deadline.domain.ScanOutcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

    /** A notice a scan recorded, waiting to be published. */
    public record Notice(long seq, UUID itemId, String kind, int leadDays, LocalDate due, LocalDate scanDate) {
    }

    /** A notice still true when taken, with what its event says of its item and programme as they stand now. */
    public record StillDue(Notice notice, String tenant, String itemTitle, String leadId, String itemKind, UUID programmeId, String programmeTitle) {
    }

    /** A batch taken: how many notices it took, and those of them still true, in the order they were recorded. */
    public record Taken(int taken, List<StillDue> stillDue) {
    }

    /**
     * Takes the oldest {@code batchSize} unpublished notices: locks their items, then reads which are still true (the
     * item open, the deadline still due on that date unmet), marks those published and deletes the rest (so a later
     * scan can record them again if they come back). Lock first, then read: the read's snapshot sees every change
     * committed before the locks were granted, so a status change is never overtaken by a reminder.
     */
    public Taken take(int batchSize) {
        List<Notice> notices = new ArrayList<>();
        List<StillDue> stillDue = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    select seq, item_id, kind, lead_days, due_date, scan_date from deadline_notice
                    where published_at is null order by seq limit ?""")) {
                ps.setInt(1, batchSize);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        notices.add(new Notice(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)));
                    }
                }
            }
            if (notices.isEmpty()) {
                return;
            }
            Long[] seqs = notices.stream().map(Notice::seq).toArray(Long[]::new);
            try (PreparedStatement ps = connection.prepareStatement(
                    "select id from plan_item where id = any(?) order by id for no key update")) {
                ps.setArray(1, connection.createArrayOf("uuid", notices.stream().map(Notice::itemId).distinct().toArray()));
                ps.execute();
            }
            Set<Long> announced = new HashSet<>();
            try (PreparedStatement ps = connection.prepareStatement("""
                    select n.seq, t.tenant, t.title, t.lead_officer_id, t.kind, p.id, p.title
                    from deadline_notice n
                    join plan_item t on t.id = n.item_id
                    join programme p on p.id = t.programme_id
                    where n.seq = any(?)
                      and t.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED')
                      and exists (select 1 from item_deadline d
                                  where d.item_id = n.item_id and d.due_date = n.due_date and d.met_on is null)
                    order by n.seq""")) {
                ps.setArray(1, connection.createArrayOf("int8", seqs));
                try (ResultSet rs = ps.executeQuery()) {
                    int i = 0;
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        while (notices.get(i).seq() != seq) {
                            i++;
                        }
                        stillDue.add(new StillDue(notices.get(i), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getObject(6, UUID.class), rs.getString(7)));
                        announced.add(seq);
                    }
                }
            }
            forSeqs(connection, "update deadline_notice set published_at = now() where seq = any(?)",
                    notices.stream().map(Notice::seq).filter(announced::contains).toArray(Long[]::new));
            forSeqs(connection, "delete from deadline_notice where seq = any(?)",
                    notices.stream().map(Notice::seq).filter(s -> !announced.contains(s)).toArray(Long[]::new));
        });
        return new Taken(notices.size(), stillDue);
    }

    private static void forSeqs(Connection connection, String sql, Long[] seqs) throws SQLException {
        if (seqs.length > 0) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setArray(1, connection.createArrayOf("int8", seqs));
                ps.executeUpdate();
            }
        }
    }
}
