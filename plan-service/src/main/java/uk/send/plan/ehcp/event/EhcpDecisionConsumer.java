package uk.send.plan.ehcp.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EventTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Consumes funding-service's {@code uk.send.funding.ehcp.decision-recorded.v1} events from {@code funding.events}
 * (other types are skipped) in batches, one transaction per batch: the event ids are claimed with the effect
 * ({@link InboundEvents#claimAll}), so a redelivered or repeated event changes nothing. A record that is not a
 * readable decision goes to the dead-letter topic {@code plan.dlq} with the reason (header
 * {@code dead-letter-reason}, as notification-service's consumer does), and the rest of the batch goes on; if
 * the batch still fails, its records are retried one by one and only the failing ones are dead-lettered.
 */
@ApplicationScoped
public class EhcpDecisionConsumer {

    static final String CONSUMER = "plan-ehcp-timelines";
    private static final Logger LOG = Logger.getLogger(EhcpDecisionConsumer.class);

    private final InboundEvents inbound;
    private final EhcpTimelineService timelines;
    private final ObjectMapper mapper;
    private final Emitter<String> deadLetters;

    public EhcpDecisionConsumer(InboundEvents inbound, EhcpTimelineService timelines, ObjectMapper mapper,
                                @Channel("ehcp-dead-letters") Emitter<String> deadLetters) {
        this.inbound = inbound;
        this.timelines = timelines;
        this.mapper = mapper;
        this.deadLetters = deadLetters;
    }

    private record Read(CloudEvent event, ReceivedDecision decision) {
    }

    @Incoming("ehcp-decisions")
    @Blocking
    public void consume(List<String> values) {
        List<Read> batch = new ArrayList<>(values.size());
        for (String value : values) {
            try {
                Read read = read(value);
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
            QuarkusTransaction.requiringNew().run(() -> applyAll(batch));
        } catch (RuntimeException batchFailed) {
            LOG.warnf(batchFailed, "A batch of %d EHCP decisions failed; applying them one by one", batch.size());
            for (Read one : batch) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> applyAll(List.of(one)));
                } catch (RuntimeException e) {
                    deadLetter(one.decision().payloadJson(), "could not apply EHCP decision " + one.decision().decision().sourceId() + ": " + e);
                }
            }
        }
    }

    private void applyAll(List<Read> batch) {
        Set<String> fresh = inbound.claimAll(CONSUMER, batch.stream().map(Read::event).toList());
        List<ReceivedDecision> decisions = batch.stream().filter(r -> fresh.remove(r.event().id())).map(Read::decision).toList();
        timelines.apply(decisions);
    }

    /** The decision in a record value; null for another event type; poison if it cannot be read. */
    private Read read(String value) {
        CloudEvent event = inbound.parse(value);
        if (!EventTypes.EHCP_DECISION_RECORDED.equals(event.type())) {
            return null;
        }
        EhcpDecisionRecorded d = inbound.data(event, EhcpDecisionRecorded.class);
        if (d.sourceId() == null || d.sourceId().isBlank() || d.ehcpRef() == null || d.ehcpRef().isBlank() || d.kind() == null
                || d.decisionDate() == null) {
            throw new PoisonEventException("EHCP decision lacks sourceId, ehcpRef, kind or decisionDate");
        }
        if (d.sourceId().length() > 100 || d.ehcpRef().length() > 64 || (d.caseOfficerId() != null && d.caseOfficerId().length() > 200)) {
            throw new PoisonEventException("EHCP decision's sourceId, ehcpRef or caseOfficerId is too long");
        }
        try {
            String payload = mapper.writeValueAsString(event.data());
            // Only the id and type are needed from here on (to claim the event): the data's JSON tree, the bulk of a
            // batch's memory, is let go at once.
            CloudEvent claimed = new CloudEvent(event.specversion(), event.id(), event.source(), event.type(), event.subject(), event.time(),
                    event.datacontenttype(), event.tenant(), null, event.traceparent());
            return new Read(claimed, new ReceivedDecision(event.tenant(), d, payload));
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("data cannot be written back as JSON", e);
        }
    }

    private void deadLetter(String value, String reason) {
        LOG.warnf("EHCP decision dead-lettered: %s", reason);
        DeadLetters.send(deadLetters, value, reason, "funding.events");
    }
}
