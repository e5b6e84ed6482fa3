package uk.send.funding.topup.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.topup.domain.DecisionChanges;
import uk.send.funding.topup.domain.PlanChange;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.send.platform.persistence.CustomPlans;

/**
 * Reads funding-service's EHCP decision log ({@code ehcp_decision}, written by the intake) and the register of
 * settings for pricing. Superseded rows are skipped; only the kinds that move money are read.
 */
@ApplicationScoped
public class DecisionLogRepository {

    private static final String KINDS = DecisionChanges.FUNDING_KINDS.stream().map(k -> "'" + k.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    /**
     * Every EHCP of the LA (both parameters: the LA) with a funding decision or an agreed band: every EHCP whose top-up an
     * approved scheme can change. An EHCP with top-up lines but neither is due nothing whatever the scheme (its lines are
     * cleared when the decision that superseded its last one is drained), so an uplift does not read the LA's 240,000
     * lines a year to find it.
     */
    static final String PRICED_REFS = "select ehcp_ref from ehcp_decision where tenant = ? and superseded_by is null and kind in "
            + KINDS + " union select ehcp_ref from ehcp_band where tenant = ?";

    private final EntityManager em;

    public DecisionLogRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The funding changes of the given EHCPs (null: every EHCP of the LA), by EHCP reference. Only the fields that
     * move money are read, from the plain columns {@code V60} generates from the payload (and the kind a correction
     * applies as, {@code effective_kind}), so a whole LA's log is read without reading or parsing its JSON.
     */
    public Map<String, List<PlanChange>> changes(String tenant, Collection<String> refs) {
        Map<String, List<PlanChange>> byRef = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = CustomPlans.prepare(c, "select ehcp_ref, kind, effective_kind, decision_date, effective_date, recorded_at, "
                    + "setting_urn, band_code, review_outcome from ehcp_decision where tenant = ? "
                    + "and superseded_by is null and kind in " + KINDS + (refs == null ? "" : " and ehcp_ref = any(?)"))) {
                ps.setFetchSize(5000);
                ps.setString(1, tenant);
                if (refs != null) {
                    ps.setArray(2, c.createArrayOf("varchar", refs.toArray()));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<PlanChange> changes = DecisionChanges.of(decision(rs));
                        if (!changes.isEmpty()) {
                            byRef.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).addAll(changes);
                        }
                    }
                }
            }
        });
        return byRef;
    }

    /** The decision as far as funding reads it: the money-moving fields, the rest left out. */
    private static EhcpDecisionRecorded decision(ResultSet rs) throws SQLException {
        EhcpDecisionKind kind = EhcpDecisionKind.valueOf(rs.getString(2));
        Date effective = rs.getDate(5);
        Timestamp recordedAt = rs.getTimestamp(6);
        String urn = rs.getString(7);
        String outcome = rs.getString(9);
        return new EhcpDecisionRecorded(null, null, rs.getString(1), kind, rs.getDate(4).toLocalDate(),
                recordedAt == null ? null : recordedAt.toInstant(), null, null, null, urn == null ? null : List.of(urn), null,
                rs.getString(8), effective == null ? null : effective.toLocalDate(),
                outcome == null ? null : EhcpDecisionRecorded.ReviewOutcome.valueOf(outcome), null, null, null, null, null, null,
                kind == EhcpDecisionKind.CORRECTION ? EhcpDecisionKind.valueOf(rs.getString(3)) : null);
    }

    /** Every setting of the LA's register with the category it is funded as, by URN. */
    public Map<String, FundingCategory> categories(String tenant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select urn, type from setting where tenant = :t").setParameter("t", tenant).getResultList();
        Map<String, FundingCategory> map = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> map.put((String) r[0], FundingCategory.ofSettingType((String) r[1])));
        return map;
    }

}
