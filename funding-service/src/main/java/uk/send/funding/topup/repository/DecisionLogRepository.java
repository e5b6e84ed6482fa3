package uk.send.funding.topup.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.topup.domain.DecisionChanges;
import uk.send.funding.topup.domain.PlanChange;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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
     * move money are taken out of the payload (in SQL), so a whole LA's log is read without parsing its JSON.
     */
    public Map<String, List<PlanChange>> changes(String tenant, Collection<String> refs) {
        Map<String, List<PlanChange>> byRef = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = CustomPlans.prepare(c, "select ehcp_ref, kind, payload ->> 'correctedKind', decision_date, "
                    + "payload ->> 'effectiveDate', payload ->> 'recordedAt', payload -> 'settingUrns' ->> 0, payload ->> 'bandCode', "
                    + "payload ->> 'reviewOutcome' from ehcp_decision where tenant = ? "
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

    /** The decision as far as funding reads it: the money-moving fields of the payload, the rest left out. */
    private static EhcpDecisionRecorded decision(ResultSet rs) throws SQLException {
        String corrected = rs.getString(3);
        String effective = rs.getString(5);
        String recordedAt = rs.getString(6);
        String urn = rs.getString(7);
        String outcome = rs.getString(9);
        return new EhcpDecisionRecorded(null, null, rs.getString(1), EhcpDecisionKind.valueOf(rs.getString(2)), rs.getDate(4).toLocalDate(),
                instant(recordedAt), null, null, null, urn == null ? null : List.of(urn), null,
                rs.getString(8), effective == null ? null : LocalDate.parse(effective),
                outcome == null ? null : EhcpDecisionRecorded.ReviewOutcome.valueOf(outcome), null, null, null, null, null, null,
                corrected == null ? null : EhcpDecisionKind.valueOf(corrected));
    }

    /** An instant as Jackson writes one: ISO-8601, or seconds since the epoch (with a fraction) if dates are written as numbers. */
    private static Instant instant(String json) {
        if (json == null) {
            return null;
        }
        if (json.indexOf('T') > 0) {
            return Instant.parse(json);
        }
        java.math.BigDecimal seconds = new java.math.BigDecimal(json);
        return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
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
