package uk.send.notification.dispatch.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.send.notification.dispatch.domain.DecodedEvent;
import uk.send.notification.dispatch.service.Dispatcher;
import uk.send.notification.dispatch.service.EventReader;
import uk.send.platform.consumer.DeadLetters;
import uk.send.platform.consumer.InboundEvents;
import uk.send.platform.consumer.PoisonEventException;
import uk.send.platform.consumer.TransientFailures;
import uk.send.platform.events.CloudEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Consumes every service's events in batches (up to {@code max.poll.records}), one transaction per batch:
 * every record is decoded first (CloudEvent and payload), then the batch's event ids are claimed in one statement
 * ({@link InboundEvents#claimAll}) in the same transaction as the inbox notifications and queued deliveries they
 * produce ({@link Dispatcher#dispatchAll}, set-based), so a redelivered or duplicated event changes nothing and a
 * crash never loses a message (the offsets are committed after the transaction). A record that cannot be read, or
 * whose payload does not fit its type, goes to the dead-letter topic (notification.dlq) with the reason, and the rest
 * of the batch goes on; if the batch's transaction fails, its events are retried one by one and only the failing ones
 * are dead-lettered.
 */
@ApplicationScoped
public class PlatformEventConsumer {

    static final String CONSUMER = "notification-inbox";
    private static final Logger LOG = Logger.getLogger(PlatformEventConsumer.class);
    /** Attempts (one a second) while the database is unreachable; well inside max.poll.interval.ms (5 minutes). */
    private static final int DATABASE_PATIENCE = 120;

    private final InboundEvents inbound;
    private final EventReader reader;
    private final Dispatcher dispatcher;
    private final Emitter<String> deadLetters;

    public PlatformEventConsumer(InboundEvents inbound, EventReader reader, Dispatcher dispatcher,
                                 @Channel("platform-dead-letters") Emitter<String> deadLetters) {
        this.inbound = inbound;
        this.reader = reader;
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
    }

    private record Read(DecodedEvent decoded, ConsumerRecord<String, String> record) {
        CloudEvent event() {
            return decoded.event();
        }
    }

    @Incoming("platform-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        List<Read> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            CloudEvent event;
            try {
                event = inbound.parse(record.value());
            } catch (PoisonEventException e) {
                deadLetter(record, e.getMessage());
                continue;
            }
            try {
                batch.add(new Read(new DecodedEvent(event, record.value(), reader.read(event)), record));
            } catch (RuntimeException e) {
                // A payload that does not fit its type's contract: dead-lettered before the batch's transaction, which goes on without it
                deadLetter(record, "could not dispatch " + event.type() + " " + event.id() + ": " + rootCause(e));
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            inTransaction(batch);
        } catch (RuntimeException batchFailed) {
            LOG.warnf("A batch of %d events failed (%s); dispatching them one by one", batch.size(), batchFailed.toString());
            for (Read one : batch) {
                try {
                    inTransaction(List.of(one));
                } catch (RuntimeException e) {
                    deadLetter(one.record(), "could not dispatch " + one.event().type() + " " + one.event().id() + ": " + rootCause(e));
                }
            }
        }
    }

    /**
     * One transaction for these events; while the database is unreachable (restarting, say) the same transaction
     * is tried again every second, for up to {@link #DATABASE_PATIENCE} attempts, instead of dead-lettering good
     * events. The consumer does not poll meanwhile: its partitions wait, nothing is lost or skipped.
     */
    private void inTransaction(List<Read> events) {
        TransientFailures.retrying(DATABASE_PATIENCE, () -> QuarkusTransaction.requiringNew().run(() -> dispatchAll(events)));
    }

    private void dispatchAll(List<Read> batch) {
        Set<String> fresh = inbound.claimAll(CONSUMER, batch.stream().map(Read::event).toList());
        List<DecodedEvent> claimed = new ArrayList<>(fresh.size());
        for (Read r : batch) {
            // remove: the same event twice in one batch is dispatched once
            if (fresh.remove(r.event().id())) {
                claimed.add(r.decoded());
            }
        }
        dispatcher.dispatchAll(claimed);
    }

    private void deadLetter(ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("Event dead-lettered: %s", reason);
        DeadLetters.send(deadLetters, record, reason);
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
