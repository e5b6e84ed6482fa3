package uk.send.funding.topup.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.send.funding.ehcp.domain.EhcpDecisionAccepted;
import uk.send.funding.ehcp.domain.EhcpDecisionsAccepted;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes a decision into the log and fires {@link EhcpDecisionAccepted} and {@link EhcpDecisionsAccepted} (which
 * top-up observes) in the same transaction, the way the EHCP decision intake does, so the top-up tests run
 * without the intake.
 */
@ApplicationScoped
public class DecisionLogHelper {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Event<EhcpDecisionAccepted> accepted;
    private final Event<EhcpDecisionsAccepted> acceptedAll;

    public DecisionLogHelper(EntityManager em, ObjectMapper mapper, Event<EhcpDecisionAccepted> accepted,
                             Event<EhcpDecisionsAccepted> acceptedAll) {
        this.em = em;
        this.mapper = mapper;
        this.accepted = accepted;
        this.acceptedAll = acceptedAll;
    }

    public static EhcpDecisionRecorded plan(EhcpDecisionKind kind, String ref, LocalDate decided, LocalDate effective, String urn, String band) {
        return new EhcpDecisionRecorded(UUID.randomUUID(), "CMS-" + UUID.randomUUID(), ref, kind, decided, Instant.now(), 5, null, null,
                urn == null ? null : List.of(urn), List.of("ASD"), band, effective, null, null, null, null, null, null, null, null);
    }

    public static EhcpDecisionRecorded cease(String ref, LocalDate decided, LocalDate effective) {
        return new EhcpDecisionRecorded(UUID.randomUUID(), "CMS-" + UUID.randomUUID(), ref, EhcpDecisionKind.REVIEW_DECISION, decided,
                Instant.now(), 5, null, null, null, null, null, effective, EhcpDecisionRecorded.ReviewOutcome.CEASE, "MOVED_OUT", null,
                null, null, null, null, null);
    }

    @Transactional
    public void record(String tenant, EhcpDecisionRecorded d) {
        try {
            em.createNativeQuery("insert into ehcp_decision (id, tenant, source_id, ehcp_ref, kind, effective_kind, decision_date, recorded_at, payload) "
                            + "values (:id, :t, :s, :r, :k, :ek, :d, :at, cast(:p as jsonb))")
                    .setParameter("id", d.decisionId()).setParameter("t", tenant).setParameter("s", d.sourceId())
                    .setParameter("r", d.ehcpRef()).setParameter("k", d.kind().name())
                    .setParameter("ek", (d.correctedKind() != null ? d.correctedKind() : d.kind()).name()).setParameter("d", d.decisionDate())
                    .setParameter("at", Timestamp.from(d.recordedAt())).setParameter("p", mapper.writeValueAsString(d)).executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        accepted.fire(new EhcpDecisionAccepted(tenant, d));
        acceptedAll.fire(new EhcpDecisionsAccepted(tenant, List.of(d)));
    }
}
