package uk.send.funding.banding.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.funding.banding.domain.BandAgreement;
import uk.send.funding.topup.domain.PlanChange;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** All SQL of {@code ehcp_band}: the bands agreed per EHCP. */
@ApplicationScoped
public class BandAgreementRepository {

    private static final TypeReference<Map<String, Integer>> LEVELS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper mapper;

    public BandAgreementRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    public void insert(String tenant, BandAgreement a) {
        em.createNativeQuery("insert into ehcp_band (id, tenant, ehcp_ref, band_code, effective_from, panel_date, suggested_band, "
                        + "matrix_version, needs_levels, reason, source, scheme_id, recorded_by, recorded_at) values (:id, :t, :ref, :band, :from, "
                        + ":panel, :suggested, :mv, cast(:levels as jsonb), :reason, :source, :scheme, :by, :at)")
                .setParameter("id", a.id()).setParameter("t", tenant).setParameter("ref", a.ehcpRef()).setParameter("band", a.bandCode())
                .setParameter("from", a.effectiveFrom()).setParameter("panel", a.panelDate()).setParameter("suggested", a.suggestedBand())
                .setParameter("mv", a.matrixVersion()).setParameter("levels", a.needsLevels() == null ? null : write(a.needsLevels()))
                .setParameter("reason", a.reason()).setParameter("source", a.source().name()).setParameter("scheme", a.schemeId())
                .setParameter("by", a.recordedBy()).setParameter("at", Timestamp.from(a.recordedAt())).executeUpdate();
    }

    /** The band changes of the given EHCPs (null: all of the LA's), by EHCP reference, ordered by record time. */
    public Map<String, List<PlanChange>> changes(String tenant, Collection<String> refs) {
        var q = em.createNativeQuery("select ehcp_ref, band_code, effective_from, recorded_at, source, panel_date from ehcp_band where tenant = :t"
                + (refs == null ? "" : " and ehcp_ref in (:refs)")).setParameter("t", tenant);
        if (refs != null) {
            q.setParameter("refs", refs);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Map<String, List<PlanChange>> byRef = new HashMap<>();
        for (Object[] r : rows) {
            Instant at = toInstant(r[3]);
            byRef.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(PlanChange.agreed(toLocalDate(r[2]), at.toEpochMilli(),
                    (String) r[1], BandAgreement.Source.APPEAL.name().equals(r[4]), toLocalDate(r[5]), r[4] + " band " + r[1] + " from " + toLocalDate(r[2])));
        }
        return byRef;
    }

    public List<BandAgreement> history(String tenant, String ref) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, ehcp_ref, band_code, effective_from, panel_date, suggested_band, matrix_version, "
                        + "cast(needs_levels as text), reason, source, scheme_id, recorded_by, recorded_at from ehcp_band "
                        + "where tenant = :t and ehcp_ref = :r order by effective_from, recorded_at limit 500")
                .setParameter("t", tenant).setParameter("r", ref).getResultList();
        return rows.stream().map(r -> new BandAgreement((UUID) r[0], (String) r[1], (String) r[2], toLocalDate(r[3]), toLocalDate(r[4]),
                (String) r[5], r[6] == null ? null : ((Number) r[6]).intValue(), r[7] == null ? null : read((String) r[7]),
                (String) r[8], BandAgreement.Source.valueOf((String) r[9]), (UUID) r[10], (String) r[11], toInstant(r[12]))).toList();
    }

    private static LocalDate toLocalDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }

    private String write(Map<String, Integer> levels) {
        try {
            return mapper.writeValueAsString(levels);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Integer> read(String json) {
        try {
            return mapper.readValue(json, LEVELS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
