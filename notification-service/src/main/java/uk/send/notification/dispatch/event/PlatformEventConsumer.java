package uk.send.notification.dispatch.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.send.notification.dispatch.service.Dispatcher;
import uk.send.platform.consumer.InboundEvents;
import uk.send.platform.events.CloudEvent;

/**
 * Consumes every service's events. The event id is claimed in the same transaction as the inbox
 * notifications and queued deliveries it produces, so a redelivered or duplicated event changes nothing
 * and a crash never loses a message; an event that cannot be read fails here and goes to the
 * dead-letter topic (notification.dlq) with the reason, and consumption goes on.
 */
@ApplicationScoped
public class PlatformEventConsumer {

    static final String CONSUMER = "notification-inbox";

    private final InboundEvents inbound;
    private final Dispatcher dispatcher;

    public PlatformEventConsumer(InboundEvents inbound, Dispatcher dispatcher) {
        this.inbound = inbound;
        this.dispatcher = dispatcher;
    }

    @Incoming("platform-events")
    @Blocking
    @Transactional
    public void consume(String value) {
        CloudEvent event = inbound.parse(value);
        if (!inbound.claim(CONSUMER, event)) {
            return;
        }
        dispatcher.dispatch(event, value);
    }
}
