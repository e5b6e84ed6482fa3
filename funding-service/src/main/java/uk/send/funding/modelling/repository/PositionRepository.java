package uk.send.funding.modelling.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.funding.modelling.domain.Position;
import uk.send.funding.topup.domain.DecisionChanges;
import uk.send.funding.topup.domain.EhcpTimeline;
import uk.send.funding.topup.domain.PlanChange;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads where each of an LA's EHCPs is placed and with which band on a day, set-wise: the decision log's funding
 * fields are taken out of the jsonb by PostgreSQL (no per-row JSON parsing here), bands from {@code ehcp_band},
 * and each EHCP's day is answered by the top-up feature's own rules ({@link DecisionChanges}, {@link EhcpTimeline}),
 * so the model places every child exactly where its payments do. The result is counted per (setting, band).
 */
@ApplicationScoped
public class PositionRepository {

    private static final String DECISIONS = "select d.ehcp_ref, d.kind, d.payload->>'correctedKind', d.payload->'settingUrns'->>0, "
            + "d.payload->>'bandCode', d.payload->>'effectiveDate', d.decision_date, d.payload->>'reviewOutcome', d.recorded_at "
            + "from ehcp_decision d where d.tenant = ? and d.superseded_by is null "
            + "and d.kind in ('FINAL_PLAN_ISSUED', 'AMENDED_PLAN_ISSUED', 'TRANSFER_IN', 'REVIEW_DECISION', 'CORRECTION')";
    private static final String BANDS = "select ehcp_ref, band_code, effective_from, recorded_at, source from ehcp_band where tenant = ? "
            + "and effective_from <= ?";

    private final EntityManager em;

    public PositionRepository(EntityManager em) {
        this.em = em;
    }

    /** The LA's EHCPs placed on {@code asAt}, counted per setting and band (settings not in the register are left out). */
    public List<Position> positions(String tenant, LocalDate asAt) {
        Map<String, List<PlanChange>> changes = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            readDecisions(c, tenant, changes);
            readBands(c, tenant, asAt, changes);
            readTypes(c, tenant, types);
        });
        Map<String, int[]> counts = new HashMap<>();
        for (List<PlanChange> list : changes.values()) {
            EhcpTimeline timeline = new EhcpTimeline(list);
            String urn = timeline.settingOn(asAt);
            if (urn == null || !types.containsKey(urn)) {
                continue;
            }
            counts.computeIfAbsent(urn + '\u0000' + timeline.bandOn(asAt), k -> new int[1])[0]++;
        }
        List<Position> positions = new ArrayList<>(counts.size());
        counts.forEach((key, n) -> {
            int cut = key.indexOf('\u0000');
            String urn = key.substring(0, cut);
            String band = key.substring(cut + 1);
            positions.add(new Position(urn, types.get(urn), "null".equals(band) ? null : band, n[0]));
        });
        return positions;
    }

    private static void readDecisions(Connection c, String tenant, Map<String, List<PlanChange>> changes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DECISIONS)) {
            ps.setFetchSize(10_000);
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String urn = rs.getString(4);
                    String corrected = rs.getString(3);
                    String effective = rs.getString(6);
                    String outcome = rs.getString(8);
                    Timestamp at = rs.getTimestamp(9);
                    EhcpDecisionRecorded d = new EhcpDecisionRecorded(null, null, rs.getString(1), EhcpDecisionKind.valueOf(rs.getString(2)),
                            rs.getDate(7).toLocalDate(), at == null ? null : at.toInstant(), null, null, null, urn == null ? null : List.of(urn),
                            null, rs.getString(5), effective == null ? null : LocalDate.parse(effective),
                            outcome == null ? null : EhcpDecisionRecorded.ReviewOutcome.valueOf(outcome), null, null, null, null, null, null,
                            corrected == null ? null : EhcpDecisionKind.valueOf(corrected));
                    List<PlanChange> found = DecisionChanges.of(d);
                    if (!found.isEmpty()) {
                        changes.computeIfAbsent(d.ehcpRef(), k -> new ArrayList<>(4)).addAll(found);
                    }
                }
            }
        }
    }

    private static void readBands(Connection c, String tenant, LocalDate asAt, Map<String, List<PlanChange>> changes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BANDS)) {
            ps.setFetchSize(10_000);
            ps.setString(1, tenant);
            ps.setObject(2, asAt);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<PlanChange> list = changes.get(rs.getString(1));
                    if (list != null) {
                        list.add(PlanChange.band(rs.getDate(3).toLocalDate(), rs.getTimestamp(4).toInstant().toEpochMilli(), rs.getString(2),
                                rs.getString(5) + " band " + rs.getString(2)));
                    }
                }
            }
        }
    }

    private static void readTypes(Connection c, String tenant, Map<String, String> types) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select urn, type from setting where tenant = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
        }
    }
}
