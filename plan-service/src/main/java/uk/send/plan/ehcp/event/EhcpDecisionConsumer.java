package uk.send.plan.ehcp.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.send.plan.ehcp.repository.EhcpTimelineRepository.ReceivedDecision;
import uk.send.plan.ehcp.service.EhcpTimelineService;
import uk.send.platform.consumer.DeadLetters;
import uk.send.platform.consumer.InboundEvents;
import uk.send.platform.consumer.PoisonEventException;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EventTypes;

import java.util.ArrayList;
import java.util.List;

/**
 * Consumes funding-service's {@code uk.send.funding.ehcp.decision-recorded.v1} events from {@code funding.events}
 * (other types are skipped) in batches, one transaction per batch. Unlike the platform's other consumers it claims no
 * event ids ({@link InboundEvents#claimAll}): the decision itself is the claim. Its row is keyed by LA and the CMS's
 * sourceId, which funding-service never publishes for two different decisions, so a redelivered or repeated event
 * stores nothing and rebuilds the timeline already stored, which writes and announces nothing
 * ({@link EhcpTimelineService#apply}); a claim row per decision (200,000 for an LA's onboarding history) would only
 * say the same again. A record that is not a
 * readable decision goes to the dead-letter topic {@code plan.dlq} with the reason (header
 * {@code dead-letter-reason}, as notification-service's consumer does), and the rest of the batch goes on; if
 * the batch still fails, its records are retried one by one and only the failing ones are dead-lettered.
 */
@ApplicationScoped
public class EhcpDecisionConsumer {

    private static final Logger LOG = Logger.getLogger(EhcpDecisionConsumer.class);

    private final InboundEvents inbound;
    private final EhcpTimelineService timelines;
    private final Emitter<String> deadLetters;

    public EhcpDecisionConsumer(InboundEvents inbound, EhcpTimelineService timelines,
                                @Channel("ehcp-dead-letters") Emitter<String> deadLetters) {
        this.inbound = inbound;
        this.timelines = timelines;
        this.deadLetters = deadLetters;
    }

    @Incoming("ehcp-decisions")
    @Blocking
    public void consume(List<String> values) {
        List<ReceivedDecision> batch = new ArrayList<>(values.size());
        for (String value : values) {
            try {
                ReceivedDecision read = read(value);
                if (read != null) {
                    batch.add(read);
                }
            } catch (PoisonEventException e) {
                deadLetter(value, e.getMessage());
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> timelines.apply(batch));
        } catch (RuntimeException batchFailed) {
            LOG.warnf(batchFailed, "A batch of %d EHCP decisions failed; applying them one by one", batch.size());
            for (ReceivedDecision one : batch) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> timelines.apply(List.of(one)));
                } catch (RuntimeException e) {
                    deadLetter(one.payloadJson(), "could not apply EHCP decision " + one.decision().sourceId() + ": " + e);
                }
            }
        }
    }

    /** The decision in a record value; null for another event type; poison if it cannot be read. */
    private ReceivedDecision read(String value) {
        // One pass over the record: the decision read straight from its text, and its JSON kept as it came.
        InboundEvents.Read<EhcpDecisionRecorded> read = inbound.parse(value, EventTypes.EHCP_DECISION_RECORDED, EhcpDecisionRecorded.class);
        if (read == null) {
            return null;
        }
        EhcpDecisionRecorded d = read.data();
        if (d.sourceId() == null || d.sourceId().isBlank() || d.ehcpRef() == null || d.ehcpRef().isBlank() || d.kind() == null
                || d.decisionDate() == null) {
            throw new PoisonEventException("EHCP decision lacks sourceId, ehcpRef, kind or decisionDate");
        }
        if (d.sourceId().length() > 100 || d.ehcpRef().length() > 64 || (d.caseOfficerId() != null && d.caseOfficerId().length() > 200)) {
            throw new PoisonEventException("EHCP decision's sourceId, ehcpRef or caseOfficerId is too long");
        }
        return new ReceivedDecision(read.event().tenant(), d, read.dataJson());
    }

    private void deadLetter(String value, String reason) {
        LOG.warnf("EHCP decision dead-lettered: %s", reason);
        DeadLetters.send(deadLetters, value, reason, "funding.events");
    }
}
