package uk.send.plan.ehcp.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.plan.deadline.domain.DeadlineRule;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Records the deadline scan's notices for EHCP clocks, in one statement, and returns what it recorded. */
@ApplicationScoped
public class EhcpClockNoticeRepository {

    /** A notice recorded now, with what its event needs. */
    public record Noticed(String tenant, String ehcpRef, String clockKey, String rule, String kind, int leadDays, LocalDate startedOn,
                          LocalDate dueOn, String caseOfficerId) {
    }

    /**
     * Same shape as the programme deadline scan: the rule's bands of due dates select open LA clocks, notices
     * already recorded are left out, the rest are inserted (in EHCP and due-date order) and returned.
     */
    private static final String RECORD = """
            with band (low, high, kind, lead_days) as (
                select cast(b.low as date), cast(b.high as date), b.kind, b.lead_days
                from unnest(cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as int[])) as b (low, high, kind, lead_days)
            ), due as (
                select c.tenant, c.ehcp_ref, c.clock_key, c.due_on, b.kind, b.lead_days
                from ehcp_clock c
                join band b on c.due_on <= b.high and (b.low is null or c.due_on >= b.low)
                where c.state = 'OPEN' and c.la_must_act and c.due_on <= ?
                  and (cast(? as varchar) is null or c.tenant = cast(? as varchar))
                  and not exists (select 1 from ehcp_clock_notice n
                                  where n.tenant = c.tenant and n.ehcp_ref = c.ehcp_ref and n.clock_key = c.clock_key
                                    and n.kind = b.kind and n.lead_days = b.lead_days and n.due_on = c.due_on)
            ), noticed as (
                insert into ehcp_clock_notice (tenant, ehcp_ref, clock_key, kind, lead_days, due_on, scan_date, created_at)
                select tenant, ehcp_ref, clock_key, kind, lead_days, due_on, ?, ? from due order by tenant, ehcp_ref, due_on
                returning tenant, ehcp_ref, clock_key, kind, lead_days, due_on
            )
            select n.tenant, n.ehcp_ref, n.clock_key, c.rule, n.kind, n.lead_days, c.started_on, n.due_on, c.case_officer_id
            from noticed n join ehcp_clock c on c.tenant = n.tenant and c.ehcp_ref = n.ehcp_ref and c.clock_key = n.clock_key
            order by n.tenant, n.ehcp_ref, n.due_on, n.clock_key""";

    private final EntityManager em;

    public EhcpClockNoticeRepository(EntityManager em) {
        this.em = em;
    }

    public List<Noticed> record(List<DeadlineRule.Band> bands, LocalDate dueOnOrBefore, LocalDate today, String tenant) {
        List<Noticed> out = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(RECORD)) {
                ps.setArray(1, connection.createArrayOf("varchar", bands.stream().map(b -> b.low() == null ? null : b.low().toString()).toArray()));
                ps.setArray(2, connection.createArrayOf("varchar", bands.stream().map(b -> b.high().toString()).toArray()));
                ps.setArray(3, connection.createArrayOf("varchar", bands.stream().map(b -> b.notice().kind().name()).toArray()));
                ps.setArray(4, connection.createArrayOf("int4", bands.stream().map(b -> b.notice().leadDays()).toArray()));
                ps.setObject(5, dueOnOrBefore);
                ps.setString(6, tenant);
                ps.setString(7, tenant);
                ps.setObject(8, today);
                ps.setTimestamp(9, Timestamp.from(Instant.now()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Noticed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9)));
                    }
                }
            }
        });
        return out;
    }
}
