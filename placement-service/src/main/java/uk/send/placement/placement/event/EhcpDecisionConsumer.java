package uk.send.placement.placement.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.send.placement.placement.service.PlacementService;
import uk.send.platform.consumer.InboundEvents;
import uk.send.platform.consumer.PoisonEventException;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EventTypes;

/**
 * Consumes funding-service's EHCP decisions. The event id is claimed in the same transaction as the
 * placements it changes, so a redelivery changes nothing; the EHCP's placements are recomputed from all
 * its decisions, so order of arrival does not matter. An unreadable event fails here and goes to the
 * dead-letter topic {@code placement.dlq} with its reason; consumption goes on. Other event types on
 * {@code funding.events} are not ours and are skipped.
 */
@ApplicationScoped
public class EhcpDecisionConsumer {

    static final String CONSUMER = "placement-ehcp-decisions";

    private final InboundEvents inbound;
    private final PlacementService placements;

    public EhcpDecisionConsumer(InboundEvents inbound, PlacementService placements) {
        this.inbound = inbound;
        this.placements = placements;
    }

    @Incoming("ehcp-decisions")
    @Blocking
    @Transactional
    public void consume(String value) {
        // One pass over the record, as plan-service reads these events: the decision and its JSON as it came.
        InboundEvents.Read<EhcpDecisionRecorded> read = inbound.parse(value, EventTypes.EHCP_DECISION_RECORDED, EhcpDecisionRecorded.class);
        if (read == null) {
            return;
        }
        CloudEvent event = read.event();
        EhcpDecisionRecorded decision = read.data();
        if (decision.ehcpRef() == null || decision.ehcpRef().isBlank() || decision.kind() == null || decision.decisionDate() == null
                || decision.sourceId() == null || decision.decisionId() == null) {
            throw new PoisonEventException("EHCP decision lacks decisionId, sourceId, ehcpRef, kind or decisionDate");
        }
        if (!inbound.claim(CONSUMER, event)) {
            return;
        }
        placements.onDecision(event.tenant(), decision, read.dataJson());
    }
}
