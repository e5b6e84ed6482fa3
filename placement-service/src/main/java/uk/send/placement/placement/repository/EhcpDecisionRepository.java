package uk.send.placement.placement.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.platform.events.EhcpDecisionRecorded;

import java.sql.Timestamp;
import java.util.List;

/** The EHCP decisions placement-service has received, kept so that placements are recomputed from all of them. */
@ApplicationScoped
public class EhcpDecisionRepository {

    private final EntityManager em;

    public EhcpDecisionRepository(EntityManager em) {
        this.em = em;
    }

    /** Keeps a decision; a second copy of the same decision changes nothing. */
    public void record(String tenant, EhcpDecisionRecorded d, String payloadJson) {
        em.createNativeQuery("insert into ehcp_decision_seen (tenant, ehcp_ref, decision_id, source_id, kind, decision_date, recorded_at, payload) "
                        + "values (:t, :ref, :id, :src, :kind, :date, :rec, cast(:payload as jsonb)) on conflict do nothing")
                .setParameter("t", tenant).setParameter("ref", d.ehcpRef()).setParameter("id", d.decisionId())
                .setParameter("src", d.sourceId()).setParameter("kind", d.kind().name()).setParameter("date", d.decisionDate())
                .setParameter("rec", d.recordedAt() == null ? null : Timestamp.from(d.recordedAt()))
                .setParameter("payload", payloadJson).executeUpdate();
    }

    /** Takes the EHCP's row lock until the transaction ends: one EHCP's recomputes never interleave. */
    public void lock(String tenant, String ehcpRef) {
        em.createNativeQuery("insert into ehcp_placement_lock (tenant, ehcp_ref) values (:t, :ref) on conflict do nothing")
                .setParameter("t", tenant).setParameter("ref", ehcpRef).executeUpdate();
        em.createNativeQuery("select 1 from ehcp_placement_lock where tenant = :t and ehcp_ref = :ref for update")
                .setParameter("t", tenant).setParameter("ref", ehcpRef).getResultList();
    }

    /** The JSON payloads of all the EHCP's decisions. */
    @SuppressWarnings("unchecked")
    public List<String> payloads(String tenant, String ehcpRef) {
        return em.createNativeQuery("select cast(payload as text) from ehcp_decision_seen where tenant = :t and ehcp_ref = :ref order by decision_id")
                .setParameter("t", tenant).setParameter("ref", ehcpRef).getResultList();
    }
}
