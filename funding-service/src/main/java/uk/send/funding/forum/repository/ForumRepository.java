package uk.send.funding.forum.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import uk.send.funding.forum.domain.VoteThreshold;
import uk.send.funding.forum.domain.ForumDecision;
import uk.send.funding.forum.domain.ForumVote;
import uk.send.funding.forum.domain.MemberCategory;
import uk.send.funding.forum.domain.VoteChoice;
import uk.send.funding.forum.domain.VotingRule;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** All SQL of {@code forum_voting_rule} (each LA's rules) and {@code forum_vote} (members' votes on a proposal). */
@ApplicationScoped
public class ForumRepository {

    private final EntityManager em;

    public ForumRepository(EntityManager em) {
        this.em = em;
    }

    /** The LA's saved rule for the question, locked when asked (to update it). */
    public Optional<VotingRule> rule(String tenant, ForumDecision decision, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select threshold, voters, same_phase_only, total_membership, version from forum_voting_rule "
                        + "where tenant = :t and decision = :d" + (lock ? " for update" : "")).setParameter("t", tenant)
                .setParameter("d", decision.name()).getResultList();
        return rows.stream().findFirst().map(r -> {
            EnumSet<MemberCategory> voters = EnumSet.noneOf(MemberCategory.class);
            Arrays.stream(((String) r[1]).split(",")).map(MemberCategory::valueOf).forEach(voters::add);
            return new VotingRule(decision, VoteThreshold.valueOf((String) r[0]), voters, (Boolean) r[2], Rows.integer(r[3]),
                    ((Number) r[4]).longValue());
        });
    }

    /**
     * Saves the rule at {@code rule.version()} if the saved one is still at {@code expected} (0: none saved yet); false
     * when someone else saved it in between (two first saves racing meet on the primary key and one finds it moved).
     */
    public boolean save(String tenant, VotingRule rule, long expected, String by, Instant at) {
        return em.createNativeQuery("insert into forum_voting_rule (tenant, decision, threshold, voters, same_phase_only, total_membership, updated_by, "
                        + "updated_at, version) values (:t, :d, :th, :voters, :phase, :members, :by, :at, :v) on conflict (tenant, decision) do update set "
                        + "threshold = excluded.threshold, voters = excluded.voters, same_phase_only = excluded.same_phase_only, "
                        + "total_membership = excluded.total_membership, updated_by = excluded.updated_by, updated_at = excluded.updated_at, "
                        + "version = excluded.version where forum_voting_rule.version = :expected").unwrap(NativeQuery.class)
                .setParameter("t", tenant).setParameter("d", rule.decision().name()).setParameter("th", rule.threshold().name())
                .setParameter("voters", rule.voters().stream().map(Enum::name).collect(Collectors.joining(",")))
                .setParameter("phase", rule.samePhaseOnly()).setParameter("members", rule.totalMembership(), Integer.class)
                .setParameter("by", by).setParameter("at", Timestamp.from(at)).setParameter("v", rule.version())
                .setParameter("expected", expected).executeUpdate() == 1;
    }

    public void insertVotes(String tenant, UUID subject, List<ForumVote> votes) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into forum_vote (subject_id, tenant, member_ref, category, choice, counted) "
                    + "values (?, ?, ?, ?, ?, ?)")) {
                for (ForumVote v : votes) {
                    ps.setObject(1, subject);
                    ps.setString(2, tenant);
                    ps.setString(3, v.member());
                    ps.setString(4, v.category().name());
                    ps.setString(5, v.choice().name());
                    ps.setBoolean(6, v.counted());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    public List<ForumVote> votes(String tenant, UUID subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select member_ref, category, choice, counted from forum_vote where tenant = :t and subject_id = :s "
                + "order by member_ref").setParameter("t", tenant).setParameter("s", subject).getResultList();
        return rows.stream().map(r -> new ForumVote((String) r[0], MemberCategory.valueOf((String) r[1]), VoteChoice.valueOf((String) r[2]),
                (Boolean) r[3])).toList();
    }
}
