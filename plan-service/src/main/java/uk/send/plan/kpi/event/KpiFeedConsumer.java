package uk.send.plan.kpi.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.send.plan.kpi.domain.FedFigures;
import uk.send.plan.kpi.service.KpiFeeds;
import uk.send.platform.consumer.DeadLetters;
import uk.send.platform.consumer.InboundEvents;
import uk.send.platform.consumer.PoisonEventException;
import uk.send.platform.consumer.TransientFailures;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ExceptionalSpendMonthly;
import uk.send.platform.events.PlacementCounts;

import java.time.DateTimeException;
import java.util.List;

/**
 * Consumes the figures other services publish for programme KPIs, from {@code funding.events} (the month's exceptional
 * top-up spend) and {@code placement.events} (the month's placement counts), in batches as polled, each record on its
 * own as before; other event types are skipped, without being parsed when their record does not name either type. The event
 * id is claimed in the transaction that records its figures, so a redelivered event records nothing. A figure event
 * that cannot be read goes to {@code plan.dlq} with the reason (a record that is not a CloudEvent at all is skipped, and
 * logged if it names one of these types: it is not one of them, and the EHCP timelines consumer already dead-letters
 * it); while the database is unreachable the same event is tried
 * again every second (up to a minute) rather than dead-lettered.
 */
@ApplicationScoped
public class KpiFeedConsumer {

    static final String CONSUMER = "plan-kpi-feeds";
    private static final Logger LOG = Logger.getLogger(KpiFeedConsumer.class);
    private static final int DATABASE_PATIENCE = 60;
    /** The event types that feed KPIs. */
    private static final List<String> FED_TYPES = List.of(EventTypes.EXCEPTIONAL_SPEND_MONTHLY, EventTypes.PLACEMENT_COUNTS_PUBLISHED);

    private final InboundEvents inbound;
    private final KpiFeeds feeds;
    private final Emitter<String> deadLetters;

    public KpiFeedConsumer(InboundEvents inbound, KpiFeeds feeds, @Channel("kpi-feed-dead-letters") Emitter<String> deadLetters) {
        this.inbound = inbound;
        this.feeds = feeds;
        this.deadLetters = deadLetters;
    }

    @Incoming("kpi-feeds")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        for (ConsumerRecord<String, String> record : records) {
            consume(record);
        }
    }

    void consume(ConsumerRecord<String, String> record) {
        String value = record.value();
        if (value != null && FED_TYPES.stream().noneMatch(value::contains)) {
            // Neither type's name appears anywhere in the record, so it is not one of them: skipped unparsed. These
            // topics carry every other event of their services too (an LA's onboarding batch is 200,000 EHCP decisions).
            return;
        }
        CloudEvent event;
        try {
            event = inbound.parse(value);
        } catch (PoisonEventException e) {
            // Not a CloudEvent, so not one of ours that could not be read: the topics' other consumers in this service
            // (the EHCP timelines on funding.events) dead-letter such records; a second copy in plan.dlq would be noise.
            LOG.warnf("KPI feed skipped a record of %s that is not a CloudEvent (%s)", record.topic(), e.getMessage());
            return;
        }
        List<FedFigures.Figure> figures;
        try {
            figures = figures(event);
        } catch (PoisonEventException e) {
            deadLetter(record, e.getMessage());
            return;
        }
        if (figures == null) {
            return;
        }
        try {
            TransientFailures.retrying(DATABASE_PATIENCE, () -> QuarkusTransaction.requiringNew().run(() -> {
                if (inbound.claim(CONSUMER, event)) {
                    feeds.record(event.tenant(), figures);
                }
            }));
        } catch (RuntimeException e) {
            deadLetter(record, "could not record the figures of " + event.type() + " " + event.id() + ": " + e);
        }
    }

    /** The event's figures; null for an event type that feeds no KPI; poison if it cannot be read. */
    private List<FedFigures.Figure> figures(CloudEvent event) {
        try {
            if (EventTypes.EXCEPTIONAL_SPEND_MONTHLY.equals(event.type())) {
                ExceptionalSpendMonthly spend = inbound.data(event, ExceptionalSpendMonthly.class);
                if (spend.month() == null || spend.total() == null) {
                    throw new PoisonEventException("exceptional spend lacks month or total");
                }
                return FedFigures.of(spend);
            }
            if (EventTypes.PLACEMENT_COUNTS_PUBLISHED.equals(event.type())) {
                PlacementCounts counts = inbound.data(event, PlacementCounts.class);
                if (counts.asOf() == null) {
                    throw new PoisonEventException("placement counts lack asOf");
                }
                return FedFigures.of(counts);
            }
            return null;
        } catch (DateTimeException e) {
            throw new PoisonEventException("the figure's month is not yyyy-MM", e);
        }
    }

    private void deadLetter(ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("KPI feed event dead-lettered: %s", reason);
        DeadLetters.send(deadLetters, record, reason);
    }
}
