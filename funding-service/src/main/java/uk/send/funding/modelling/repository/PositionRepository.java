package uk.send.funding.modelling.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.send.funding.banding.domain.BandAgreement;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads where each of an LA's EHCPs is placed and with which band on a day, set-wise: the decision log's funding
 * fields come from the plain columns PostgreSQL generates from each payload (no jsonb is read), dates come as dates and instants as epoch milliseconds (no
 * per-row text or calendar parsing here), bands from {@code ehcp_band}, and each EHCP's day is answered by the
 * top-up feature's own rules ({@link DecisionChanges}, {@link EhcpTimeline}), so the model places every child
 * exactly where its payments do. The result is counted per (setting, band) and, when asked, per matrix scores of
 * the band agreement in force (a proposal that re-bands from a matrix needs them).
 */
@ApplicationScoped
public class PositionRepository {

    /**
     * The current decisions that can move a child or change its band, from the plain columns V60 generates from each
     * payload (a correction as the kind it corrects): an index-only scan of {@code ehcp_decision_position}, no jsonb.
     */
    private static final String DECISIONS = "select d.ehcp_ref, d.effective_kind, d.setting_urn, d.band_code, d.effective_date, "
            + "d.decision_date, d.review_outcome, floor(extract(epoch from d.recorded_at) * 1000)::bigint "
            + "from ehcp_decision d where d.tenant = ? and d.superseded_by is null "
            + "and d.effective_kind in ('FINAL_PLAN_ISSUED', 'AMENDED_PLAN_ISSUED', 'TRANSFER_IN', 'REVIEW_DECISION')";
    private static final String BANDS = "select ehcp_ref, band_code, effective_from, floor(extract(epoch from recorded_at) * 1000)::bigint, "
            + "source, %s, panel_date from ehcp_band where tenant = ? and effective_from <= ?";
    private static final TypeReference<Map<String, Integer>> LEVELS = new TypeReference<>() {
    };

    /**
     * What the positions are counted by. equals and hashCode are written out: a record's generated ones go through
     * method handles that the launcher's C1-only JIT leaves slow, and a large LA counts 20,000 EHCPs per model.
     */
    private record Key(String urn, String band, Map<String, Integer> levels) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && urn.equals(k.urn) && Objects.equals(band, k.band) && Objects.equals(levels, k.levels);
        }

        @Override
        public int hashCode() {
            return (urn.hashCode() * 31 + Objects.hashCode(band)) * 31 + Objects.hashCode(levels);
        }
    }

    private final EntityManager em;
    private final ObjectMapper mapper;

    public PositionRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /**
     * The LA's EHCPs placed on {@code asAt}, counted per setting and band and, if {@code withScores}, per the matrix
     * scores of the band agreement in force (null where it holds none); settings not in the register are left out.
     */
    public List<Position> positions(String tenant, LocalDate asAt, boolean withScores) {
        // sized for a large LA's EHCPs (20,000) so that filling it never rehashes
        Map<String, List<PlanChange>> changes = new HashMap<>(1 << 15);
        Map<PlanChange, Map<String, Integer>> scores = new IdentityHashMap<>();
        Map<String, String> types = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            readDecisions(c, tenant, changes);
            readBands(c, tenant, asAt, withScores, changes, scores);
            readTypes(c, tenant, types);
        });
        Map<Key, int[]> counts = new HashMap<>();
        for (List<PlanChange> list : changes.values()) {
            EhcpTimeline timeline = new EhcpTimeline(list);
            String urn = timeline.settingOn(asAt);
            if (urn == null || !types.containsKey(urn)) {
                continue;
            }
            PlanChange band = timeline.bandChangeOn(asAt);
            Key key = new Key(urn, band == null ? null : band.bandCode(), band == null ? null : scores.get(band));
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
        }
        List<Position> positions = new ArrayList<>(counts.size());
        counts.forEach((k, n) -> positions.add(new Position(k.urn(), types.get(k.urn()), k.band(), k.levels(), n[0])));
        return positions;
    }

    private static void readDecisions(Connection c, String tenant, Map<String, List<PlanChange>> changes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DECISIONS)) {
            ps.setFetchSize(10_000);
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String urn = rs.getString(3);
                    String outcome = rs.getString(7);
                    long at = rs.getLong(8);
                    Instant recorded = rs.wasNull() ? null : Instant.ofEpochMilli(at);
                    EhcpDecisionRecorded d = new EhcpDecisionRecorded(null, null, rs.getString(1), EhcpDecisionKind.valueOf(rs.getString(2)),
                            rs.getObject(6, LocalDate.class), recorded, null, null, null, urn == null ? null : List.of(urn),
                            null, rs.getString(4), rs.getObject(5, LocalDate.class),
                            outcome == null ? null : EhcpDecisionRecorded.ReviewOutcome.valueOf(outcome), null, null, null, null, null, null, null);
                    List<PlanChange> found = DecisionChanges.of(d);
                    if (!found.isEmpty()) {
                        changes.computeIfAbsent(d.ehcpRef(), k -> new ArrayList<>(4)).addAll(found);
                    }
                }
            }
        }
    }

    private void readBands(Connection c, String tenant, LocalDate asAt, boolean withScores, Map<String, List<PlanChange>> changes,
                           Map<PlanChange, Map<String, Integer>> scores) throws SQLException {
        Map<String, Map<String, Integer>> parsed = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(BANDS.formatted(withScores ? "needs_levels::text" : "null"))) {
            ps.setFetchSize(10_000);
            ps.setString(1, tenant);
            ps.setObject(2, asAt);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<PlanChange> list = changes.get(rs.getString(1));
                    if (list == null) {
                        continue;
                    }
                    PlanChange band = PlanChange.agreed(rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(2),
                            BandAgreement.Source.APPEAL.name().equals(rs.getString(5)), rs.getObject(7, LocalDate.class), rs.getString(5) + " band " + rs.getString(2));
                    list.add(band);
                    String levels = rs.getString(6);
                    if (levels != null) {
                        scores.put(band, parsed.computeIfAbsent(levels, this::levels));
                    }
                }
            }
        }
    }

    private Map<String, Integer> levels(String json) {
        try {
            Map<String, Integer> levels = mapper.readValue(json, LEVELS);
            return levels == null ? null : Map.copyOf(levels);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ehcp_band holds needs levels that are not a map of levels", e);
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
