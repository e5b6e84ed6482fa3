package uk.send.funding.forum.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import uk.send.funding.forum.domain.BlockTransfer;
import uk.send.funding.forum.domain.BlockTransferStatus;
import uk.send.funding.forum.domain.DisapplicationOutcome;
import uk.send.funding.forum.domain.Tally;
import uk.send.funding.money.domain.FinancialYear;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All SQL of {@code block_transfer}, always within the caller's LA. */
@ApplicationScoped
public class BlockTransferRepository {

    private static final String COLUMNS = "id, financial_year, amount, schools_block_total, reason, needs_disapplication, status, "
            + "forum_supported, meeting_date, minute_ref, votes_for, votes_against, abstentions, not_eligible, quorate, "
            + "disapplication_requested_on, disapplication_outcome, disapplication_decided_on, disapplication_ref, agreed_on, "
            + "created_by, created_at, updated_at, version";

    private final EntityManager em;

    public BlockTransferRepository(EntityManager em) {
        this.em = em;
    }

    public void insert(String tenant, BlockTransfer t) {
        bind(native_("insert into block_transfer (tenant, " + COLUMNS + ") values (:tenant, :id, :fy, :amount, :total, :reason, :needs, "
                + ":status, :supported, :meeting, :minute, :for, :against, :abstain, :ineligible, :quorate, :requested, :outcome, :decided, "
                + ":ref, :agreed, :by, :at, :updated, :v)"), tenant, t).setParameter("by", t.createdBy())
                .setParameter("at", Rows.timestamp(t.createdAt())).executeUpdate();
    }

    /** Writes the transfer's current state; the caller holds its row lock and has checked its version. */
    public void update(String tenant, BlockTransfer t) {
        bind(native_("update block_transfer set financial_year = :fy, amount = :amount, schools_block_total = :total, reason = :reason, "
                + "needs_disapplication = :needs, status = :status, forum_supported = :supported, meeting_date = :meeting, minute_ref = :minute, "
                + "votes_for = :for, votes_against = :against, abstentions = :abstain, not_eligible = :ineligible, quorate = :quorate, "
                + "disapplication_requested_on = :requested, disapplication_outcome = :outcome, disapplication_decided_on = :decided, "
                + "disapplication_ref = :ref, agreed_on = :agreed, updated_at = :updated, version = :v where tenant = :tenant and id = :id"), tenant, t)
                .executeUpdate();
    }

    private NativeQuery<?> native_(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class);
    }

    private static NativeQuery<?> bind(NativeQuery<?> q, String tenant, BlockTransfer t) {
        Tally y = t.tally();
        return q.setParameter("tenant", tenant).setParameter("id", t.id()).setParameter("fy", t.financialYear().startYear())
                .setParameter("amount", t.amount()).setParameter("total", t.schoolsBlockTotal()).setParameter("reason", t.reason())
                .setParameter("needs", t.needsDisapplication()).setParameter("status", t.status().name())
                .setParameter("supported", t.forumSupported(), Boolean.class).setParameter("meeting", t.meetingDate(), LocalDate.class)
                .setParameter("minute", t.minuteRef(), String.class)
                .setParameter("for", y == null ? null : y.votesFor(), Integer.class)
                .setParameter("against", y == null ? null : y.votesAgainst(), Integer.class)
                .setParameter("abstain", y == null ? null : y.abstentions(), Integer.class)
                .setParameter("ineligible", y == null ? null : y.notEligible(), Integer.class)
                .setParameter("quorate", y == null ? null : y.quorate(), Boolean.class)
                .setParameter("requested", t.disapplicationRequestedOn(), LocalDate.class)
                .setParameter("outcome", t.disapplicationOutcome() == null ? null : t.disapplicationOutcome().name(), String.class)
                .setParameter("decided", t.disapplicationDecidedOn(), LocalDate.class)
                .setParameter("ref", t.disapplicationRef(), String.class).setParameter("agreed", t.agreedOn(), LocalDate.class)
                .setParameter("updated", Rows.timestamp(t.updatedAt())).setParameter("v", t.version());
    }

    public Optional<BlockTransfer> find(String tenant, UUID id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from block_transfer where tenant = :t and id = :id"
                + (lock ? " for update" : "")).setParameter("t", tenant).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(BlockTransferRepository::toDomain);
    }

    /** The LA's transfers for the year that are not refused, locked: a year has one live transfer at a time. */
    public List<UUID> liveInYear(String tenant, FinancialYear year) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from block_transfer where tenant = :t and financial_year = :fy and status <> 'REFUSED' "
                + "for update").setParameter("t", tenant).setParameter("fy", year.startYear()).getResultList();
        return ids;
    }

    public List<BlockTransfer> page(String tenant, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from block_transfer where tenant = :t "
                + "order by financial_year desc, created_at desc, id offset :o limit :l").setParameter("t", tenant).setParameter("o", offset)
                .setParameter("l", limit).getResultList();
        return rows.stream().map(BlockTransferRepository::toDomain).toList();
    }

    public long count(String tenant) {
        return ((Number) em.createNativeQuery("select count(*) from block_transfer where tenant = :t").setParameter("t", tenant)
                .getSingleResult()).longValue();
    }

    private static BlockTransfer toDomain(Object[] r) {
        BlockTransferStatus status = BlockTransferStatus.valueOf((String) r[6]);
        Tally tally = r[10] == null ? null : new Tally(Rows.integer(r[10]), Rows.integer(r[11]), Rows.integer(r[12]), Rows.integer(r[13]),
                r[14] == null || (Boolean) r[14], Boolean.TRUE.equals(r[7]), List.of());
        return new BlockTransfer((UUID) r[0], new FinancialYear(Rows.integer(r[1])), Rows.money(r[2]), Rows.money(r[3]), (String) r[4],
                (Boolean) r[5], status, (Boolean) r[7], Rows.date(r[8]), (String) r[9], tally, Rows.date(r[15]),
                r[16] == null ? null : DisapplicationOutcome.valueOf((String) r[16]), Rows.date(r[17]), (String) r[18], Rows.date(r[19]),
                (String) r[20], Rows.instant(r[21]), Rows.instant(r[22]), ((Number) r[23]).longValue());
    }
}
